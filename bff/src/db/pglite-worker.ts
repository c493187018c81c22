/**
 * The worker thread that runs the bff's PGlite (started by ./pglite-thread.ts): PostgreSQL in WebAssembly runs
 * each statement synchronously, so on the main thread it took the thread's CPU from HTTP, tRPC and Drizzle; here
 * it has a core of its own. It opens the database named in `workerData`, then answers the main thread's
 * requests (./pglite-wire.ts) with PGlite's own methods: statements wait on PGlite's lock as they did in-process,
 * a transaction stays open (holding that lock) until the main thread ends it, LISTEN notifications are sent on.
 *
 * It imports nothing of the bff but the extensions and the wire format: built on its own (scripts/build-bff.mjs).
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import { pgliteExtensions } from './extensions';
import { type Reply, type Request, toWire, type WireQueryOptions, type WorkerStart } from './pglite-wire';

const port = parentPort!;
const start = workerData as WorkerStart;
const post = (reply: Reply) => port.postMessage(reply);

/** Thrown into a transaction's callback to roll it back (the main thread's callback threw: it has that error). */
const ROLL_BACK = Symbol('roll back');

interface OpenTx {
  tx: Transaction;
  end(commit: boolean): void;
}
const transactions = new Map<number, OpenTx>();
const listeners = new Map<number, () => Promise<void>>();

/** The only parsers that cross: identity ones (the value stays text), by the set of OIDs (Drizzle's one set). */
const identity = (value: unknown) => value;
const parserTables = new Map<string, Record<number, (value: string) => unknown>>();
function queryOptions(opts: WireQueryOptions | undefined): QueryOptions | undefined {
  if (!opts) return undefined;
  const out: QueryOptions = {};
  if (opts.rowMode) out.rowMode = opts.rowMode;
  if (opts.textOids !== undefined) {
    let parsers = parserTables.get(opts.textOids);
    if (!parsers) {
      parsers = Object.fromEntries(opts.textOids.split(',').map((oid) => [Number(oid), identity]));
      parserTables.set(opts.textOids, parsers);
    }
    out.parsers = parsers;
  }
  return out;
}

function txOf(id: number): Transaction {
  const open = transactions.get(id);
  if (!open) throw new Error('Transaction is closed');
  return open.tx;
}

let client: PGlite;

async function handle(req: Request): Promise<unknown> {
  switch (req.t) {
    case 'query':
      return (req.tx ? txOf(req.tx) : client).query(req.sql, req.params, queryOptions(req.opts));
    case 'exec':
      return (req.tx ? txOf(req.tx) : client).exec(req.sql);
    case 'begin':
      return begin(req.id);
    case 'end': {
      const open = transactions.get(req.tx);
      if (!open) throw new Error('Transaction is closed');
      open.end(req.commit);
      return undefined; // answered by begin's `done`, below
    }
    case 'rollback':
      return txOf(req.tx).rollback();
    case 'listen': {
      const id = req.id;
      listeners.set(id, await client.listen(req.channel, (payload) => post({ t: 'notify', listener: id, payload })));
      return undefined;
    }
    case 'unlisten': {
      const unlisten = listeners.get(req.listener);
      listeners.delete(req.listener);
      await unlisten?.();
      return undefined;
    }
    case 'close':
      await client.close();
      return undefined;
  }
}

/** Which request ends each open transaction (the `end` request's id), answered with the transaction's outcome. */
const ending = new Map<number, number>();

/**
 * Opens a transaction with PGlite's own `transaction`, whose callback waits for the main thread's `end`: a commit
 * returns (PGlite commits), a rollback throws (PGlite rolls back). Resolves once the callback runs (BEGIN done).
 */
function begin(txId: number): Promise<void> {
  return new Promise<void>((begun, failedToBegin) => {
    let started = false;
    client
      .transaction(
        (tx) =>
          new Promise<void>((commit, rollBack) => {
            started = true;
            transactions.set(txId, { tx, end: (ok) => (ok ? commit() : rollBack(ROLL_BACK)) });
            begun();
          }),
      )
      .then(
        () => {
          transactions.delete(txId);
          post({ t: 'ok', id: ending.get(txId)! });
          ending.delete(txId);
        },
        (err: unknown) => {
          transactions.delete(txId);
          if (!started) return failedToBegin(err);
          const id = ending.get(txId)!;
          ending.delete(txId);
          // Rolled back as asked: the main thread rethrows its callback's error. Anything else (a COMMIT or ROLLBACK
          // that failed) is the transaction's outcome, as PGlite's `transaction` would have thrown it.
          post(err === ROLL_BACK ? { t: 'ok', id } : { t: 'error', id, error: toWire(err) });
        },
      );
  });
}

port.on('message', (req: Request) => {
  if (req.t === 'end') ending.set(req.tx, req.id);
  handle(req).then(
    (result) => {
      if (req.t === 'end') return;
      post({ t: 'ok', id: req.id, result });
    },
    (err: unknown) => {
      if (req.t === 'end') ending.delete(req.tx);
      post({ t: 'error', id: req.id, error: toWire(err) });
    },
  );
});

try {
  const loadDataDir = start.templatePath ? new Blob([readFileSync(start.templatePath)]) : undefined;
  client = start.dataDir ? new PGlite(start.dataDir, { extensions: pgliteExtensions }) : new PGlite({ loadDataDir, extensions: pgliteExtensions });
  await client.waitReady;
  post({ t: 'ready' });
} catch (err) {
  post({ t: 'failed', error: toWire(err) });
}
