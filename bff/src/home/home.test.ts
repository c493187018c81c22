import type { LaunchContent, Sku } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCalendar } from '../calendar/seed';
import type { Database } from '../db/client';
import { serviceTierEvaluations } from '../service/table';
import { callerFor, createMerchant, createTestDatabase, createUser, seedWorld, TestClock, trpcError, type World } from '../test/harness';

let database: Database;
let world: World;
// Tuesday 2026-12-01 10:00 in China: the SS 2027 window (deadline 2027-01-20) is open.
const clock = new TestClock('2026-12-01T02:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  await seedCalendar(database.db);
});
afterAll(() => database.close());

const as = async (user: { id: string }, c = clock) => (await callerFor(database, user, { clock: c })).caller;
const sku = (i: number): Sku => ({ code: `SS27-HM-${i}`, name: `首页 ${i}`, listPrice: 129900, launchPrice: 109900, stock: 50, imageUrl: '' });
const content = (over: Partial<LaunchContent> = {}): LaunchContent => ({
  season: 'SS',
  year: 2027,
  title: '2027 春夏 · 首页',
  launchDate: '2027-02-10',
  story: '故事',
  channels: ['online_store'],
  earlyAccess: null,
  skus: Array.from({ length: 5 }, (_, i) => sku(i)),
  ...over,
});

describe('operator home', () => {
  it('a brand-new merchant with nothing yet: the dates to come, all "not submitted", and empty cards', async () => {
    const m = await createMerchant(database.db, { vertical: 'home', name: '新店' , serviceTier: 'standard' });
    const op = await createUser(database.db, { role: 'operator', merchantId: m.id });
    const home = await (await as(op)).home.operator();
    expect(home.merchant).toMatchObject({ id: m.id, name: '新店', serviceTier: 'standard' });
    expect(home.calendar.length).toBeGreaterThan(0);
    expect(home.calendar.every((w) => w.standing === 'none' && w.applications.length === 0)).toBe(true);
    // The next dates first, by deadline: SS 2027 (deadline 2027-01-20) is the first still open on 2026-12-01.
    expect(home.calendar[0]).toMatchObject({ kind: 'ss_launch', year: 2027, submissionDeadline: '2027-01-20', daysToDeadline: 50 });
    expect(home).toMatchObject({ byState: [], waiting: [], waitingTotal: 0, perks: { active: null, scheduled: null, drafts: 0 } });
    expect(home.service).toMatchObject({ tier: 'standard', trend: [], trafficWeight: 0, nextTier: 'silver', nextTrafficWeight: 8 });
  });

  it('shows what the merchant has for each date, its applications by state, and nothing of another merchant', async () => {
    const op = await as(world.operators.apparel);
    const draft = await op.launches.create(content({ title: '我的草稿' }));
    const sent = await op.launches.create(content({ title: '已提交的' }));
    await op.launches.submit({ id: sent.id, version: 1 });
    // Another merchant of the same vertical, and another vertical, apply for the same window.
    const other = await as(world.operators.beauty);
    await other.launches.create(content({ title: '别家的' }));

    const home = await op.home.operator();
    const ss = home.calendar.find((w) => w.kind === 'ss_launch' && w.year === 2027)!;
    expect(ss.standing).toBe('submitted');
    expect(ss.applications.map((a) => a.title).sort()).toEqual(['已提交的', '我的草稿']);
    expect(Object.fromEntries(home.byState.map((s) => [s.state, s.count]))).toEqual({ draft: 1, submitted: 1 });
    expect(JSON.stringify(home)).not.toContain('别家的');
    // 50 days before the deadline the draft does not wait yet.
    expect(home.waiting.map((w) => w.id)).not.toContain(draft.id);

    const beauty = await other.home.operator();
    const ssBeauty = beauty.calendar.find((w) => w.kind === 'ss_launch' && w.year === 2027)!;
    expect(ssBeauty).toMatchObject({ standing: 'draft' });
    expect(ssBeauty.applications.map((a) => a.title)).toEqual(['别家的']);
  });

  it('puts what was sent back first, then drafts within 14 days of their deadline', async () => {
    const op = await as(world.operators.electronics);
    const draft = await op.launches.create(content({ title: '快到期的草稿' }));
    const sent = await op.launches.create(content({ title: '被退回的' }));
    const submitted = await op.launches.submit({ id: sent.id, version: 1 });
    const mgr = await as(world.managers.tech);
    const claimed = await mgr.review.claim({ id: sent.id, version: submitted.version });
    await mgr.review.requestChanges({ id: sent.id, version: claimed.version, comment: '请补充故事' });

    // 2027-01-06: 14 days before the SS deadline (2027-01-20): the draft waits. On 01-05 it did not.
    const before = await (await as(world.operators.electronics, new TestClock('2027-01-04T16:00:00Z'))).home.operator();
    expect(before.waiting.map((w) => w.title)).toEqual(['被退回的']);
    const on = await (await as(world.operators.electronics, new TestClock('2027-01-05T16:00:00Z'))).home.operator();
    expect(on.waiting.map((w) => [w.title, w.reason, w.deadline])).toEqual([
      ['被退回的', 'changes_requested', '2027-01-20'],
      ['快到期的草稿', 'draft_near_deadline', '2027-01-20'],
    ]);
    expect(on.waitingTotal).toBe(2);
    expect(on.waiting[1]!.id).toBe(draft.id);
  });

  it('the tier trend is the merchant’s own weekly evaluations, oldest first, with its traffic reward', async () => {
    const [mine, theirs] = world.merchants.fmcg;
    const figures = { conversations: 0, coverage: null, rate30s: null, satisfaction: null, resolved24h: null, disputeRate: null } as never;
    await database.db.insert(serviceTierEvaluations).values([
      { merchantId: mine.id, weekStart: '2026-11-16', tier: 'silver', standardsVersion: 1, figures, evaluatedAt: clock.now() },
      { merchantId: mine.id, weekStart: '2026-11-23', tier: 'gold', standardsVersion: 1, figures, evaluatedAt: clock.now() },
      { merchantId: theirs.id, weekStart: '2026-11-23', tier: 'below', standardsVersion: 1, figures, evaluatedAt: clock.now() },
    ]);
    const home = await (await as(world.operators.fmcg)).home.operator();
    expect(home.service).toMatchObject({ tier: 'gold', trend: [{ weekStart: '2026-11-16', tier: 'silver' }, { weekStart: '2026-11-23', tier: 'gold' }], trafficWeight: 15, nextTier: null, nextTrafficWeight: null });
  });

  it('the active member programme, and a draft counted', async () => {
    const op = await as(world.operators.home);
    const draft = await op.perks.createDraft({});
    await op.perks.publish({ id: draft.id, revision: 1, effectiveFrom: '2026-12-01' });
    await op.perks.createDraft({});
    const home = await op.home.operator();
    expect(home.perks).toMatchObject({ active: { id: draft.id, number: 1, effectiveFrom: '2026-12-01' }, scheduled: null, drafts: 1 });
    expect((await (await as(world.operators.beauty)).home.operator()).perks.active).toBeNull();
  });

  it('is the operator’s alone: a manager and an admin are refused', async () => {
    for (const user of [world.managers.all, world.admin]) expect((await trpcError((await as(user)).home.operator())).code).toBe('FORBIDDEN');
  });
});

describe('manager home', () => {
  it('counts the queue of their verticals only, with what is overdue, and their own decisions of 7 days', async () => {
    const opA = await as(world.operators.beauty); // fashion's vertical
    const a = await opA.launches.create(content({ title: '美妆 A' }));
    const sa = await opA.launches.submit({ id: a.id, version: 1 });
    const b = await opA.launches.create(content({ title: '美妆 B' }));
    await opA.launches.submit({ id: b.id, version: 1 });
    const opH = await as(world.operators.home); // tech's vertical
    const h = await opH.launches.create(content({ title: '家居 H' }));
    await opH.launches.submit({ id: h.id, version: 1 });

    const fashion = await as(world.managers.fashion);
    const before = await fashion.home.manager();
    const claimed = await fashion.review.claim({ id: a.id, version: sa.version });
    await fashion.review.approve({ id: a.id, version: claimed.version });

    // Five business days later everything still pending is overdue.
    const later = new TestClock('2026-12-08T02:00:00Z');
    const home = await (await as(world.managers.fashion, later)).home.manager();
    expect(home.verticals).toEqual(['apparel', 'beauty']);
    const states = Object.fromEntries(home.queue.byState.map((s) => [s.state, s.count]));
    // Pending first, in the workflow's order (the approved launch is scheduled at once).
    expect(home.queue.byState.map((s) => s.state)).toEqual(['submitted', 'scheduled']);
    expect(states.submitted).toBe((before.queue.byState.find((s) => s.state === 'submitted')?.count ?? 0) - 1);
    expect(home.queue.overdue).toBe(home.queue.pending);
    expect(home.queue.pending).toBeGreaterThan(0);
    expect(home.decisions.counts).toEqual([{ action: 'approve', count: 1 }]);
    expect(home.decisions.recent.map((d) => d.title)).toEqual(['美妆 A']);
    expect(JSON.stringify(home)).not.toContain('家居 H');
    expect(home.tiers.every((t) => t.vertical === 'apparel' || t.vertical === 'beauty')).toBe(true);
    expect(home.tiers.reduce((s, t) => s + t.count, 0)).toBe(4);

    // Eight days after the decision it has left the 7-day card.
    const week = await (await as(world.managers.fashion, new TestClock('2026-12-09T02:00:01Z'))).home.manager();
    expect(week.decisions.recent).toEqual([]);

    const tech = await (await as(world.managers.tech)).home.manager();
    // Only their own decision (the changes they asked of electronics above), none of fashion's.
    expect(tech.decisions.counts).toEqual([{ action: 'request_changes', count: 1 }]);
    expect(tech.decisions.recent.map((d) => d.title)).toEqual(['被退回的']);
    expect(tech.tiers.every((t) => ['electronics', 'fmcg', 'home'].includes(t.vertical))).toBe(true);
    expect(JSON.stringify(tech)).not.toContain('美妆');
  });

  it('a manager with no verticals, an operator and an admin are refused', async () => {
    const none = await createUser(database.db, { role: 'manager', verticals: [] });
    for (const user of [none, world.operators.apparel, world.admin]) expect((await trpcError((await as(user)).home.manager())).code).toBe('FORBIDDEN');
  });
});

describe('admin home', () => {
  it('the calendar’s next windows, users by role as stored, the latest changes first', async () => {
    const admin = await as(world.admin);
    await admin.users.setRole({ userId: world.operators.fmcg.id, role: 'manager', verticals: ['fmcg'] });
    const home = await admin.home.admin();
    expect(home.windows.length).toBeGreaterThan(0);
    expect(home.windows.every((w) => w.endsOn >= '2026-12-01' && w.kind !== 'brand_day_blackout')).toBe(true);
    expect(home.windows.map((w) => w.startsOn)).toEqual([...home.windows.map((w) => w.startsOn)].sort());
    const roles = Object.fromEntries(home.usersByRole.map((r) => [r.role, r.count]));
    const all = await admin.users.list({ pageSize: 100 });
    for (const role of ['operator', 'manager', 'admin'] as const) expect(roles[role] ?? 0).toBe(all.items.filter((u) => u.role === role).length);
    expect(home.recentAudit[0]).toMatchObject({ entityType: 'user', entityId: world.operators.fmcg.id, action: 'setRole', actor: { id: world.admin.id } });
  });

  it('is the admin’s alone', async () => {
    for (const user of [world.operators.apparel, world.managers.all]) expect((await trpcError((await as(user)).home.admin())).code).toBe('FORBIDDEN');
  });
});
