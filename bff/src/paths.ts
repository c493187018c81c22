import { fileURLToPath } from 'node:url';

// Resolved from this module's URL, which is bff/src/paths.ts under tsx/Vitest and bff/dist/main.js once built
// (scripts/build-bff.mjs): one level below bff/ either way, so the same relative paths hold in both.
const bffDir = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/** Where `npm start` keeps its embedded database unless DATABASE_URL says otherwise: ./.data/pglite at the repo root. */
export const defaultDataDir = bffDir('../.data/pglite');
/** Drizzle's SQL migrations (bff/drizzle). */
export const migrationsFolder = bffDir('drizzle');
/** The built SPA (web/dist). */
export const defaultWebDist = bffDir('../web/dist');
/**
 * The entry of the worker thread that runs PGlite (db/pglite-worker.ts): the TypeScript source under tsx/Vitest,
 * its own compiled file beside main.js once built (scripts/build-bff.mjs builds it as an entry point).
 */
export const pgliteWorkerEntry = import.meta.url.endsWith('.ts')
  ? new URL('./db/pglite-worker.ts', import.meta.url)
  : new URL('./pglite-worker.js', import.meta.url);
