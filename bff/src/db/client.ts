import { mkdirSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { config, pgliteTemplatePath } from '../config';
import { migrationsFolder } from '../paths';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** How many migrations this open applied (PostgreSQL; counted under the advisory lock). */
  migrationsApplied?: number;
  close(): Promise<void>;
}

export { migrationsFolder };

/**
 * Names a tarball of an already migrated PGlite data dir (`dumpDataDir('none')`) that in-memory databases start
 * from instead of a cold initdb; the test globalSetup (bff/src/test/global-setup.ts) makes one per test run.
 * The migrator still runs on the copy, so a stale tarball cannot skip a migration.
 */
export const PGLITE_TEMPLATE_ENV = 'PGLITE_TEMPLATE';
let templateCache: { path: string; blob: Blob } | null = null;
function pgliteTemplate(): Blob | undefined {
  const path = pgliteTemplatePath();
  if (!path) return undefined;
  if (templateCache?.path !== path) templateCache = { path, blob: new Blob([readFileSync(path)]) };
  return templateCache.blob;
}

/**
 * Opens the database: PostgreSQL when `url` is a postgres:// URL, otherwise embedded PGlite
 * (in memory for `memory://` or no url, on disk for a folder path). Migrations are applied on open.
 */
export async function openDatabase(url?: string): Promise<Database> {
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: config().DB_POOL_MAX, connectionTimeoutMillis: 10_000 });
    // An idle client dropped by the server (restart, failover, idle timeout) emits 'error' on the pool; without
    // a listener that is an uncaught exception that ends the process. The pool discards the client and reconnects.
    pool.on('error', (err) => console.error(`PostgreSQL: idle connection lost (${(err as { code?: string }).code ?? err.message}); the pool reconnects`));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    let migrationsApplied: number;
    try {
      migrationsApplied = await migratePostgres(pool);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return { db, kind: 'postgres', migrationsApplied, close: () => pool.end() };
  }
  const dataDir = url && url !== 'memory://' ? url.replace(/^file:\/\//, '') : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite({ loadDataDir: pgliteTemplate() });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder });
  return { db, kind: 'pglite', close: () => client.close() };
}

/** The advisory lock key of schema changes and the first seed (any constant bigint all bff processes share). */
export const MIGRATION_LOCK_KEY = 4_215_153_001;

/**
 * Runs `fn` while holding the bff's PostgreSQL advisory lock, on one connection of `pool` (session-level: released
 * when `fn` ends, or by the server if the process dies). Replicas started together queue here one after the other.
 */
export async function withAdvisoryLock<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await fn(client);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

/**
 * Drizzle's migrator checks which migrations are missing and applies them, but two processes doing that at once
 * both see them missing and both run them (the second fails on `already exists`, and its process exits). Under the
 * advisory lock the first applies them; the others wait, then find nothing left to do.
 */
async function migratePostgres(pool: pg.Pool): Promise<number> {
  return withAdvisoryLock(pool, async (client) => {
    const applied = async () => {
      const exists = await client.query<{ t: string | null }>(`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
      if (!exists.rows[0]?.t) return 0;
      const { rows } = await client.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
      return rows[0]?.n ?? 0;
    };
    const before = await applied();
    await migratePg(drizzlePg(client) as never, { migrationsFolder });
    return (await applied()) - before;
  });
}

/**
 * Runs `fn` alone among the bff processes sharing this database (PostgreSQL: under the advisory lock; PGlite has
 * one process). `npm start` seeds under it, so replicas started at once with SEED=true seed once.
 */
export async function exclusively<T>(database: Database, fn: () => Promise<T>): Promise<T> {
  if (database.kind !== 'postgres') return fn();
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  return withAdvisoryLock(pool, () => fn());
}
