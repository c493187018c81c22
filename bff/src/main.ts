import { buildApp } from './app';
import { env } from './config';
import { openDatabase } from './db/client';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from './db/seed';

const database = await openDatabase(env.databaseUrl);
const { seeded } = env.seed ? await seedDemo(database.db) : { seeded: false };
const app = await buildApp({ database, logger: process.env.LOG_LEVEL !== 'silent' && process.env.NODE_ENV !== 'production' });
await app.listen({ port: env.port, host: env.host });

const where = database.kind === 'pglite' ? `PGlite in ${env.databaseUrl}` : 'PostgreSQL (DATABASE_URL)';
console.log(`\n  Merchant console: http://localhost:${env.port}\n  Database: ${where}${seeded ? ' (demo data seeded now)' : ''}\n`);
console.log(`  Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
for (const l of DEMO_LOGINS) console.log(`    ${l.username.padEnd(16)} ${l.role.padEnd(9)} ${l.note}`);
console.log('');

// A stop signal often arrives twice (tsx relays it, and Ctrl-C or a process-group kill also reaches this process
// directly). The listener stays and ignores the repeat: with `once`, tsx's fallback exited mid-close and PGlite died
// with an unhandled rejection that printed its whole minified source.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await database.close();
    process.exit(0);
  });
}
