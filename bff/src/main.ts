import { buildApp } from './app';
import { ConfigError, config } from './config';
import { DatabaseFolderError, exclusively, openDatabase } from './db/client';
import { startMaintenance } from './db/maintenance';
import { Scheduler } from './jobs/scheduler';
import { bufferedStdout } from './logger';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo, shouldSeed } from './db/seed';
import { defaultDataDir } from './paths';

// The environment first: a bad value stops the start here, naming the variable and what it must be.
let env: ReturnType<typeof config>;
try {
  env = config();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`The console did not start. ${err.message}\n(See "Environment variables" in README.md.)`);
  process.exit(1);
}

const databaseUrl = env.DATABASE_URL ?? defaultDataDir;
// A new PGlite folder is seeded while it is built, before it is put in place: a crash leaves no half-seeded folder.
let database: Awaited<ReturnType<typeof openDatabase>>;
try {
  database = await openDatabase(databaseUrl, {
    onCreate: (db) => (shouldSeed(env.SEED, 'pglite') ? seedDemo(db) : Promise.resolve()),
    // PGlite in a worker thread, in memory too: SQL on a core of its own, this thread's for requests (db/pglite-thread.ts).
    worker: true,
    // Without its database the console can answer nothing: it stops, saying why, for its supervisor to restart it.
    onWorkerExit: (error) => {
      console.error(`The console stopped. ${error.message}`);
      process.exit(1);
    },
  });
} catch (err) {
  if (!(err instanceof DatabaseFolderError)) throw err;
  console.error(`The console did not start. ${err.message}`);
  process.exit(1);
}
const seededNow = database.created === true && shouldSeed(env.SEED, 'pglite');
const { seeded } = seededNow ? { seeded: true } : shouldSeed(env.SEED, database.kind) ? await exclusively(database, () => seedDemo(database.db)) : { seeded: false };
const logOut = bufferedStdout();
// Whatever ends the process (process.exit, an uncaught exception), what is buffered is written first.
process.on('exit', () => logOut.flush());
const app = await buildApp({ database, logger: { level: env.LOG_LEVEL, stream: logOut.stream } });
if (database.migrationsApplied !== undefined) app.log.info({ migrationsApplied: database.migrationsApplied }, 'database migrated');

// Logged, not fatal: a stray rejection must not take every signed-in user down, and must not pass unseen either.
process.on('unhandledRejection', (reason) => app.log.error({ err: reason }, 'unhandled promise rejection'));

await app.listen({ port: env.PORT, host: env.HOST });

// Date-driven jobs (launch states, perk versions, weekly service tiers, deadline reminders): what came due while no
// process was up runs now, then every minute; claims in the database make each run once among all processes.
const scheduler = new Scheduler(database.db, {
  onRun: (run) => {
    if (run.error) app.log.error({ err: run.error, job: run.job, dueKey: run.dueKey }, 'job failed; retried at the next tick');
    else if (run.ran) app.log.info({ job: run.job, dueKey: run.dueKey, result: run.result }, 'job ran');
  },
});
void scheduler.start().catch((err: unknown) => app.log.error({ err }, 'jobs: the first run failed; retried at the next tick'));
// PGlite has no autovacuum: its statistics and free space are kept up here (db/maintenance.ts).
const maintenance = startMaintenance(database, { onError: (err) => app.log.error({ err }, 'vacuum failed; tried again at the next hour') });

const where =
  database.kind === 'pglite' ? `PGlite in ${databaseUrl}` : `PostgreSQL (DATABASE_URL), migrations applied now: ${database.migrationsApplied ?? 0}`;
const port = (app.server.address() as { port: number } | null)?.port ?? env.PORT;
console.log(`\n  Merchant console: http://localhost:${port}\n  Database: ${where}${seeded ? ' (demo data seeded now)' : ''}\n`);
if (seeded || database.kind === 'pglite') {
  console.log(`  Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const l of DEMO_LOGINS) console.log(`    ${l.username.padEnd(16)} ${l.role.padEnd(9)} ${l.note}`);
  console.log('');
}

// A stop signal may arrive twice (Ctrl-C reaches the whole process group, and npm relays it too): the first one
// closes the server (in-flight requests finish, new connections are refused) and the database, and exits; a
// repeat is ignored. If closing hangs past SHUTDOWN_TIMEOUT_SECONDS the process exits anyway.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'stopping');
    setTimeout(() => {
      app.log.error({ signal, timeoutSeconds: env.SHUTDOWN_TIMEOUT_SECONDS }, 'shutdown timed out; exiting');
      logOut.flush();
      process.exit(1);
    }, env.SHUTDOWN_TIMEOUT_SECONDS * 1000).unref();
    try {
      await scheduler.stop();
      await maintenance.stop();
      await app.close();
      await database.close();
      app.log.info({ signal }, 'stopped');
      logOut.flush();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      logOut.flush();
      process.exit(1);
    }
  });
}
