/**
 * The bff test harness: a fresh database per test file (PGlite in memory, or a throwaway database on the
 * PostgreSQL server named by TEST_DATABASE_URL), fixtures for merchants and users, a tRPC caller that goes
 * through real sessions with an in-memory cookie jar and a settable clock, and an HTTP app for inject tests.
 *
 *   const database = await createTestDatabase();
 *   const world = await seedWorld(database.db);
 *   const { caller, clock } = await callerFor(database, world.operators.apparel);
 *   await caller.merchants.mine();
 *   clock.advance(31 * 60_000);
 */
import { randomBytes } from 'node:crypto';
import type { Role, Vertical } from '@console/shared';
import { VERTICALS } from '@console/shared';
import { TRPCError } from '@trpc/server';
import pg from 'pg';
import { inject } from 'vitest';
import { ZodError } from 'zod';
import { type AppOptions, buildApp } from '../app';
import { authConfig } from '../auth/config';
import { createRequestContext } from '../auth/context';
import { hashPassword } from '../auth/password';
import { createSession } from '../auth/repo';
import { type UserRow, users } from '../auth/table';
import { type Database, type Db, openDatabase } from '../db/client';
import { type MerchantRow, merchants } from '../merchants/table';
import { appRouter } from '../router';
import { type CookieJar, createCallerFactory, FieldError } from '../trpc';

// ---------------------------------------------------------------------------------------------------------
// Databases

/** Which server the tests run on: PostgreSQL when TEST_DATABASE_URL names one, otherwise PGlite. */
export const testDatabaseUrl = () => process.env.TEST_DATABASE_URL || null;

/**
 * Put before the names of the databases the tests create (TEST_DATABASE_PREFIX, e.g. `h4_`): on a server several
 * people share, each one's throwaway databases are then told apart.
 */
export const testDatabasePrefix = () => process.env.TEST_DATABASE_PREFIX ?? '';

/** `postgres://u@h:5432/test` with another database name. */
export function withDatabaseName(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A database of its own for one test file (or one test), migrations applied.
 * On PostgreSQL a uniquely named database is created and `close()` drops it, so files run in parallel.
 */
export interface TestDatabase extends Database {
  /** A second, independent connection to the same data, as a second bff process would have (PGlite: the same one). */
  connectAgain(): Promise<Database>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testDatabaseUrl();
  if (!serverUrl) {
    // TEST_PGLITE_WORKER=1: in a worker thread, as the server runs it (db/pglite-thread.ts), to run the suite on that path.
    const database = await openDatabase('memory://', { worker: process.env.TEST_PGLITE_WORKER === '1' });
    return { ...database, connectAgain: async () => ({ ...database, close: async () => {} }) };
  }
  const name = `${testDatabasePrefix()}t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await createDatabaseFrom(serverUrl, name, templateDatabase());
  let database: Database;
  try {
    database = await openDatabase(withDatabaseName(serverUrl, name));
  } catch (error) {
    await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
    throw error;
  }
  const others: Database[] = [];
  return {
    ...database,
    async connectAgain() {
      const again = await openDatabase(withDatabaseName(serverUrl, name));
      others.push(again);
      return again;
    },
    async close() {
      for (const other of others.splice(0)) await other.close().catch(() => {});
      await database.close();
      await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}

/** The migrated database the globalSetup made for this run (global-setup.ts), or null outside vitest / none made. */
function templateDatabase(): string | null {
  try {
    return inject('templateDatabase') || null;
  } catch {
    return null;
  }
}

/**
 * CREATE DATABASE, as a copy of `template` when there is one (much cheaper than migrating an empty database;
 * openDatabase still runs the migrator, a no-op on an up-to-date copy). PostgreSQL refuses to copy a template
 * while another session is connected to it, which only a concurrent copy's brief lock can cause: retry then.
 */
async function createDatabaseFrom(serverUrl: string, name: string, template: string | null) {
  if (!template) return adminQuery(serverUrl, `create database "${name}"`);
  for (let attempt = 1; ; attempt++) {
    try {
      return await adminQuery(serverUrl, `create database "${name}" template "${template}"`);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // 55006 object_in_use: "source database … is being accessed by other users"
      if (code !== '55006' || attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

/** Runs one statement on the maintenance connection (CREATE/DROP DATABASE cannot run in a pool transaction). */
export async function adminQuery(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Fixtures

export const TEST_PASSWORD = 'correct horse battery';

let counter = 0;
const nextId = (prefix: string) => `${prefix}_${(++counter).toString(36)}_${randomBytes(3).toString('hex')}`;

/** A merchant with believable, eligible-by-default numbers; every field can be overridden. */
export async function createMerchant(db: Db, overrides: Partial<typeof merchants.$inferInsert> = {}): Promise<MerchantRow> {
  const vertical = overrides.vertical ?? 'apparel';
  const [row] = await db
    .insert(merchants)
    .values({
      id: nextId(`m_${vertical}`),
      name: `Test merchant ${counter}`,
      vertical,
      dsrDescription: 480,
      dsrService: 480,
      dsrLogistics: 480,
      violationPoints: 0,
      crossBorder: false,
      serviceTier: 'gold',
      membersT1: 10_000,
      membersT2: 1_000,
      membersT3: 100,
      ...overrides,
    })
    .returning();
  return row!;
}

export interface TestUser extends UserRow {
  /** The plain password, for sign-in tests. */
  password: string;
}

let passwordHashOnce: Promise<string> | null = null;
const testPasswordHash = () => (passwordHashOnce ??= hashPassword(TEST_PASSWORD));

export interface NewTestUser {
  role: Role;
  merchantId?: string | null;
  verticals?: Vertical[];
  username?: string;
  displayName?: string;
  password?: string;
}

/** A user of any role; the password is TEST_PASSWORD unless given (hashing uses SCRYPT_LOG_N from the test env). */
export async function createUser(db: Db, input: NewTestUser): Promise<TestUser> {
  const id = nextId(`u_${input.role}`);
  const password = input.password ?? TEST_PASSWORD;
  const [row] = await db
    .insert(users)
    .values({
      id,
      username: (input.username ?? id.replace(/_/g, '.')).toLowerCase(),
      displayName: input.displayName ?? `Test ${input.role} ${counter}`,
      passwordHash: input.password ? await hashPassword(input.password) : await testPasswordHash(),
      role: input.role,
      merchantId: input.role === 'operator' ? (input.merchantId ?? null) : null,
      verticals: input.role === 'manager' ? (input.verticals ?? []) : [],
    })
    .returning();
  return { ...row!, password };
}

export interface World {
  /** Two merchants per vertical; the first is the one the vertical's operator works for. */
  merchants: Record<Vertical, [MerchantRow, MerchantRow]>;
  operators: Record<Vertical, TestUser>;
  managers: {
    /** apparel + beauty */
    fashion: TestUser;
    /** electronics + fmcg + home */
    tech: TestUser;
    /** every vertical */
    all: TestUser;
  };
  admin: TestUser;
}

/** Merchants in every vertical and users of every role, like the demo seed but with unique ids. */
export async function seedWorld(db: Db): Promise<World> {
  const merchantsBy = {} as World['merchants'];
  const operators = {} as World['operators'];
  for (const vertical of VERTICALS) {
    const a = await createMerchant(db, { vertical, name: `${vertical} flagship` });
    const b = await createMerchant(db, { vertical, name: `${vertical} second`, serviceTier: 'standard', crossBorder: true });
    merchantsBy[vertical] = [a, b];
    operators[vertical] = await createUser(db, { role: 'operator', merchantId: a.id, username: `op.${vertical}.${a.id}` });
  }
  return {
    merchants: merchantsBy,
    operators,
    managers: {
      fashion: await createUser(db, { role: 'manager', verticals: ['apparel', 'beauty'] }),
      tech: await createUser(db, { role: 'manager', verticals: ['electronics', 'fmcg', 'home'] }),
      all: await createUser(db, { role: 'manager', verticals: [...VERTICALS] }),
    },
    admin: await createUser(db, { role: 'admin' }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Callers

/** A cookie jar like a browser's for one site; `options` keeps what the server last set, for assertions. */
export class MemoryCookieJar implements CookieJar {
  readonly values = new Map<string, string>();
  readonly options = new Map<string, { maxAgeSeconds: number }>();
  get(name: string) {
    return this.values.get(name);
  }
  set(name: string, value: string, options: { maxAgeSeconds: number }) {
    this.values.set(name, value);
    this.options.set(name, options);
  }
  clear(name: string) {
    this.values.delete(name);
    this.options.delete(name);
  }
}

/** A clock tests move by hand. */
export class TestClock {
  private current: Date;
  constructor(start: Date | string = '2026-03-02T02:00:00.000Z') {
    this.current = new Date(start);
  }
  /** Bound, so it can be handed around as `() => Date`. */
  now = () => new Date(this.current);
  set(to: Date | string) {
    this.current = new Date(to);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
  advanceMinutes(minutes: number) {
    this.advance(minutes * 60_000);
  }
  advanceDays(days: number) {
    this.advance(days * 86_400_000);
  }
}

export interface CallerOptions {
  clock?: TestClock;
  cookies?: MemoryCookieJar;
  ip?: string;
  userAgent?: string | null;
}

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

/**
 * A tRPC caller acting as `user` (null: nobody signed in). The user gets a real session row and its cookie,
 * and every call resolves the session from the jar like an HTTP request does, so expiry, logout and role
 * changes behave as they do in the browser.
 */
export async function callerFor(database: Database | Db, user: Pick<UserRow, 'id'> | null, opts: CallerOptions = {}) {
  const db = 'db' in database && 'kind' in database ? database.db : (database as Db);
  const clock = opts.clock ?? new TestClock();
  const cookies = opts.cookies ?? new MemoryCookieJar();
  const ip = opts.ip ?? '203.0.113.7';
  const userAgent = opts.userAgent === undefined ? 'vitest' : opts.userAgent;
  if (user) {
    const sid = await createSession(db, user.id, clock.now(), { ip, userAgent });
    cookies.set(authConfig.cookieName, sid, { maxAgeSeconds: Math.floor(authConfig.absoluteTimeoutMs / 1000) });
  }
  const caller = createCaller(() => createRequestContext({ db, cookies, ip, userAgent, now: clock.now }));
  return { caller, cookies, clock, ip };
}

// ---------------------------------------------------------------------------------------------------------
// HTTP

export interface InjectOptions {
  cookie?: string;
  headers?: Record<string, string>;
}

/**
 * The Fastify app over `database` (no SPA unless webDist is given), with helpers that speak tRPC's HTTP
 * wire format. Close it with `app.close()`; the database stays open.
 */
export async function httpApp(database: Database, opts: Omit<AppOptions, 'database'> = {}) {
  const app = await buildApp({ webDist: null, logger: false, ...opts, database });
  const headersFor = (o: InjectOptions = {}) => ({ ...(o.cookie ? { cookie: o.cookie } : {}), ...o.headers });
  return {
    app,
    /** GET /trpc/<path>?input=<json> */
    query(path: string, input?: unknown, o?: InjectOptions) {
      const qs = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      return app.inject({ method: 'GET', url: `/trpc/${path}${qs}`, headers: headersFor(o) });
    },
    /** POST /trpc/<path> with a JSON body */
    mutation(path: string, input?: unknown, o?: InjectOptions) {
      return app.inject({
        method: 'POST',
        url: `/trpc/${path}`,
        headers: { 'content-type': 'application/json', ...headersFor(o) },
        payload: input === undefined ? '' : JSON.stringify(input),
      });
    },
    /** Signs in and returns the `name=value` pair of the session cookie, for the next requests. */
    async login(username: string, password = TEST_PASSWORD, o?: InjectOptions) {
      const res = await this.mutation('auth.login', { username, password }, o);
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      return sessionCookieOf(res);
    },
  };
}

/** The `console_sid=…` pair of a response's Set-Cookie, or null. */
export function sessionCookieOf(res: { cookies: { name: string; value: string }[] }) {
  const c = res.cookies.find((x) => x.name === authConfig.cookieName);
  return c ? `${c.name}=${c.value}` : null;
}

/** The tRPC error of an HTTP response body, single or batched. */
export function trpcErrorOf(body: string): { message: string; code: number; data: { code: string; httpStatus: number; fieldErrors?: unknown } } | null {
  try {
    const parsed = JSON.parse(body) as unknown;
    const one = (Array.isArray(parsed) ? parsed[0] : parsed) as { error?: { message: string; code: number; data: never } } | undefined;
    return one?.error ?? null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Errors

/** The TRPCError a call fails with; fails the test when the call succeeds or throws something else. */
export async function trpcError(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('expected the call to fail with a TRPCError, but it succeeded');
}

/** Per-field messages of a failed call, as the HTTP error formatter would send them. */
export function fieldErrorsOf(error: TRPCError): Record<string, string[]> | null {
  if (error.cause instanceof FieldError) return error.cause.fieldErrors;
  if (error.cause instanceof ZodError) {
    const out: Record<string, string[]> = {};
    for (const issue of error.cause.issues) (out[issue.path.map(String).join('.') || '_'] ??= []).push(issue.message);
    return out;
  }
  return null;
}
