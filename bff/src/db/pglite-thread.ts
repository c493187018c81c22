/**
 * PGlite in a worker thread, behind a client with the surface the bff uses of PGlite (`query`, `exec`,
 * `transaction`, `listen`, `close`): Drizzle's pglite driver and migrator, and the notification hub
 * (notifications/live.ts `pgliteSource`), run on it unchanged.
 *
 * Why: PGlite runs PostgreSQL's statements synchronously on the thread that calls it. In the bff that was the main
 * thread, which also serves HTTP, tRPC and Drizzle: under load it was pinned at one core, about half of it PGlite,
 * while the machine's other core idled. In a worker (./pglite-worker.ts), SQL runs on a core of its own while the
 * main thread serves requests.
 *
 * What crosses the thread is plain data (structured clone keeps Date, Uint8Array, BigInt, arrays and objects):
 * statements, parameters, results, notifications, and errors as their fields (./pglite-wire.ts), rebuilt as
 * the same class (PGlite's DatabaseError: message, code, detail, constraint, table, column, severity, …) with
 * the `query`, `params` and `queryOptions` PGlite adds. Query options: `rowMode`, and `parsers` that are identity
 * functions (the value stays text; Drizzle's pglite driver passes only those): a parser function cannot cross a
 * thread, so its OID crosses and the worker installs the identity; any other parser or option is refused.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import { pgliteWorkerEntry } from '../paths';
import { fromWire, type Reply, type Request, type WireError, type WireQueryOptions, type WorkerStart } from './pglite-wire';

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;
type Call = Distribute<Request>;

/** The worker stopped on its own (an uncaught error in it, or it exited): every call fails with this. */
export class PgliteThreadError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'PgliteThreadError';
  }
}

const PROBE = '\u0000identity?';

/** The options as data: only `rowMode` and identity `parsers` cross (see the module's comment). */
function wireOptions(opts: QueryOptions | undefined): WireQueryOptions | undefined {
  if (!opts) return undefined;
  const out: WireQueryOptions = {};
  for (const key of Object.keys(opts) as (keyof QueryOptions)[]) {
    const value = opts[key];
    if (value === undefined) continue;
    if (key === 'rowMode') out.rowMode = value as 'array' | 'object';
    else if (key === 'parsers') {
      const parsers = value as unknown as Record<string, (v: string, typeId: number) => unknown>;
      const oids = Object.keys(parsers);
      for (const oid of oids) {
        if (parsers[oid]!(PROBE, Number(oid)) !== PROBE) {
          throw new Error(`PGlite in a worker thread: only identity parsers can be passed (a function cannot cross threads); the parser of type ${oid} is not one`);
        }
      }
      out.textOids = oids.join(',');
    } else throw new Error(`PGlite in a worker thread: the query option '${key}' is not supported`);
  }
  return out;
}

export interface PgliteThreadOptions extends WorkerStart {
  /**
   * The worker stopped without being closed (an uncaught error in it, out of memory, killed): every call in flight
   * and after fails with `error`; this is told too. By default it is thrown (an uncaught exception: the process
   * ends, loudly, rather than serve every request with a database error).
   */
  onExit?: (error: PgliteThreadError) => void;
}

/**
 * The worker, on its entry: bff/dist/pglite-worker.js once built. Under tsx or Vitest it is TypeScript, which a
 * worker thread cannot load by itself (on Node 20 tsx's `--import` hooks skip worker threads, and Vitest's are its
 * own): a bootstrap registers tsx's loader in the worker, then imports it.
 */
function startWorker(workerData: WorkerStart): Worker {
  const entry = pgliteWorkerEntry;
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** A PGlite whose statements run in a worker thread. Open it with `openPgliteThread`. */
export class PgliteThread {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(err: Error): void; call: Request; opts?: QueryOptions }>();
  private readonly notify = new Map<number, (payload: string) => void>();
  private stopped: PgliteThreadError | null = null;
  private closing: Promise<void> | null = null;
  /** Resolves when the database is open (as PGlite's `waitReady`); rejects with the worker's error if it is not. */
  readonly waitReady: Promise<void>;

  constructor(opts: PgliteThreadOptions) {
    const start: WorkerStart = { dataDir: opts.dataDir, templatePath: opts.templatePath };
    this.worker = startWorker(start);
    let ready: () => void;
    let failed: (err: Error) => void;
    let opened = false;
    this.waitReady = new Promise<void>((resolve, reject) => {
      ready = resolve;
      failed = reject;
    });
    // Not yet awaited by anyone when it fails before `openPgliteThread` awaits it: no unhandled rejection.
    this.waitReady.catch(() => {});
    this.worker.on('message', (reply: Reply) => {
      switch (reply.t) {
        case 'notify':
          this.notify.get(reply.listener)?.(reply.payload);
          return;
        case 'ok': {
          const p = this.pending.get(reply.id);
          this.pending.delete(reply.id);
          p?.resolve(reply.result);
          return;
        }
        case 'error': {
          const p = this.pending.get(reply.id);
          this.pending.delete(reply.id);
          if (p) p.reject(this.rebuild(reply.error, p.call, p.opts));
          return;
        }
        case 'ready':
          opened = true;
          ready();
          return;
        case 'failed':
          failed(fromWire(reply.error));
          void this.worker.terminate();
      }
    });
    const stop = (error: PgliteThreadError) => {
      if (this.stopped) return;
      this.stopped = error;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
      if (!opened) return failed(error.cause instanceof Error ? error.cause : error);
      if (this.closing) return;
      if (opts.onExit) opts.onExit(error);
      else
        process.nextTick(() => {
          throw error;
        });
    };
    this.worker.on('error', (err) => stop(new PgliteThreadError(`The embedded database's worker thread failed: ${err.message}`, err)));
    this.worker.on('exit', (code) => stop(new PgliteThreadError(`The embedded database's worker thread exited (code ${code})`)));
  }

  private rebuild(wire: WireError, call: Request, opts: QueryOptions | undefined): Error {
    const err = fromWire(wire);
    // What PGlite adds to a statement's error: the statement, its parameters and the caller's options.
    if (wire.kind === 'DatabaseError' && (call.t === 'query' || call.t === 'exec')) {
      Object.assign(err, { query: call.sql, params: call.t === 'query' ? call.params : undefined, queryOptions: opts });
    }
    return err;
  }

  private call(call: Call, opts?: QueryOptions, id = this.nextId++): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    const req = call as Request;
    req.id = id;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, call: req, opts });
      this.worker.postMessage(req);
    });
  }

  query<T>(sql: string, params?: unknown[], opts?: QueryOptions, tx?: number): Promise<Results<T>> {
    let wire: WireQueryOptions | undefined;
    try {
      wire = wireOptions(opts);
    } catch (err) {
      return Promise.reject(err);
    }
    return this.call({ t: 'query', tx, sql, params, opts: wire }, opts) as Promise<Results<T>>;
  }

  exec(sql: string, opts?: QueryOptions, tx?: number): Promise<Results[]> {
    if (opts && Object.values(opts).some((v) => v !== undefined)) return Promise.reject(new Error('PGlite in a worker thread: exec takes no options'));
    return this.call({ t: 'exec', tx, sql }) as Promise<Results[]>;
  }

  /**
   * PGlite's interactive transaction: `callback` gets a transaction whose statements run inside it (other statements
   * wait on PGlite's lock in the worker meanwhile); it commits when `callback` resolves and rolls back when it throws
   * (then rethrows its error), as PGlite's own.
   */
  async transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    const txId = this.nextId++;
    await this.call({ t: 'begin' }, undefined, txId);
    let closed = false;
    const check = () => {
      if (closed) throw new Error('Transaction is closed');
    };
    const tx: Transaction = {
      query: async <R>(sql: string, params?: unknown[], opts?: QueryOptions) => {
        check();
        return this.query<R>(sql, params, opts, txId);
      },
      sql: async () => {
        throw new Error('PGlite in a worker thread: tx.sql is not supported; use tx.query');
      },
      exec: async (sql: string, opts?: QueryOptions) => {
        check();
        return this.exec(sql, opts, txId);
      },
      rollback: async () => {
        check();
        await this.call({ t: 'rollback', tx: txId });
        closed = true;
      },
      listen: async () => {
        throw new Error('PGlite in a worker thread: tx.listen is not supported; use listen');
      },
      get closed() {
        return closed;
      },
    };
    let result: T;
    try {
      result = await callback(tx);
    } catch (err) {
      closed = true;
      await this.call({ t: 'end', tx: txId, commit: false });
      throw err;
    }
    closed = true;
    await this.call({ t: 'end', tx: txId, commit: true });
    return result;
  }

  /** PGlite's LISTEN: `callback` gets each notification's payload, in the order the database sent them. */
  async listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>> {
    const listener = this.nextId++;
    this.notify.set(listener, callback);
    try {
      await this.call({ t: 'listen', channel }, undefined, listener);
    } catch (err) {
      this.notify.delete(listener);
      throw err;
    }
    return async () => {
      this.notify.delete(listener);
      if (!this.stopped) await this.call({ t: 'unlisten', listener });
    };
  }

  get closed() {
    return this.closing !== null || this.stopped !== null;
  }

  /** Closes the database (PGlite syncs its folder) and ends the worker. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        if (!this.stopped) await this.call({ t: 'close' });
      } finally {
        await this.worker.terminate();
      }
    })();
    return this.closing;
  }
}

/** Starts the worker and opens the database in it; rejects with the worker's error (PGlite's) if it cannot open. */
export async function openPgliteThread(opts: PgliteThreadOptions): Promise<PgliteThread> {
  const client = new PgliteThread(opts);
  try {
    await client.waitReady;
  } catch (err) {
    await client.close().catch(() => {});
    throw err;
  }
  return client;
}
