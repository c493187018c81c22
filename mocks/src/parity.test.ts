import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The bff hashes the seed's password at its production cost unless told otherwise; read at module load.
vi.hoisted(() => {
  process.env.SCRYPT_LOG_N ??= '10';
});

import type { Database } from '@console/bff/db/client';
import { openDatabase } from '@console/bff/db/client';
import { seedDemo } from '@console/bff/db/seed';
import { callerFor } from '@console/bff/test/harness';
import { TRPCError } from '@trpc/server';
import { MockStore } from './store';
import { callPath, mockCaller } from './testing';

/**
 * The mocks answer like the bff: the bff's own seed on PGlite and the mocks' fixtures, asked the same
 * questions by the same demo users, give the same answers, errors included (code, message, fields).
 */
let database: Database;
const bffUserIds: Record<string, string> = {
  'op.apparel': 'u_op_apparel',
  'op.beauty': 'u_op_beauty',
  'op.electronics': 'u_op_electronics',
  'op.fmcg': 'u_op_fmcg',
  'op.home': 'u_op_home',
  'mgr.fashion': 'u_mgr_fashion',
  'mgr.tech': 'u_mgr_tech',
  admin: 'u_admin',
};
const ALL_USERS = [null, ...Object.keys(bffUserIds)];

beforeAll(async () => {
  database = await openDatabase('memory://');
  await seedDemo(database.db);
}, 60_000);
afterAll(() => database?.close());

type Outcome = { ok: true; data: unknown } | { ok: false; code: string; message: string; fieldErrors: unknown };

function fieldErrorsOf(error: TRPCError) {
  const cause = error.cause as { fieldErrors?: unknown; issues?: { path: PropertyKey[]; message: string }[] } | undefined;
  if (cause?.issues) {
    const out: Record<string, string[]> = {};
    for (const issue of cause.issues) (out[issue.path.map(String).join('.') || '_'] ??= []).push(issue.message);
    return out;
  }
  return cause?.fieldErrors ?? null;
}

async function outcome(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { ok: false, code: error.code, message: error.message, fieldErrors: fieldErrorsOf(error) };
  }
}

/** Users are created by the seed at the database's now(); the mocks give them a fixed time. */
function withoutUserTimes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUserTimes);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const isUser = 'username' in o && 'role' in o;
    return Object.fromEntries(Object.entries(o).filter(([k]) => !(isUser && k === 'createdAt')).map(([k, v]) => [k, withoutUserTimes(v)]));
  }
  return value;
}

/** The same call on the bff (fresh session) and the mocks (fresh store), as `username`. */
async function both(username: string | null, path: string, input: unknown) {
  const { caller: bff } = await callerFor(database, username ? { id: bffUserIds[username]! } : null);
  const { caller: mocked } = mockCaller(username);
  const real = await outcome(() => callPath(bff, path, input));
  const mocks = await outcome(() => callPath(mocked, path, input));
  return { real: withoutUserTimes(real) as Outcome, mocks: withoutUserTimes(mocks) as Outcome };
}

const MERCHANT_LISTS: unknown[] = [
  { pageSize: 100 },
  ...(['name', 'createdAt', 'violationPoints', 'dsrService'] as const).flatMap((field) =>
    (['asc', 'desc'] as const).map((order) => ({ pageSize: 7, page: 2, sort: { field, order } })),
  ),
  { filters: { vertical: ['beauty'] } },
  { filters: { vertical: ['electronics', 'apparel'] } },
  { filters: { crossBorder: true } },
  { filters: { crossBorder: false, serviceTier: ['gold', 'below'] } },
  { filters: { q: '旗舰' } },
  { filters: { q: '  店 ' }, sort: { field: 'violationPoints', order: 'desc' } },
  { filters: { q: '%' } },
  { filters: { q: '' } },
  { page: 40 },
  { filters: { unknown: 1 } },
  { pageSize: 101 },
  { sort: { field: 'id', order: 'asc' } },
];

describe('merchants: the mocks answer like the bff', () => {
  it.each(['mgr.fashion', 'mgr.tech', 'op.apparel', 'admin', null])('list as %s', async (username) => {
    for (const input of MERCHANT_LISTS) {
      const { real, mocks } = await both(username, 'merchants.list', input);
      expect(mocks, JSON.stringify(input)).toEqual(real);
    }
  });

  it.each(ALL_USERS)('single merchants as %s', async (username) => {
    for (const [path, input] of [
      ['merchants.mine', undefined],
      ['merchants.byIdForOperator', { id: 'm_apparel_01' }],
      ['merchants.byIdForOperator', { id: 'm_home_01' }],
      ['merchants.byIdForOperator', { id: '' }],
      ['merchants.byId', { id: 'm_beauty_05' }],
      ['merchants.byId', { id: 'm_fmcg_02' }],
      ['merchants.byId', { id: 'm_nowhere_01' }],
    ] as const) {
      const { real, mocks } = await both(username, path, input);
      expect(mocks, `${path} ${JSON.stringify(input)}`).toEqual(real);
    }
  });
});

describe('users and auth: the mocks answer like the bff', () => {
  it.each(ALL_USERS)('users.list as %s', async (username) => {
    for (const input of [
      {},
      { pageSize: 3, page: 2 },
      { sort: { field: 'role', order: 'desc' } },
      { sort: { field: 'createdAt', order: 'asc' } },
      { filters: { role: ['manager', 'admin'] } },
      { filters: { q: 'OP.' } },
      { filters: { q: '运营' }, sort: { field: 'username', order: 'desc' } },
      { filters: { role: ['nobody'] } },
    ]) {
      const { real, mocks } = await both(username, 'users.list', input);
      expect(mocks, JSON.stringify(input)).toEqual(real);
    }
  });

  it('users.setRole refusals', async () => {
    for (const input of [
      { userId: 'u_admin', role: 'manager', verticals: ['home'] },
      { userId: 'u_op_home', role: 'operator', merchantId: 'm_nowhere_09' },
      { userId: 'u_nobody', role: 'admin' },
      { userId: 'u_op_home', role: 'manager', verticals: [] },
      { userId: 'u_op_home', role: 'owner' },
    ]) {
      const { real, mocks } = await both('admin', 'users.setRole', input);
      expect(real.ok, JSON.stringify(input)).toBe(false);
      expect(mocks, JSON.stringify(input)).toEqual(real);
    }
  });

  it('auth.me and auth.login', async () => {
    for (const username of ALL_USERS) {
      const { real, mocks } = await both(username, 'auth.me', undefined);
      expect(mocks).toEqual(real);
    }
    for (const input of [
      { username: 'Op.Fmcg', password: 'demo1234' },
      { username: 'op.fmcg', password: 'wrong' },
      { username: 'nobody', password: 'demo1234' },
      { username: '   ', password: 'x' },
      { username: 'admin', password: '' },
    ]) {
      const { real, mocks } = await both(null, 'auth.login', input);
      expect(mocks, JSON.stringify(input)).toEqual(real);
    }
  });
});

describe('the store behind the comparison', () => {
  it('holds the seed: 25 merchants, 8 users', () => {
    const store = new MockStore();
    expect(store.data.merchants).toHaveLength(25);
    expect(store.data.users.map((u) => u.username)).toEqual(Object.keys(bffUserIds));
  });
});
