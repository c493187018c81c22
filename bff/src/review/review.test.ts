import type { LaunchContent, Sku } from '@console/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/table';
import { users } from '../auth/table';
import { seedCalendar } from '../calendar/seed';
import type { Database } from '../db/client';
import { advanceLaunchesByDate } from '../launches/repo';
import { callerFor, createTestDatabase, createUser, fieldErrorsOf, seedWorld, TestClock, trpcError, type TestUser, type World } from '../test/harness';
import { StaleVersionError } from './errors';
import { applications } from './table';

let database: Database;
let world: World;
/** A second operator of the apparel flagship: decisions notify every operator of the merchant. */
let apparelColleague: TestUser;
// Tuesday 2026-12-01 10:00 China time.
const clock = new TestClock('2026-12-01T02:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  await seedCalendar(database.db);
  apparelColleague = await createUser(database.db, { role: 'operator', merchantId: world.merchants.apparel[0].id });
});
afterAll(() => database.close());

const as = async (user: { id: string }) => (await callerFor(database, user, { clock })).caller;
const sku = (i: number, over: Partial<Sku> = {}): Sku => ({
  code: `SS27-${String(i).padStart(3, '0')}`,
  name: `针织开衫 ${i}`,
  listPrice: 89900,
  launchPrice: 79900,
  stock: 30,
  imageUrl: '',
  ...over,
});
const content = (over: Partial<LaunchContent> = {}): LaunchContent => ({
  season: 'SS',
  year: 2027,
  title: '2027 春夏 针织',
  launchDate: '2027-02-15',
  story: '轻盈针织',
  channels: ['online_store'],
  earlyAccess: null,
  skus: Array.from({ length: 6 }, (_, i) => sku(i)),
  ...over,
});

/** A submitted launch of the vertical's flagship, submitted at the clock's time. */
async function submitted(vertical: keyof World['operators'], over: Partial<LaunchContent> = {}) {
  const op = await as(world.operators[vertical]);
  const draft = await op.launches.create(content(over));
  return op.launches.submit({ id: draft.id, version: draft.version });
}

describe('review: claim and decide with the version the reviewer saw', () => {
  it('claims, then approves; a stale version gets CONFLICT with the current one', async () => {
    const l = await submitted('apparel');
    const mgr = await as(world.managers.fashion);
    const claimed = await mgr.review.claim({ id: l.id, version: l.version });
    expect(claimed).toEqual({ id: l.id, state: 'in_review', version: l.version + 1 });
    const stale = await trpcError(mgr.review.approve({ id: l.id, version: l.version }));
    expect([stale.code, stale.message]).toEqual(['CONFLICT', 'errors.staleVersion']);
    expect((stale.cause as StaleVersionError).currentVersion).toBe(claimed.version);
    const approved = await mgr.review.approve({ id: l.id, version: claimed.version });
    expect(approved).toEqual({ id: l.id, state: 'scheduled', version: claimed.version + 2 });
    const summary = await mgr.review.get({ id: l.id });
    expect(summary).toMatchObject({ state: 'scheduled', claimedBy: { id: world.managers.fashion.id }, allowedActions: [] });
    expect(summary.versions).toEqual([expect.objectContaining({ number: 1, decision: 'approve' })]);
  });

  it('lets exactly one of two concurrent decisions land; the other is told', async () => {
    const l = await submitted('beauty');
    const a = await as(world.managers.fashion);
    const b = await as(world.managers.all);
    const claimed = await a.review.claim({ id: l.id, version: l.version });
    const results = await Promise.allSettled([
      a.review.approve({ id: l.id, version: claimed.version }),
      b.review.reject({ id: l.id, version: claimed.version, reason: '图片不合规' }),
    ]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT', message: 'errors.staleVersion' });
    const decisions = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, l.id), eq(auditLog.entityType, 'application')));
    expect(decisions.filter((d) => d.action === 'approve' || d.action === 'reject')).toHaveLength(1);
    const [row] = await database.db.select().from(applications).where(eq(applications.id, l.id));
    // The winner's decision is the only one on the row: rejected (+1), or approved and scheduled at once (+2).
    expect(row?.state === 'rejected' ? [row.version, fulfilled.length] : [row?.version, row?.state]).toEqual(
      row?.state === 'rejected' ? [claimed.version + 1, 1] : [claimed.version + 2, 'scheduled'],
    );
  });

  it('also races two claims: one wins', async () => {
    const l = await submitted('apparel');
    const a = await as(world.managers.fashion);
    const b = await as(world.managers.all);
    const results = await Promise.allSettled([a.review.claim({ id: l.id, version: l.version }), b.review.claim({ id: l.id, version: l.version })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('needs a reason to reject and a comment to request changes', async () => {
    const l = await submitted('apparel');
    const mgr = await as(world.managers.fashion);
    const c = await mgr.review.claim({ id: l.id, version: l.version });
    expect(fieldErrorsOf(await trpcError(mgr.review.reject({ id: l.id, version: c.version, reason: '  ' })))).toEqual({ reason: ['review.reasonRequired'] });
    expect(fieldErrorsOf(await trpcError(mgr.review.requestChanges({ id: l.id, version: c.version, comment: '' })))).toEqual({
      comment: ['review.commentRequired'],
    });
    const r = await mgr.review.reject({ id: l.id, version: c.version, reason: '与品牌定位不符' });
    expect(r.state).toBe('rejected');
    const again = await trpcError(mgr.review.approve({ id: l.id, version: r.version }));
    expect([again.code, again.message]).toEqual(['BAD_REQUEST', 'review.transitionNotAllowed']);
  });

  it('cannot decide before claiming', async () => {
    const l = await submitted('apparel');
    const e = await trpcError((await as(world.managers.fashion)).review.approve({ id: l.id, version: l.version }));
    expect([e.code, e.message]).toEqual(['BAD_REQUEST', 'review.transitionNotAllowed']);
  });
});

describe('review: changes requested, resubmission, diff, timeline, notifications', () => {
  it('walks the whole loop and shows the reviewer what changed', async () => {
    const l = await submitted('apparel');
    const mgr = await as(world.managers.fashion);
    const op = await as(world.operators.apparel);
    const before = (await op.notifications.unreadCount()).count;
    const c = await mgr.review.claim({ id: l.id, version: l.version });
    const rc = await mgr.review.requestChanges({
      id: l.id,
      version: c.version,
      comment: '请调整上新价',
      fieldComments: { 'skus.1.launchPrice': '上新价过高', title: '标题请加品牌名' },
    });
    expect(rc.state).toBe('changes_requested');

    const seen = await op.launches.byId({ id: l.id });
    expect(seen.lastDecision).toMatchObject({ action: 'request_changes', reason: '请调整上新价', fieldComments: { 'skus.1.launchPrice': '上新价过高' } });
    expect(seen.allowedActions).toEqual(['withdraw', 'resubmit', 'edit']);

    // Both operators of the merchant are told; nobody else.
    expect((await op.notifications.unreadCount()).count).toBe(before + 1);
    const colleague = await as(apparelColleague);
    const note = (await colleague.notifications.list({})).items[0];
    expect(note).toMatchObject({ key: 'notifications.application.changesRequested', entityId: l.id, readAt: null, params: { title: '2027 春夏 针织' } });
    expect((await (await as(world.operators.beauty)).notifications.list({})).items.filter((n) => n.entityId === l.id)).toEqual([]);

    const edited = await op.launches.update({
      id: l.id,
      version: seen.version,
      ...content({ title: '云裳 2027 春夏 针织', skus: [sku(0), sku(1, { launchPrice: 69900 }), sku(2), sku(3), sku(4), sku(9)] }),
    });
    const re = await op.launches.resubmit({ id: l.id, version: edited.version });
    // It stays with the reviewer who asked for the changes: in review again, claimed in their name.
    expect(re).toMatchObject({ state: 'in_review', submissionCount: 2, claimedBy: { id: world.managers.fashion.id } });

    const d = await mgr.review.diff({ id: l.id });
    expect(d.from?.number).toBe(1);
    expect(d.to?.number).toBe(2);
    expect(d.fields).toEqual([{ path: 'title', before: '2027 春夏 针织', after: '云裳 2027 春夏 针织' }]);
    expect(d.rows[0]).toMatchObject({
      added: [{ key: 'SS27-009' }],
      removed: [{ key: 'SS27-005' }],
      changed: [{ key: 'SS27-001', changes: [{ path: 'launchPrice', before: 79900, after: 69900 }] }],
    });
    expect(await op.review.diff({ id: l.id })).toEqual(d);

    const timeline = await op.review.timeline({ id: l.id });
    expect(timeline.map((t) => [t.action, t.fromState, t.toState])).toEqual([
      ['create', null, 'draft'],
      ['submit', 'draft', 'submitted'],
      ['claim', 'submitted', 'in_review'],
      ['request_changes', 'in_review', 'changes_requested'],
      ['edit', 'changes_requested', 'changes_requested'],
      ['resubmit', 'changes_requested', 'submitted'],
      ['claim', 'submitted', 'in_review'],
    ]);
    expect(timeline[6]).toMatchObject({ actor: { id: world.managers.fashion.id, role: 'manager' }, reason: 'review.keptWithReviewer' });
    const rcEntry = timeline[3]!;
    expect(rcEntry).toMatchObject({ actor: { id: world.managers.fashion.id, role: 'manager' }, reason: '请调整上新价', fieldComments: { title: '标题请加品牌名' } });
    expect(await mgr.review.timeline({ id: l.id })).toEqual(timeline);

    // markRead touches only the caller's own notifications.
    const mine = (await op.notifications.list({ unreadOnly: true })).items.map((n) => n.id);
    expect(await colleague.notifications.markRead({ ids: mine })).toEqual({ updated: 0 });
    expect((await op.notifications.markRead({ ids: mine })).updated).toBe(mine.length);
    expect((await op.notifications.unreadCount()).count).toBe(0);
    expect((await colleague.notifications.unreadCount()).count).toBeGreaterThan(0);
    expect((await colleague.notifications.markRead({ all: true })).updated).toBeGreaterThan(0);
    expect((await colleague.notifications.unreadCount()).count).toBe(0);
  });
});

describe('review: managers are told of submissions in their verticals', () => {
  const unread = async (user: { id: string }, id: string) =>
    (await (await as(user)).notifications.list({ unreadOnly: true })).items.filter((n) => n.entityId === id).map((n) => n.key);

  it('a decision’s notification names the reviewer in both languages (their Chinese and English names)', async () => {
    const reviewer = await createUser(database.db, { role: 'manager', verticals: ['apparel'], displayName: '林小二' });
    await database.db.update(users).set({ displayNameEn: 'Lin Xiaoer' }).where(eq(users.id, reviewer.id));
    const l = await submitted('apparel');
    const mgr = await as(reviewer);
    const c = await mgr.review.claim({ id: l.id, version: l.version });
    await mgr.review.requestChanges({ id: l.id, version: c.version, comment: '请补充故事', fieldComments: {} });
    const told = async () => (await (await as(world.operators.apparel)).notifications.list({ pageSize: 100 })).items.filter((n) => n.entityId === l.id);
    expect((await told()).map((n) => [n.key, n.params.by, n.params.byEn])).toEqual([['notifications.application.changesRequested', '林小二', 'Lin Xiaoer']]);
  });

  it('a new submission reaches every manager of the vertical and no other; a resubmission only its reviewer', async () => {
    const l = await submitted('beauty');
    expect(await unread(world.managers.fashion, l.id)).toEqual(['notifications.application.submitted']);
    expect(await unread(world.managers.all, l.id)).toEqual(['notifications.application.submitted']);
    expect(await unread(world.managers.tech, l.id)).toEqual([]);
    expect(await unread(world.operators.beauty, l.id)).toEqual([]);

    const mgr = await as(world.managers.all);
    const c = await mgr.review.claim({ id: l.id, version: l.version });
    await mgr.review.requestChanges({ id: l.id, version: c.version, comment: '请补充故事', fieldComments: {} });
    const op = await as(world.operators.beauty);
    const seen = await op.launches.byId({ id: l.id });
    const re = await op.launches.resubmit({ id: l.id, version: seen.version });
    expect(re).toMatchObject({ state: 'in_review', claimedBy: { id: world.managers.all.id } });
    expect(await unread(world.managers.all, l.id)).toEqual(['notifications.application.resubmittedToYou', 'notifications.application.submitted']);
    expect(await unread(world.managers.fashion, l.id)).toEqual(['notifications.application.submitted']);
  });

  it('a reviewer who no longer looks after the vertical does not keep it: back in the open queue, every manager told', async () => {
    const l = await submitted('fmcg');
    const reviewer = await createUser(database.db, { role: 'manager', verticals: ['fmcg'] });
    const mgr = await as(reviewer);
    const c = await mgr.review.claim({ id: l.id, version: l.version });
    await mgr.review.requestChanges({ id: l.id, version: c.version, comment: '请补充故事', fieldComments: {} });
    await database.db.update(users).set({ verticals: ['home'] }).where(eq(users.id, reviewer.id));
    const op = await as(world.operators.fmcg);
    const seen = await op.launches.byId({ id: l.id });
    const re = await op.launches.resubmit({ id: l.id, version: seen.version });
    expect(re).toMatchObject({ state: 'submitted', claimedBy: null });
    expect(await unread(world.managers.tech, l.id)).toEqual(['notifications.application.resubmitted', 'notifications.application.submitted']);
    // Created after the submission, moved away before the resubmission: told of neither.
    expect(await unread(reviewer, l.id)).toEqual([]);
  });
});

describe('review: the queue’s kind columns', () => {
  it('a launch shows its launch date, season and year (from the kind registry)', async () => {
    const l = await submitted('home', { launchDate: '2027-03-03' });
    const page = await (await as(world.managers.tech)).review.queue({ page: 1, pageSize: 100, filters: { kind: ['launch'], merchantId: l.merchantId } });
    expect(page.items.find((i) => i.id === l.id)?.details).toEqual({ date: '2027-03-03', season: 'SS', year: 2027 });
  });
});

describe('review: tenancy of every procedure, both ways', () => {
  it("answers NOT_FOUND to another vertical's manager and another merchant's operator", async () => {
    const l = await submitted('electronics');
    const foreign = await as(world.managers.fashion);
    const foreignOp = await as(world.operators.home);
    for (const call of [
      () => foreign.review.get({ id: l.id }),
      () => foreign.review.timeline({ id: l.id }),
      () => foreign.review.diff({ id: l.id }),
      () => foreign.review.claim({ id: l.id, version: l.version }),
      () => foreign.review.approve({ id: l.id, version: l.version }),
      () => foreign.review.reject({ id: l.id, version: l.version, reason: 'x' }),
      () => foreign.review.requestChanges({ id: l.id, version: l.version, comment: 'x' }),
      () => foreignOp.review.get({ id: l.id }),
      () => foreignOp.review.timeline({ id: l.id }),
      () => foreignOp.review.diff({ id: l.id }),
    ]) {
      expect((await trpcError(call())).code).toBe('NOT_FOUND');
    }
    const own = await as(world.managers.tech);
    expect((await own.review.get({ id: l.id })).allowedActions).toEqual(['claim']);
    expect((await (await as(world.operators.electronics)).review.get({ id: l.id })).allowedActions).toEqual(['withdraw']);
    // Operators never decide.
    const op = await as(world.operators.electronics);
    expect((await trpcError(op.review.claim({ id: l.id, version: l.version }))).code).toBe('FORBIDDEN');
    expect((await trpcError(op.review.queue({}))).code).toBe('FORBIDDEN');
  });
});

describe('review: the queue', () => {
  it('shows only the manager’s verticals, pending, oldest first, overdue flagged after 3 business days', async () => {
    const db = (await createTestDatabase());
    try {
      const w = await seedWorld(db.db);
      await seedCalendar(db.db);
      const t = new TestClock('2026-11-27T02:00:00Z'); // Friday 10:00
      const opA = (await callerFor(db, w.operators.apparel, { clock: t })).caller;
      const make = async (title: string) => {
        const d = await opA.launches.create(content({ title }));
        return opA.launches.submit({ id: d.id, version: 1 });
      };
      const friday = await make('周五提交');
      t.set('2026-11-30T02:00:00Z'); // Monday 10:00
      const opA2 = (await callerFor(db, w.operators.apparel, { clock: t })).caller;
      const mondayDraft = await opA2.launches.create(content({ title: '周一提交' }));
      const monday = await opA2.launches.submit({ id: mondayDraft.id, version: 1 });
      await opA2.launches.create(content({ title: '草稿不给小二看' }));
      const opE = (await callerFor(db, w.operators.electronics, { clock: t })).caller;
      const e = await opE.launches.create(content({ title: '3C 新品' }));
      await opE.launches.submit({ id: e.id, version: 1 });

      t.set('2026-12-02T02:00:01Z'); // Wednesday 10:00:01: the Friday one has waited 3 business days and a second
      const mgr = (await callerFor(db, w.managers.fashion, { clock: t })).caller;
      const q = await mgr.review.queue({});
      expect(q.total).toBe(2);
      expect(q.items.map((i) => [i.title, i.overdue])).toEqual([
        ['周五提交', true],
        ['周一提交', false],
      ]);
      expect(q.items[0]).toMatchObject({ merchantName: 'apparel flagship', vertical: 'apparel', kind: 'launch', businessDaysWaiting: 3 });
      expect((await mgr.review.queue({ filters: { overdue: true } })).items.map((i) => i.id)).toEqual([friday.id]);
      expect((await mgr.review.queue({ filters: { overdue: false } })).items.map((i) => i.id)).toEqual([monday.id]);
      expect((await mgr.review.queue({ pageSize: 1, page: 2 })).items.map((i) => i.id)).toEqual([monday.id]);
      expect((await mgr.review.queue({ sort: { field: 'submittedAt', order: 'desc' } })).items[0]?.id).toBe(monday.id);
      expect((await mgr.review.queue({ filters: { submittedFrom: '2026-11-29T00:00:00Z' } })).items.map((i) => i.id)).toEqual([monday.id]);
      expect((await mgr.review.queue({ filters: { submittedTo: '2026-11-29T00:00:00Z' } })).items.map((i) => i.id)).toEqual([friday.id]);
      expect((await mgr.review.queue({ filters: { merchantId: w.merchants.apparel[1].id } })).total).toBe(0);
      expect((await mgr.review.queue({ filters: { vertical: ['beauty'] } })).total).toBe(0);
      // Asking for a vertical outside one's own, or for drafts, returns nothing rather than leaking.
      expect((await mgr.review.queue({ filters: { vertical: ['electronics'] } })).total).toBe(0);
      expect((await mgr.review.queue({ filters: { state: ['draft'] } })).total).toBe(0);
      expect((await mgr.review.queue({ filters: { q: '周一' } })).items.map((i) => i.id)).toEqual([monday.id]);

      const c = await mgr.review.claim({ id: friday.id, version: friday.version });
      expect((await mgr.review.queue({ filters: { claimedByMe: true } })).items.map((i) => [i.id, i.state, i.overdue])).toEqual([[friday.id, 'in_review', true]]);
      await mgr.review.approve({ id: friday.id, version: c.version });
      expect((await mgr.review.queue({})).items.map((i) => i.id)).toEqual([monday.id]);
      expect((await mgr.review.queue({ filters: { state: ['approved', 'scheduled'] } })).items.map((i) => [i.id, i.state, i.overdue])).toEqual([
        [friday.id, 'scheduled', false],
      ]);
      const tech = (await callerFor(db, w.managers.tech, { clock: t })).caller;
      expect((await tech.review.queue({})).items.map((i) => i.title)).toEqual(['3C 新品']);
    } finally {
      await db.close();
    }
  });
});

describe('launches move by date once approved', () => {
  it('scheduled → live on the launch date → ended 30 days later, each step audited', async () => {
    const l = await submitted('home', { launchDate: '2027-02-15' });
    const mgr = await as(world.managers.tech);
    const c = await mgr.review.claim({ id: l.id, version: l.version });
    await mgr.review.approve({ id: l.id, version: c.version });
    const at = (iso: string) => advanceLaunchesByDate(database.db, new Date(iso));
    await at('2026-12-02T00:00:00Z');
    const state = async () => (await database.db.select().from(applications).where(eq(applications.id, l.id)))[0]?.state;
    expect(await state()).toBe('scheduled');
    await at('2027-02-14T15:59:59Z'); // 23:59:59 on the 14th in China
    expect(await state()).toBe('scheduled');
    await at('2027-02-14T16:00:00Z'); // midnight: the 15th
    expect(await state()).toBe('live');
    await at('2027-03-16T16:00:00Z'); // 2027-03-17: 30 days after
    expect(await state()).toBe('ended');
    const steps = (await (await as(world.operators.home)).review.timeline({ id: l.id })).filter((t) => t.actor === null);
    expect(steps.map((s) => [s.action, s.toState])).toEqual([
      ['schedule', 'scheduled'],
      ['go_live', 'live'],
      ['end', 'ended'],
    ]);
  });
});
