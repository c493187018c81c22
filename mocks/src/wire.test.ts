import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.SCRYPT_LOG_N ??= '10';
});

import type { Database } from '@console/bff/db/client';
import { openDatabase } from '@console/bff/db/client';
import { seedDemo } from '@console/bff/db/seed';
import { httpApp } from '@console/bff/test/harness';
import { mockServer, resetMocks, signInAs } from './node';

/**
 * The HTTP answers of the bff (Fastify + its errorFormatter) and of the mocks (MSW + the replicated one) are
 * the same JSON: status codes, error shapes, `data.fieldErrors`, `data.currentVersion`, batching.
 */
let database: Database;
let bff: Awaited<ReturnType<typeof httpApp>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  database = await openDatabase('memory://');
  await seedDemo(database.db);
  bff = await httpApp(database);
  for (const u of ['op.apparel', 'mgr.fashion', 'admin']) cookies[u] = (await bff.login(u, 'demo1234'))!;
  mockServer.listen({ onUnhandledRequest: 'error' });
}, 60_000);
afterEach(() => resetMocks());
afterAll(async () => {
  mockServer.close();
  await bff?.app.close();
  await database?.close();
});

type Call = { as: string | null; method: 'GET' | 'POST'; url: string; body?: unknown };

async function both(call: Call) {
  const real = await bff.app.inject({
    method: call.method,
    url: call.url,
    headers: { ...(call.as ? { cookie: cookies[call.as] } : {}), ...(call.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
    payload: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  resetMocks();
  if (call.as) signInAs(call.as);
  const res = await fetch(`http://console.test${call.url}`, {
    method: call.method,
    headers: call.method === 'POST' ? { 'content-type': 'application/json' } : {},
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  return { real: { status: real.statusCode, body: JSON.parse(real.body) as unknown }, mocks: { status: res.status, body: (await res.json()) as unknown } };
}

const q = (input: unknown) => encodeURIComponent(JSON.stringify(input));

describe('the same bytes on the wire', () => {
  it.each<[string, Call]>([
    ['unsigned', { as: null, method: 'GET', url: '/trpc/merchants.list' }],
    ['wrong role', { as: 'op.apparel', method: 'GET', url: `/trpc/users.list?input=${q({})}` }],
    ['not found', { as: 'op.apparel', method: 'GET', url: `/trpc/merchants.byIdForOperator?input=${q({ id: 'm_home_01' })}` }],
    ['validation', { as: 'mgr.fashion', method: 'GET', url: `/trpc/merchants.list?input=${q({ pageSize: 1000, filters: { q: 5 } })}` }],
    ['domain field error', { as: 'admin', method: 'POST', url: '/trpc/users.setRole', body: { userId: 'u_admin', role: 'manager', verticals: ['home'] } }],
    ['stale version', { as: 'mgr.fashion', method: 'POST', url: '/trpc/review.claim', body: { id: 'ln_seed_0002', version: 1 } }],
    ['refused transition', { as: 'mgr.fashion', method: 'POST', url: '/trpc/review.approve', body: { id: 'ln_seed_0002', version: 2 } }],
    ['rule errors on submit', { as: 'op.apparel', method: 'POST', url: '/trpc/launches.submit', body: { id: 'ln_seed_0001', version: 1 } }],
    ['unknown procedure', { as: 'admin', method: 'GET', url: '/trpc/nothing.here' }],
    [
      'a batch with answers and errors',
      { as: 'mgr.fashion', method: 'GET', url: `/trpc/merchants.byId,merchants.byId,auth.me?batch=1&input=${q({ 0: { id: 'm_beauty_02' }, 1: { id: 'm_home_02' }, 2: undefined })}` },
    ],
    ['a batch of mutations', { as: 'mgr.fashion', method: 'POST', url: '/trpc/review.claim,review.claim?batch=1', body: { 0: { id: 'ln_seed_0003', version: 2 }, 1: { id: 'ln_seed_0003', version: 2 } } }],
  ])('%s', async (_name, call) => {
    const { real, mocks } = await both(call);
    expect(mocks).toEqual(real);
  });
});
