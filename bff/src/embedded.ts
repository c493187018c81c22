/**
 * `@console/bff/embedded`: the bff without its HTTP server, for mock mode in the browser and the web's component
 * tests in Node (both through MSW, on PGlite). The same router, context, schema, migrations and seed as
 * `npm start`; nothing reachable from here imports a Node API (the browser build resolves `#kdf` to JavaScript
 * scrypt). The origin check and body limit stay in the Fastify app (app.ts), which this entry does not include.
 */
export { appRouter, type AppRouter } from './router';
export { authConfig } from './auth/config';
export { createFetchContext } from './auth/context';
export { createSession } from './auth/repo';
export { users } from './auth/table';
export { migrateBundled } from './db/bundled-migrations';
export type { Db } from './db/client';
export { pgliteExtensions } from './db/extensions';
export * as schema from './db/schema';
export { type DemoWorldName, seedDemo, type SeedOptions } from './db/seed';
export { NotificationHub, pgliteSource } from './notifications/live';
export { Scheduler } from './jobs/scheduler';
export { adminProcedure, authedProcedure, type Context, type CookieJar, managerProcedure, operatorProcedure, publicProcedure, router } from './trpc';
