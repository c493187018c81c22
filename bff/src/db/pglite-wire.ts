/**
 * The messages between the bff's main thread and the worker thread that runs its PGlite (./pglite-thread.ts is
 * the main side, ./pglite-worker.ts the worker), and how an error crosses: a thread boundary clones plain data
 * only (an Error loses its own fields, a function cannot cross at all), so errors travel as their fields and are
 * rebuilt as the same class with the same fields on the other side.
 */
import { messages } from '@electric-sql/pglite';

/** What the worker is started with (`workerData`). */
export interface WorkerStart {
  /** A PGlite data folder, or undefined: in memory. */
  dataDir?: string;
  /** In memory: a data-dir tarball to start from (the tests' migrated template), read by the worker. */
  templatePath?: string;
}

/** Query options that cross: the row mode, and the type OIDs whose values stay text (identity parsers). */
export interface WireQueryOptions {
  rowMode?: 'array' | 'object';
  /** OIDs of identity parsers, comma-separated (the key of the worker's cache of parser tables). */
  textOids?: string;
}

/** Main → worker. `tx` (a transaction's id) runs the statement inside that open transaction. */
export type Request =
  | { t: 'query'; id: number; tx?: number; sql: string; params?: unknown[]; opts?: WireQueryOptions }
  | { t: 'exec'; id: number; tx?: number; sql: string }
  /** Opens a transaction (its id is this request's id); answered once BEGIN ran and it holds PGlite's lock. */
  | { t: 'begin'; id: number }
  /** Ends transaction `tx`: commit, or roll back (its callback threw); answered with the transaction's outcome. */
  | { t: 'end'; id: number; tx: number; commit: boolean }
  | { t: 'rollback'; id: number; tx: number }
  | { t: 'listen'; id: number; channel: string }
  /** Stops the listener opened by request `listener`. */
  | { t: 'unlisten'; id: number; listener: number }
  | { t: 'close'; id: number };

/** Worker → main. */
export type Reply =
  | { t: 'ready' }
  | { t: 'failed'; error: WireError }
  | { t: 'ok'; id: number; result?: unknown }
  | { t: 'error'; id: number; error: WireError }
  /** A notification for the listener opened by request `listener`. */
  | { t: 'notify'; listener: number; payload: string };

export interface WireError {
  /** `DatabaseError` (PostgreSQL's error, rebuilt as PGlite's class) or any other error (rebuilt as an Error). */
  kind: 'DatabaseError' | 'Error';
  /** Every own field whose value is plain data: message, name, stack, code, detail, constraint, severity, … */
  fields: Record<string, unknown>;
  cause?: WireError;
}

const plain = (v: unknown) => v === null || v === undefined || ['string', 'number', 'boolean', 'bigint'].includes(typeof v);

/**
 * An error as data. PGlite adds `query`, `params` and `queryOptions` (its parsers: functions) to a statement's
 * error; those are left out here and put back by the main thread from the call it made.
 */
export function toWire(err: unknown, depth = 0): WireError {
  if (!(err instanceof Error)) return { kind: 'Error', fields: { message: String(err) } };
  const fields: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(err)) {
    if (key === 'query' || key === 'params' || key === 'queryOptions' || key === 'cause') continue;
    const value = (err as unknown as Record<string, unknown>)[key];
    if (plain(value)) fields[key] = value;
  }
  // `name` is usually the prototype's; a DatabaseError's own `name` is its protocol message name ('error').
  if (!('name' in fields)) fields.name = err.name;
  const wire: WireError = { kind: err instanceof messages.DatabaseError ? 'DatabaseError' : 'Error', fields };
  if (err.cause !== undefined && depth < 4) wire.cause = toWire(err.cause, depth + 1);
  return wire;
}

/** The error again, of the same class, with the same fields (and its `cause`). */
export function fromWire(wire: WireError): Error {
  const { message, length, name, stack, ...rest } = wire.fields as Record<string, unknown> & { message?: string };
  const err =
    wire.kind === 'DatabaseError'
      ? new messages.DatabaseError(String(message ?? ''), Number(length ?? 0), name as never)
      : new Error(String(message ?? ''));
  for (const [key, value] of Object.entries(rest)) Object.defineProperty(err, key, { value, writable: true, configurable: true, enumerable: true });
  if (wire.kind !== 'DatabaseError' && typeof name === 'string' && name !== 'Error') {
    Object.defineProperty(err, 'name', { value: name, writable: true, configurable: true, enumerable: false });
  }
  if (typeof stack === 'string') Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  if (wire.cause) Object.defineProperty(err, 'cause', { value: fromWire(wire.cause), writable: true, configurable: true, enumerable: false });
  return err;
}
