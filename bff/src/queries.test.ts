/**
 * Queries sent by GET are answered by queries.ts instead of tRPC's Fastify adapter: the same corpus of requests is sent
 * to the bff as it runs and to one that sends everything through the adapter, on the same database, and every answer
 * must be the same: status, body bytes (compressed or not), the headers a caller reads, and the log lines.
 */
import type { LaunchContent } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCalendar } from './calendar/seed';
import type { Database } from './db/client';
import { callerFor, createTestDatabase, httpApp, seedWorld, type TestDatabase, type World } from './test/harness';

/**
 * Counts the requests tRPC's adapter answers, so the test knows which ones the direct path served: the adapter's
 * resolveResponse makes a fetch Response for every answer (the direct path never does), looked up as a global when it
 * runs. (A vi.mock of the adapter would not do: the bff project shares modules between test files.)
 */
const adapter = { calls: 0 };
const RealResponse = globalThis.Response;
class CountedResponse extends RealResponse {
  constructor(...args: ConstructorParameters<typeof Response>) {
    super(...args);
    adapter.calls++;
  }
}

let database: TestDatabase;
let world: World;
/** The database as both apps see it; `broken` makes every read fail as a lost connection would (builders and driver). */
const failure = { broken: false };
let flaky: Database;
type App = Awaited<ReturnType<typeof httpApp>>;
let direct: App;
let viaAdapter: App;
const logs = { direct: [] as string[], viaAdapter: [] as string[] };
let operator: string;
let manager: string;
let admin: string;
let ended: string;
let launchId: string;
let merchantId: string;

const content = (title: string): LaunchContent => ({
  season: 'SS',
  year: 2027,
  title,
  launchDate: '2027-02-10',
  story: '以江南园林为灵感的春夏系列',
  channels: ['online_store', 'app_push'],
  earlyAccess: { tier: 'T2', hours: 24 },
  skus: Array.from({ length: 5 }, (_, i) => ({
    code: `SS27-DR-${i}`,
    name: `真丝连衣裙 ${i}`,
    listPrice: 129900,
    launchPrice: 109900,
    stock: 50,
    imageUrl: `https://img.example.com/dr-${i}.jpg`,
  })),
});

beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  await seedCalendar(database.db);
  const { caller } = await callerFor(database, world.operators.apparel);
  for (let i = 0; i < 3; i++) launchId = (await caller.launches.create(content(`2027 春夏 · ${i}`))).id;
  merchantId = world.merchants.apparel[0].id;
  const db = new Proxy(database.db, {
    get(target, key, receiver) {
      if (failure.broken && typeof key === 'string' && /^(select|selectDistinct|execute|transaction|query|update|insert|delete|\$count)$/.test(key)) {
        throw new Error('Failed query: …', { cause: Object.assign(new Error('terminating connection'), { code: '08006' }) });
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  // The driver fails too: a statement prepared before the failure (db/prepared.ts) never goes through the proxy again.
  const client = (database.db as unknown as { $client: { query: (...args: unknown[]) => Promise<unknown> } }).$client;
  const query = client.query.bind(client);
  client.query = (...args: unknown[]) =>
    failure.broken ? Promise.reject(Object.assign(new Error('terminating connection'), { code: '08006' })) : query(...args);
  flaky = { ...database, db };
  const logTo = (lines: string[]) => ({ level: 'info' as const, stream: { write: (line: string) => void lines.push(line) } });
  direct = await httpApp(flaky, { logger: logTo(logs.direct) });
  viaAdapter = await httpApp(flaky, { logger: logTo(logs.viaAdapter), directQueries: false });
  operator = (await direct.login(world.operators.apparel.username))!;
  manager = (await direct.login(world.managers.fashion.username))!;
  admin = (await direct.login(world.admin.username))!;
  ended = (await direct.login(world.operators.beauty.username))!;
  expect((await direct.mutation('auth.logout', undefined, { cookie: ended })).statusCode).toBe(200);
});
afterAll(async () => {
  await direct?.app.close();
  await viaAdapter?.app.close();
  await database.close();
});

const q = (input: unknown) => encodeURIComponent(JSON.stringify(input));
const page = { page: 1, pageSize: 20 };

/** What a caller sees of an answer: everything but the date, the request id and the connection's own headers. */
function seen(res: Awaited<ReturnType<App['app']['inject']>>) {
  const headers = Object.fromEntries(
    Object.entries(res.headers)
      .filter(([name]) => !['date', 'x-request-id', 'connection', 'keep-alive'].includes(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return { status: res.statusCode, headers, body: res.rawPayload.toString('base64') };
}

/** A log line without what differs between two runs of the same request (time, request id, duration, stacks). */
function comparable(line: string) {
  const { time: _t, reqId: _r, ms: _m, pid: _p, hostname: _h, ...rest } = JSON.parse(line) as Record<string, unknown>;
  const err = rest.err as { stack?: string } | undefined;
  if (err) rest.err = { ...err, stack: err.stack?.split('\n')[0] };
  return rest;
}

/**
 * Sends one request to both apps and expects the same answer; `served` says which of them the direct path must
 * answer itself (the others it hands to the adapter). Returns the answer.
 */
async function same(url: string, opts: { cookie?: string; headers?: Record<string, string>; served: boolean }) {
  const headers = { ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers };
  const before = { calls: adapter.calls, direct: logs.direct.length, viaAdapter: logs.viaAdapter.length };
  globalThis.Response = CountedResponse;
  let a;
  try {
    a = await direct.app.inject({ method: 'GET', url, headers });
  } finally {
    globalThis.Response = RealResponse;
  }
  const handedOver = adapter.calls - before.calls;
  const b = await viaAdapter.app.inject({ method: 'GET', url, headers });
  expect(seen(a), url).toEqual(seen(b));
  expect(handedOver, `${url} ${opts.served ? 'answered directly' : 'handed to the adapter'}`).toBe(opts.served ? 0 : 1);
  expect(logs.direct.slice(before.direct).map(comparable), url).toEqual(logs.viaAdapter.slice(before.viaAdapter).map(comparable));
  return a;
}

describe('queries by GET answer as tRPC’s adapter does', () => {
  it('single and batched queries that succeed, compressed or not', async () => {
    for (const encoding of [undefined, 'br', 'gzip', 'gzip, deflate, br', 'identity']) {
      const headers = encoding ? { 'accept-encoding': encoding } : undefined;
      const list = await same(`/trpc/launches.list?input=${q(page)}`, { cookie: operator, headers, served: true });
      expect(list.statusCode).toBe(200);
      await same(`/trpc/launches.byId?input=${q({ id: launchId })}`, { cookie: operator, headers, served: true });
      await same('/trpc/merchants.mine', { cookie: operator, headers, served: true });
      await same('/trpc/notifications.unreadCount', { cookie: operator, headers, served: true });
      await same('/trpc/auth.me', { headers, served: true });
      const merchants = await same(`/trpc/merchants.list?input=${q(page)}`, { cookie: manager, headers, served: true });
      // Over the threshold: compressed when the caller accepts it.
      expect(merchants.headers['content-encoding']).toBe(encoding === 'br' || encoding === 'gzip, deflate, br' ? 'br' : encoding === 'gzip' ? 'gzip' : undefined);
      await same(`/trpc/merchants.list?input=${q({ ...page, page: 5 })}`, { cookie: manager, headers, served: true });
      await same(`/trpc/merchants.byId?input=${q({ id: merchantId })}`, { cookie: manager, headers, served: true });
      await same(`/trpc/review.queue?input=${q(page)}`, { cookie: manager, headers, served: true });
      const batch = `/trpc/auth.me,launches.list,merchants.mine,notifications.unreadCount?batch=1&input=${q({ 1: page })}`;
      expect((await same(batch, { cookie: operator, headers, served: true })).statusCode).toBe(200);
      await same(`/trpc/auth.me,merchants.list?batch=1&input=${q({ 1: page })}`, { cookie: admin, headers, served: true });
    }
  });

  it('refusals of access: unauthorized, forbidden, and a batch of both with successes (207)', async () => {
    expect((await same(`/trpc/launches.list?input=${q(page)}`, { served: true })).statusCode).toBe(401);
    expect((await same(`/trpc/review.queue?input=${q(page)}`, { cookie: operator, served: true })).statusCode).toBe(403);
    expect((await same(`/trpc/launches.list,review.queue?batch=1&input=${q({ 0: page, 1: page })}`, { served: true })).statusCode).toBe(401);
    const mixed = await same(`/trpc/auth.me,review.queue,launches.list?batch=1&input=${q({ 1: page, 2: page })}`, { cookie: operator, served: true });
    expect(mixed.statusCode).toBe(207);
    await same(`/trpc/launches.byId?input=${q({ id: '00000000-0000-4000-8000-000000000000' })}`, { cookie: operator, served: true });
    await same(`/trpc/launches.byId,launches.byId?batch=1&input=${q({ 0: { id: launchId }, 1: { id: '00000000-0000-4000-8000-000000000000' } })}`, { cookie: operator, served: true });
  });

  it('a session that ended: its cookie is cleared, the query answers as for nobody', async () => {
    const res = await same('/trpc/auth.me', { cookie: ended, served: true });
    expect(String(res.headers['set-cookie'])).toMatch(/console_sid=;/);
    await same(`/trpc/launches.list?input=${q(page)}`, { cookie: ended, served: true });
    await same(`/trpc/auth.me,launches.list?batch=1&input=${q({ 1: page })}`, { cookie: 'console_sid=not-a-session', served: true });
  });

  it('inputs that are wrong: invalid, not JSON, NUL characters, not an object in a batch, missing', async () => {
    await same(`/trpc/launches.list?input=${q({ page: -1, pageSize: 'x' })}`, { cookie: operator, served: true });
    await same('/trpc/launches.list?input=%7Bnot-json', { cookie: operator, served: true });
    await same('/trpc/launches.list?input=%7Bnot-json', { served: true });
    await same('/trpc/auth.me,launches.list?batch=1&input=%7Bnot-json', { cookie: operator, served: true });
    await same('/trpc/auth.me,launches.list?batch=1&input=5', { cookie: operator, served: true });
    await same(`/trpc/merchants.list?input=${q({ filters: { q: 'a\u0000' } })}`, { cookie: manager, served: true });
    await same('/trpc/launches.byId', { cookie: operator, served: true });
    await same('/trpc/launches.byId,launches.byId?batch=1', { cookie: operator, served: true });
    await same(`/trpc/launches.list?input=${q(page)}&input=${q({ page: 2 })}&batch=0`, { cookie: operator, served: true });
  });

  it('procedures that do not exist, next to ones that do, or alone', async () => {
    await same('/trpc/auth.me,merchants.dropAll?batch=1', { cookie: operator, served: true });
    await same('/trpc/merchants.dropAll', { cookie: operator, served: false });
    await same('/trpc/merchants.dropAll,nothing?batch=1', { served: false });
    await same('/trpc/auth.m%65', { served: true });
    // Fastify decodes the path but for %25, tRPC decodes it again: `auth.me%65`, `auth.me%ZZ`, no such procedures.
    await same('/trpc/auth.me%25ZZ', { served: false });
    await same('/trpc/auth.me%2565', { served: false });
  });

  it('what the adapter answers: mutations by GET, mixed types, batches over the limit, subscriptions, streaming', async () => {
    await same('/trpc/auth.logout', { cookie: operator, served: false });
    await same('/trpc/auth.me,auth.logout?batch=1', { cookie: operator, served: false });
    const paths = (n: number) => Array.from({ length: n }, () => 'auth.me').join(',');
    expect((await same(`/trpc/${paths(51)}?batch=1`, { served: false })).statusCode).toBe(400);
    expect((await same(`/trpc/${paths(50)}?batch=1`, { served: true })).statusCode).toBe(200);
    await same(`/trpc/${paths(51)}`, { served: false });
    await same('/trpc/auth.me?batch=1', { headers: { 'trpc-accept': 'application/jsonl' }, served: false });
    await same('/trpc/auth.me?batch=1', { headers: { accept: 'application/jsonl' }, served: false });
    await same('/trpc/auth.me', { headers: { 'content-type': 'application/json' }, served: false });
    await same('/trpc/auth.me', { headers: { 'content-type': 'multipart/form-data' }, served: false });
    await same('/trpc/auth.me?batch=1&connectionParams=%7B', { served: false });
    await same('/trpc/notifications.feed', { served: false });
  });

  it('a database that fails: 500s in the same envelope, logged as "procedure failed" the same way', async () => {
    failure.broken = true;
    try {
      const a = await same(`/trpc/launches.list?input=${q(page)}`, { cookie: operator, served: true });
      expect(a.statusCode).toBe(500);
      await same(`/trpc/auth.me,merchants.list?batch=1&input=${q({ 1: page })}`, { cookie: manager, served: true });
      await same('/trpc/auth.me', { served: true });
    } finally {
      failure.broken = false;
    }
    expect(logs.direct.some((line) => JSON.parse(line).msg === 'procedure failed')).toBe(true);
  });
});
