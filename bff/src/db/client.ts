import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Names a tarball of an already migrated PGlite data dir (`dumpDataDir('none')`) that in-memory databases start
 * from instead of a cold initdb; the test globalSetup (bff/src/test/global-setup.ts) makes one per test run.
 * The migrator still runs on the copy, so a stale tarball cannot skip a migration.
 */
export const PGLITE_TEMPLATE_ENV = 'PGLITE_TEMPLATE';
let templateCache: { path: string; blob: Blob } | null = null;
function pgliteTemplate(): Blob | undefined {
  const path = process.env[PGLITE_TEMPLATE_ENV];
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
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_MAX ?? 10), connectionTimeoutMillis: 10_000 });
    // An idle client dropped by the server (restart, failover, idle timeout) emits 'error' on the pool; without
    // a listener that is an uncaught exception that ends the process. The pool discards the client and reconnects.
    pool.on('error', (err) => console.error(`PostgreSQL: idle connection lost (${(err as { code?: string }).code ?? err.message}); the pool reconnects`));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    await migratePg(db as never, { migrationsFolder });
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const dataDir = url && url !== 'memory://' ? url.replace(/^file:\/\//, '') : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite({ loadDataDir: pgliteTemplate() });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder });
  return { db, kind: 'pglite', close: () => client.close() };
}
