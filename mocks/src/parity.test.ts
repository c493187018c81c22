import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The bff hashes the seed's password at its production cost unless told otherwise; read at module load.
vi.hoisted(() => {
  process.env.SCRYPT_LOG_N ??= '10';
});

import type { Database } from '@console/bff/db/client';
import { openDatabase } from '@console/bff/db/client';
import { seedDemo } from '@console/bff/db/seed';
import { callerFor, TestClock } from '@console/bff/test/harness';
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

/** Both worlds are seeded and asked at the same moment: the seed dates launches relative to now. */
const NOW = new Date('2026-11-23T06:00:00.000Z');
const clock = new TestClock(NOW);

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  database = await openDatabase('memory://');
  await seedDemo(database.db);
}, 60_000);
afterAll(async () => {
  vi.useRealTimers();
  await database?.close();
});

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
    const currentVersion = (error.cause as { currentVersion?: unknown } | undefined)?.currentVersion;
    return { ok: false, code: error.code, message: error.message, fieldErrors: fieldErrorsOf(error), ...(currentVersion === undefined ? {} : { currentVersion }) };
  }
}

/**
 * Users and calendar windows are created by the seed at the database's own now(); the mocks give them the
 * seeding time. Those two timestamps are left out of the comparison, nothing else.
 */
function withoutUserTimes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUserTimes);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const isUser = 'username' in o && 'role' in o;
    const isWindow = 'startsOn' in o && 'submissionDeadline' in o;
    return Object.fromEntries(
      Object.entries(o)
        .filter(([k]) => !(isUser && k === 'createdAt') && !(isWindow && k === 'updatedAt'))
        .map(([k, v]) => [k, withoutUserTimes(v)]),
    );
  }
  return value;
}

const freshStore = () => new MockStore(null, { now: () => clock.now() });

/** One mock world for the file, as the bff has one database for it (sign-in failures add up on both). */
const world = freshStore();

/** The same call on the bff (fresh session) and the mocks (the file's store unless one is given), as `username`. */
async function both(username: string | null, path: string, input: unknown, store: MockStore = world) {
  const { caller: bff } = await callerFor(database, username ? { id: bffUserIds[username]! } : null, { clock });
  const { caller: mocked } = mockCaller(username, store);
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

const OPERATORS = ['op.apparel', 'op.beauty', 'op.electronics', 'op.fmcg', 'op.home'];
const MANAGERS = ['mgr.fashion', 'mgr.tech'];
const APPLICATION_IDS = freshStore().data.applications.map((a) => a.id);

describe('launches, review, calendar and notifications of the seeded world: the mocks answer like the bff', () => {
  it('has the same applications', async () => {
    expect(APPLICATION_IDS.length).toBeGreaterThan(60);
    const { real, mocks } = await both('mgr.tech', 'review.queue', { pageSize: 100, filters: { state: ['submitted', 'in_review', 'changes_requested', 'approved', 'rejected', 'withdrawn', 'scheduled', 'live', 'ended'] } });
    expect(mocks).toEqual(real);
  });

  it.each(OPERATORS)('launches.list as %s', async (username) => {
    for (const input of [
      { pageSize: 100 },
      { sort: { field: 'launchDate', order: 'asc' }, pageSize: 5, page: 2 },
      { sort: { field: 'submittedAt', order: 'desc' } },
      { sort: { field: 'title', order: 'asc' }, filters: { season: 'SS', year: 2027 } },
      { filters: { state: ['submitted', 'changes_requested'], q: '·' } },
    ]) {
      const { real, mocks } = await both(username, 'launches.list', input);
      expect(mocks, JSON.stringify(input)).toEqual(real);
    }
  });

  it.each(MANAGERS)('review.queue as %s', async (username) => {
    for (const input of [
      {},
      { sort: { field: 'submittedAt', order: 'desc' }, pageSize: 7, page: 2 },
      { filters: { overdue: true } },
      { filters: { overdue: false, state: ['submitted', 'in_review', 'rejected'] } },
      { filters: { claimedByMe: true, kind: ['launch'] } },
      { filters: { vertical: ['home', 'beauty'], q: '春' } },
      { filters: { merchantId: 'm_fmcg_01', submittedFrom: '2026-11-20T00:00:00Z', submittedTo: '2026-11-23T00:00:00Z' } },
      { filters: { state: ['draft'] } },
    ]) {
      const { real, mocks } = await both(username, 'review.queue', input);
      expect(mocks, JSON.stringify(input)).toEqual(real);
    }
  });

  // Managers see the submitted applications of their verticals (every other one is compared, to keep this
  // quick); an operator their own and not others'; an admin none.
  const idsFor = (username: string) =>
    username.startsWith('mgr.')
      ? APPLICATION_IDS.filter((_, i) => i % 2 === (username === 'mgr.tech' ? 1 : 0))
      : username === 'op.apparel'
        ? [...APPLICATION_IDS.slice(0, 12), 'ln_seed_0030', 'ln_seed_0093']
        : APPLICATION_IDS.slice(0, 3);
  it.each(['op.apparel', 'mgr.fashion', 'mgr.tech', 'admin'])(
    'every application, as %s',
    async (username) => {
      const { caller: bff } = await callerFor(database, username ? { id: bffUserIds[username]! } : null, { clock });
      const { caller: mocked } = mockCaller(username, world);
      for (const id of [...idsFor(username), 'ln_seed_0006']) {
        for (const [path, input] of [
          ['launches.byId', { id }],
          ['review.get', { id }],
          ['review.timeline', { id }],
          ['review.diff', { id }],
          ['review.diff', { id, from: 1, to: 2 }],
        ] as const) {
          const real = withoutUserTimes(await outcome(() => callPath(bff, path, input)));
          const mocks = withoutUserTimes(await outcome(() => callPath(mocked, path, input)));
          expect(mocks, `${path} ${JSON.stringify(input)}`).toEqual(real);
        }
      }
    },
    60_000,
  );

  it.each([...OPERATORS, ...MANAGERS, 'admin'])('notifications and the calendar, as %s', async (username) => {
    for (const [path, input] of [
      ['notifications.list', {}],
      ['notifications.list', { unreadOnly: true, pageSize: 2 }],
      ['notifications.unreadCount', undefined],
      ['calendar.list', { pageSize: 100 }],
      ['calendar.list', { filters: { year: 2027, kind: ['double11', 'ss_launch'] }, sort: { field: 'kind', order: 'desc' } }],
      ['calendar.byId', { id: 'cw_double11_2026_presale' }],
      ['calendar.byId', { id: 'cw_nothing' }],
    ] as const) {
      const { real, mocks } = await both(username, path, input);
      expect(mocks, `${path} ${JSON.stringify(input)}`).toEqual(real);
    }
  });
});

describe('a review, step by step: the mocks answer like the bff', () => {
  // One mock store for the whole story, as one browser tab keeps it; the bff keeps its database.
  const store = freshStore();
  const steps: [string, string, unknown][] = [
    // An operator submits a draft that breaks the rules, fixes it on a stale version, then for real.
    ['op.home', 'launches.submit', { id: 'ln_seed_0093', version: 1 }],
    ['op.home', 'launches.update', { id: 'ln_seed_0093', version: 1, season: 'SS', year: 2027, title: '2027 春夏 · 小户型', launchDate: '2027-02-27', story: '小空间的大容量收纳', channels: ['online_store'], earlyAccess: null, skus: [0, 1, 2, 3, 4].map((i) => ({ code: `H-${i}`, name: `收纳 ${i}`, listPrice: 9_900, launchPrice: 8_900, stock: 30, imageUrl: '' })) }],
    ['op.home', 'launches.update', { id: 'ln_seed_0093', version: 1, season: 'SS', year: 2027, title: 'x', launchDate: null, story: '', channels: [], earlyAccess: null, skus: [] }],
    ['op.home', 'launches.submit', { id: 'ln_seed_0093', version: 2 }],
    ['op.home', 'launches.delete', { id: 'ln_seed_0093', version: 3 }],
    // Someone else cannot see it; the manager of the vertical claims it, the other manager cannot.
    ['op.apparel', 'launches.byId', { id: 'ln_seed_0093' }],
    ['mgr.fashion', 'review.claim', { id: 'ln_seed_0093', version: 3 }],
    ['mgr.tech', 'review.claim', { id: 'ln_seed_0093', version: 2 }],
    ['mgr.tech', 'review.claim', { id: 'ln_seed_0093', version: 3 }],
    ['mgr.tech', 'review.claim', { id: 'ln_seed_0093', version: 4 }],
    ['mgr.tech', 'review.reject', { id: 'ln_seed_0093', version: 4, reason: '  ' }],
    ['mgr.tech', 'review.requestChanges', { id: 'ln_seed_0093', version: 4, comment: '请补充主图', fieldComments: { 'skus.0.imageUrl': '缺少主图' } }],
    ['op.home', 'notifications.unreadCount', undefined],
    ['op.home', 'notifications.list', { unreadOnly: true }],
    ['op.home', 'notifications.markRead', { ids: [1, 2, 3, 999] }],
    ['op.home', 'notifications.markRead', { all: true }],
    ['op.home', 'launches.withdraw', { id: 'ln_seed_0093', version: 4 }],
    ['op.home', 'launches.resubmit', { id: 'ln_seed_0093', version: 5 }],
    ['mgr.tech', 'review.approve', { id: 'ln_seed_0093', version: 6 }],
    ['mgr.tech', 'review.claim', { id: 'ln_seed_0093', version: 6 }],
    ['mgr.tech', 'review.approve', { id: 'ln_seed_0093', version: 7, comment: '通过' }],
    ['op.home', 'launches.withdraw', { id: 'ln_seed_0093', version: 8, reason: '晚了' }],
    ['mgr.tech', 'review.timeline', { id: 'ln_seed_0093' }],
    ['mgr.tech', 'review.diff', { id: 'ln_seed_0093' }],
    ['op.home', 'review.get', { id: 'ln_seed_0093' }],
    ['op.home', 'launches.byId', { id: 'ln_seed_0093' }],
    // The calendar: an admin edits a window, a stale edit and a clash are refused.
    ['admin', 'calendar.update', { id: 'cw_ss_launch_2027', version: 1, kind: 'ss_launch', year: 2027, name: '2027 春夏上新', startsOn: '2027-02-01', endsOn: '2027-05-15', submissionDeadline: '2027-01-25' }],
    ['admin', 'calendar.update', { id: 'cw_ss_launch_2027', version: 1, kind: 'ss_launch', year: 2027, name: 'x', startsOn: '2027-02-01', endsOn: '2027-05-15' }],
    ['admin', 'calendar.update', { id: 'cw_ss_launch_2027', version: 2, kind: 'aw_launch', year: 2027, name: 'x', startsOn: '2027-02-01', endsOn: '2027-05-15' }],
    ['admin', 'calendar.update', { id: 'cw_ss_launch_2027', version: 2, kind: 'ss_launch', year: 2027, name: 'x', startsOn: '2027-06-01', endsOn: '2027-05-15', submissionDeadline: '2027-07-01' }],
    ['admin', 'calendar.create', { kind: 'brand_day', year: 2027, name: '重复', startsOn: '2027-01-01', endsOn: '2027-12-31' }],
    ['admin', 'calendar.create', { kind: 'brand_day', year: 2028, name: '2028 品牌日', startsOn: '2028-01-01', endsOn: '2028-12-31' }],
    ['op.home', 'calendar.create', { kind: 'brand_day', year: 2029, name: '2029 品牌日', startsOn: '2029-01-01', endsOn: '2029-12-31' }],
    ['op.home', 'calendar.list', { filters: { year: 2027 } }],
  ];
  it.each(steps.map((s, i) => [i + 1, ...s] as const))('step %i: %s %s', async (_n, username, path, input) => {
    clock.advanceMinutes(7);
    const { real, mocks } = await both(username, path, input, store);
    expect(mocks).toEqual(real);
  });
});

describe('the store behind the comparison', () => {
  it('holds the seed: 25 merchants, 8 users', () => {
    const store = new MockStore();
    expect(store.data.merchants).toHaveLength(25);
    expect(store.data.users.map((u) => u.username)).toEqual(Object.keys(bffUserIds));
  });
});
