import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.SCRYPT_LOG_N ??= '10';
});

import { seedDemo } from '@console/bff/embedded';
import { type Database, httpApp, openDatabase } from '@console/bff/testing';
import { setupServer } from 'msw/node';
import { type MockApi, mockHandlers } from './api';
import { MockClock } from './clock';
import { MockCookieJar } from './cookies';
import { type MockDatabase, openMockDatabase } from './database';

/**
 * Mock mode and the bff answer the same requests with the same bytes: the bff through Fastify (its HTTP layer,
 * cookies and error handling), mock mode through MSW and tRPC's fetch adapter over the same router, each on its
 * own database seeded with the demo world at the same moment, with the clock stopped there. One story is played
 * on both, in order (sign-ins, reads, errors, decisions that change state), and every answer's status,
 * content type and body must be equal to the byte. The Fastify-only guards (origin check, JSON-only, body limit)
 * are not part of mock mode and are not compared.
 */
const NOW = new Date('2026-11-23T06:00:00.000Z');
const USERS = ['op.apparel', 'mgr.fashion', 'admin'] as const;
type As = (typeof USERS)[number] | null;

let bffDatabase: Database;
let bff: Awaited<ReturnType<typeof httpApp>>;
const bffCookies: Partial<Record<string, string>> = {};

let mockDatabase: MockDatabase;
const jars = new Map<As, MockCookieJar>();
const clock = new MockClock();
clock.now = () => new Date(NOW);
const api: MockApi = {
  database: async () => mockDatabase.db,
  cookies: new MockCookieJar(),
  clock,
  scenario: () => 'normal',
  overrides: [],
};
const server = setupServer(...mockHandlers(api));

beforeAll(async () => {
  bffDatabase = await openDatabase('memory://');
  await seedDemo(bffDatabase.db, { now: NOW });
  bff = await httpApp(bffDatabase, { now: () => new Date(NOW) });
  mockDatabase = await openMockDatabase({ world: 'demo', now: NOW });
  server.listen({ onUnhandledRequest: 'error' });
}, 120_000);
afterAll(async () => {
  server.close();
  await bff?.app.close();
  await bffDatabase?.close();
  await mockDatabase?.close();
});

interface Call {
  as: As;
  method: 'GET' | 'POST';
  url: string;
  body?: unknown;
}
interface Answer {
  status: number;
  type: string | null;
  body: string;
}

async function askBff(call: Call): Promise<Answer> {
  const cookie = call.as ? bffCookies[call.as] : undefined;
  const res = await bff.app.inject({
    method: call.method,
    url: call.url,
    headers: { ...(cookie ? { cookie } : {}), ...(call.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
    payload: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  const set = res.cookies.find((c) => c.name === 'console_sid');
  if (set && call.as) bffCookies[call.as] = set.value ? `${set.name}=${set.value}` : undefined;
  return { status: res.statusCode, type: String(res.headers['content-type'] ?? null), body: res.body };
}

async function askMock(call: Call): Promise<Answer> {
  if (!jars.has(call.as)) jars.set(call.as, new MockCookieJar());
  api.cookies = jars.get(call.as)!;
  const res = await fetch(`http://console.test${call.url}`, {
    method: call.method,
    headers: call.method === 'POST' ? { 'content-type': 'application/json' } : {},
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

/** Plays the calls on both, in order; returns the pairs of answers. */
async function play(calls: Call[]) {
  const pairs: { call: string; bff: Answer; mock: Answer }[] = [];
  for (const call of calls) pairs.push({ call: `${call.as ?? 'nobody'} ${call.method} ${call.url}`, bff: await askBff(call), mock: await askMock(call) });
  return pairs;
}

const q = (input: unknown) => encodeURIComponent(JSON.stringify(input));
const get = (as: As, path: string, input?: unknown): Call => ({ as, method: 'GET', url: `/trpc/${path}${input === undefined ? '' : `?input=${q(input)}`}` });
const post = (as: As, path: string, body?: unknown): Call => ({ as, method: 'POST', url: `/trpc/${path}`, body });
const batchGet = (as: As, paths: string[], inputs: unknown[]): Call => ({
  as,
  method: 'GET',
  url: `/trpc/${paths.join(',')}?batch=1&input=${q(Object.fromEntries(inputs.map((v, i) => [i, v])))}`,
});

describe('a mock-mode answer is the bff’s answer, byte for byte', () => {
  it('signs in (a wrong password, then the right one) and reads as each role', async () => {
    const pairs = await play([
      post('admin', 'auth.login', { username: 'admin', password: 'wrong-password' }),
      post('admin', 'auth.login', { username: '', password: '' }),
      ...USERS.map((u) => post(u, 'auth.login', { username: u, password: 'demo1234' })),
      get(null, 'auth.me'),
      get(null, 'merchants.list'),
      get('op.apparel', 'auth.me'),
      get('op.apparel', 'merchants.mine'),
      get('op.apparel', 'launches.list', { page: 1, pageSize: 20 }),
      get('op.apparel', 'notifications.list', {}),
      get('op.apparel', 'notifications.unreadCount'),
      get('op.apparel', 'users.list', {}),
      get('op.apparel', 'merchants.byIdForOperator', { id: 'm_home_01' }),
      get('mgr.fashion', 'merchants.list', { page: 2, pageSize: 5, sort: { field: 'name', order: 'desc' } }),
      get('mgr.fashion', 'merchants.list', { pageSize: 1000, filters: { q: 5 } }),
      get('mgr.fashion', 'review.queue', { page: 1, pageSize: 50 }),
      get('mgr.fashion', 'calendar.list', {}),
      get('admin', 'users.list', { pageSize: 50 }),
      get('admin', 'nothing.here'),
      batchGet('mgr.fashion', ['merchants.byId', 'merchants.byId', 'auth.me'], [{ id: 'm_beauty_02' }, { id: 'm_home_02' }, undefined]),
    ]);
    for (const p of pairs) expect(p.mock, p.call).toEqual(p.bff);
    // The story covered errors with codes and fields, not only successes.
    const bodies = pairs.map((p) => p.bff.body).join('\n');
    for (const code of ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST', 'fieldErrors']) expect(bodies).toContain(code);
  });

  it('decides on applications the same way: claims, stale versions, refused transitions, field errors', async () => {
    const queue = JSON.parse((await askBff(get('mgr.fashion', 'review.queue', { page: 1, pageSize: 100 }))).body) as {
      result: { data: { items: { id: string; version: number; state: string }[] } };
    };
    const items = queue.result.data.items;
    const submitted = items.find((i) => i.state === 'submitted')!;
    const inReview = items.find((i) => i.state === 'in_review')!;
    expect(submitted && inReview).toBeTruthy();
    const pairs = await play([
      get('mgr.fashion', 'review.get', { id: submitted.id }),
      get('mgr.fashion', 'review.timeline', { id: submitted.id }),
      post('mgr.fashion', 'review.claim', { id: submitted.id, version: submitted.version - 1 }),
      post('mgr.fashion', 'review.approve', { id: submitted.id, version: submitted.version }),
      post('mgr.fashion', 'review.claim', { id: submitted.id, version: submitted.version }),
      post('mgr.fashion', 'review.requestChanges', { id: submitted.id, version: submitted.version + 1, reason: '' }),
      post('mgr.fashion', 'review.requestChanges', { id: submitted.id, version: submitted.version + 1, reason: '请补充 SKU 的主图' }),
      get('mgr.fashion', 'review.timeline', { id: submitted.id }),
      post('mgr.fashion', 'review.reject', { id: inReview.id, version: inReview.version, reason: '与品牌定位不符' }),
      get('op.apparel', 'notifications.unreadCount'),
      post('admin', 'users.setRole', { userId: 'u_admin', role: 'manager', verticals: ['home'] }),
      post('admin', 'users.setRole', { userId: 'u_op_home', role: 'manager', verticals: [] }),
      { as: 'mgr.fashion', method: 'POST', url: '/trpc/review.claim,review.claim?batch=1', body: { 0: { id: inReview.id, version: 1 }, 1: { id: 'ln_none', version: 1 } } },
    ]);
    for (const p of pairs) expect(p.mock, p.call).toEqual(p.bff);
    expect(pairs.some((p) => p.bff.body.includes('CONFLICT'))).toBe(true);
  });
});
