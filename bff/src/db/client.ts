import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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
import { pgliteExtensions } from './extensions';
import { openPgliteThread, type PgliteThreadError } from './pglite-thread';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** How many migrations this open applied (PostgreSQL; counted under the advisory lock). */
  migrationsApplied?: number;
  /** A PGlite folder created by this open (its `onCreate` ran). */
  created?: boolean;
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

export interface OpenOptions {
  /**
   * Runs once on a PGlite folder that is being created, after the migrations and before the folder is put in place
   * (`npm start` seeds the demo world here), so that a crash leaves either no folder or a complete one.
   */
  onCreate?: (db: Db) => Promise<unknown>;
  /** Told what the first start does (a leftover of a crashed first start removed, a folder created). */
  say?: (message: string) => void;
  /**
   * PGlite runs in a worker thread (./pglite-thread.ts), off the thread that serves requests: by default for a
   * folder, not in memory (the tests' databases, which stay in this thread and cheap). The server asks for it for
   * every PGlite; `npm run seed` for none. A folder's first start is built in this thread either way.
   */
  worker?: boolean;
  /** The worker thread stopped without being closed; by default that is thrown (see PgliteThreadOptions.onExit). */
  onWorkerExit?: (error: PgliteThreadError) => void;
}

/** A PGlite folder that cannot be opened; the message names the folder and what to do. */
export class DatabaseFolderError extends Error {
  constructor(
    readonly folder: string,
    readonly complete: boolean,
    cause: unknown,
  ) {
    super(
      complete
        ? `The embedded database in ${folder} cannot be opened (${describe(cause)}). The folder was complete, so it holds data: ` +
            `do not delete it. Stop any other console using it, restore it from a backup, or point DATABASE_URL at another folder.`
        : `The embedded database in ${folder} cannot be opened (${describe(cause)}). It was not made by a complete first start ` +
            `(an older version, killed while it created the folder, leaves it so). If it holds nothing you need, delete it ` +
            `(rm -rf "${folder}") and start again: the console creates a fresh one. Otherwise restore it from a backup.`,
      { cause },
    );
    this.name = 'DatabaseFolderError';
  }
}
const describe = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 200);

/** Written into a PGlite folder when its first start finished (migrated and seeded), before it is put in place. */
export const READY_MARKER = '.console-ready';
const BUILDING = '.building-';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Leftovers of first starts killed before they finished: `<folder>.building-<pid>` of processes that are gone. */
function removeLeftovers(folder: string, say: (m: string) => void) {
  const parent = dirname(folder);
  const prefix = `${basename(folder)}${BUILDING}`;
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    say(`Removed ${join(parent, name)}: a first start that was stopped before it finished; starting it again.`);
  }
}

/**
 * PGlite in this thread (the tests' databases, a first start's build, `npm run seed`, bench/run.ts): its statements
 * take turns with the event loop (below). The server runs PGlite in a worker thread (./pglite-thread.ts), which
 * needs no such queue: its event loop has nothing to serve but the main thread's messages, and a statement that
 * arrives during a run of others would wait behind them on PGlite's lock anyway; the main thread's loop is free.
 *
 * How long PGlite's statements may run back to back before the event loop gets a turn (accepts, reads, timers).
 * Node (libuv) accepts one new connection per turn of the event loop.
 */
export const PGLITE_TURN_MS = 4;

/**
 * PGlite runs every statement synchronously on the main thread, and hands its lock to the next waiting statement
 * through a promise: under load one statement's end starts the next, and their callers' continuations start more,
 * all as microtasks. A turn of the event loop then lasted as long as all the work of every request in flight
 * (~100 ms at 200 sessions), and Node accepts one connection per turn: 190 new connections opened at once waited
 * in the kernel's accept queue for up to a minute (the load's p99, before Fastify ever saw them), and requests in
 * their sockets as long. Statements now run through a queue of this process that lets them go back to back for at
 * most `turnMs`, then waits for the event loop's next turn (setImmediate) before the next: turns stay short, so
 * accepts and reads keep pace with the database, in the order they came.
 */
export function yieldingToIo<T extends Pick<PGlite, 'query' | 'exec' | 'transaction'>>(client: T, turnMs = PGLITE_TURN_MS): T {
  const waiting: (() => void)[] = [];
  let busy = false;
  let turnEnds = -Infinity;
  let turnScheduled = false;
  const startNext = () => {
    busy = true;
    waiting.shift()!();
  };
  const newTurn = () => {
    turnScheduled = false;
    turnEnds = performance.now() + turnMs;
    if (!busy && waiting.length) startNext();
  };
  const nextTurn = () => {
    if (turnScheduled) return;
    turnScheduled = true;
    setImmediate(newTurn);
  };
  const release = () => {
    busy = false;
    if (!waiting.length) return;
    if (performance.now() < turnEnds) startNext();
    else nextTurn();
  };
  const acquire = (): Promise<void> | void => {
    if (!busy && !waiting.length && performance.now() < turnEnds) {
      busy = true;
      return;
    }
    const turn = new Promise<void>((resolve) => waiting.push(resolve));
    if (!busy) nextTurn();
    return turn;
  };
  for (const name of ['query', 'exec', 'transaction'] as const) {
    const original = (client[name] as (...args: unknown[]) => Promise<unknown>).bind(client);
    Object.defineProperty(client, name, {
      configurable: true,
      writable: true,
      value: async (...args: unknown[]) => {
        await acquire();
        try {
          return await original(...args);
        } finally {
          release();
        }
      },
    });
  }
  return client;
}

/** PGlite's methods the bff uses, on PGlite itself or on PGlite in a worker thread (PgliteThread). */
type PgliteClient = Pick<PGlite, 'query' | 'exec' | 'transaction' | 'listen' | 'close'>;

/**
 * A PGlite, open and migrated: a folder, or in memory (`dataDir` undefined: from the tests' template). In a worker
 * thread when `opts.worker`; in this thread otherwise, its statements taking turns with the event loop (yieldingToIo).
 * A folder that cannot be opened is a DatabaseFolderError (`complete`: it was made by a complete first start).
 */
async function openPglite(dataDir: string | undefined, opts: OpenOptions, complete = false): Promise<{ client: PgliteClient; db: Db }> {
  const refuse = (err: unknown) => (dataDir ? new DatabaseFolderError(dataDir, complete, err) : err);
  let client: PgliteClient;
  try {
    client = opts.worker ? await openPgliteThread({ dataDir, templatePath: dataDir ? undefined : pgliteTemplatePath(), onExit: opts.onWorkerExit }) : await openInProcess(dataDir);
  } catch (err) {
    throw refuse(err);
  }
  const db = drizzlePglite(client as PGlite, { schema }) as unknown as Db;
  try {
    await migratePglite(db as never, { migrationsFolder });
  } catch (err) {
    await client.close().catch(() => {});
    // A WASM abort (`RuntimeError: Aborted()`) is the folder's state, not a migration's mistake.
    const abort = (e: unknown): boolean => e instanceof Error && (e.name === 'RuntimeError' || /Aborted\(/.test(e.message) || abort(e.cause));
    throw abort(err) ? refuse(err) : err;
  }
  return { client, db };
}

async function openInProcess(dataDir: string | undefined): Promise<PGlite> {
  const client = dataDir ? new PGlite(dataDir, { extensions: pgliteExtensions }) : new PGlite({ loadDataDir: pgliteTemplate(), extensions: pgliteExtensions });
  try {
    await client.waitReady;
  } catch (err) {
    await client.close().catch(() => {});
    throw err;
  }
  // Only once it is ready: its start-up runs statements through the same methods (a queue in front would wait on itself).
  return yieldingToIo(client);
}

/**
 * A PGlite folder, created atomically on the first start: built in `<folder>.building-<pid>` (migrated, then
 * `onCreate`), closed, marked ready and renamed into place. A kill at any moment leaves no folder (the next start
 * removes the leftover and builds again) or a complete one; an existing folder is never removed.
 */
async function openPgliteFolder(folder: string, opts: OpenOptions): Promise<Database> {
  const say = opts.say ?? ((m: string) => console.log(m));
  folder = resolve(folder);
  mkdirSync(dirname(folder), { recursive: true });
  removeLeftovers(folder, say);
  const exists = existsSync(folder) && readdirSync(folder).length > 0;
  if (!exists) {
    const building = `${folder}${BUILDING}${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    // Built in this thread: nothing is served yet, and a seed's thousands of statements one after the other would
    // each wait for a round trip to a worker thread (a first start took 50 s instead of 38 s at load 13).
    const first = await openPglite(building, { ...opts, worker: false }, false);
    try {
      await opts.onCreate?.(first.db);
    } finally {
      await first.client.close();
    }
    writeFileSync(join(building, READY_MARKER), `${new Date().toISOString()}\n`);
    // An empty folder in the way (made by hand, or by an older version killed at once) is replaced.
    if (existsSync(folder)) rmdirSync(folder);
    renameSync(building, folder);
  }
  const { client, db } = await openPglite(folder, opts, !exists || existsSync(join(folder, READY_MARKER)));
  return { db, kind: 'pglite', created: !exists, close: () => client.close() };
}

/**
 * Opens the database: PostgreSQL when `url` is a postgres:// URL, otherwise embedded PGlite
 * (in memory for `memory://` or no url, on disk for a folder path, created atomically: see `openPgliteFolder`).
 * Migrations are applied on open.
 */
export async function openDatabase(url?: string, opts: OpenOptions = {}): Promise<Database> {
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
  if (dataDir) return openPgliteFolder(dataDir, { ...opts, worker: opts.worker ?? true });
  const { client, db } = await openPglite(undefined, opts);
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
