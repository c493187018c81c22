import type { BrandDayContent, PromotionContent, PromoSku } from '@console/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/table';
import { users } from '../auth/table';
import { seedCalendar } from '../calendar/seed';
import { sqlStateOf } from '../trpc';
import { applications } from '../review/table';
import {
  callerFor,
  createMerchant,
  createTestDatabase,
  createUser,
  fieldErrorsOf,
  seedWorld,
  TestClock,
  trpcError,
  type TestDatabase,
  type World,
} from '../test/harness';
import { brandDays } from './table';

let database: TestDatabase;
let world: World;
// Tuesday 2026-12-01 10:00 in China: Brand Days may be asked for from 2026-12-31 to 2027-12-01.
const clock = new TestClock('2026-12-01T02:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  await seedCalendar(database.db);
});
afterAll(() => database.close());

const as = async (user: { id: string } | null, c = clock) => (await callerFor(database, user, { clock: c })).caller;
const brandDay = (over: Partial<BrandDayContent> = {}): BrandDayContent => ({
  date: '2027-03-08',
  theme: '女王节品牌日',
  proposal: '全店春装首发，直播间专场',
  gmvTarget: 5_000_000_00,
  discountDepth: 20,
  resources: ['homepage_banner', 'livestream_slot'],
  heroSkus: [{ code: 'H-001', name: '真丝衬衫', price: 59900 }],
  ...over,
});
const promoSku = (i: number, over: Partial<PromoSku> = {}): PromoSku => ({ code: `D11-${i}`, name: `羽绒服 ${i}`, festivalPrice: 49900, referencePrice: 99900, stock: 100, ...over });
const registration = (over: Partial<PromotionContent> = {}): PromotionContent => ({
  festival: 'double11',
  year: 2027,
  title: '2027 双十一 全店五折',
  mode: 'store_wide',
  phases: ['presale', 'official'],
  global: false,
  targetMarkets: [],
  skus: [promoSku(1), promoSku(2)],
  ...over,
});

/** An operator's Brand Day, submitted now. */
async function submittedBrandDay(user: { id: string }, over: Partial<BrandDayContent> = {}) {
  const op = await as(user);
  const draft = await op.campaigns.createBrandDay(brandDay(over));
  return op.campaigns.submit({ id: draft.id, version: draft.version });
}

/** An operator of a new, eligible merchant of a vertical. */
async function newOperator(vertical: 'apparel' | 'beauty' = 'apparel', over: Parameters<typeof createMerchant>[1] = {}) {
  const m = await createMerchant(database.db, { vertical, ...over });
  return { merchant: m, user: await createUser(database.db, { role: 'operator', merchantId: m.id }) };
}

describe('eligibility, before any form and at submission', () => {
  it('shows the operator each criterion with value and threshold', async () => {
    const op = await as(world.operators.apparel);
    const e = await op.campaigns.brandDayEligibility({ date: '2027-03-08' });
    expect(e.eligible).toBe(true);
    expect(e.criteria.find((c) => c.criterion === 'dsrService')).toEqual({ criterion: 'dsrService', value: '4.80', threshold: '4.70', pass: true, improve: null });
    const p = await op.campaigns.promotionEligibility({ festival: 'double11', year: 2027 });
    expect(p.criteria.find((c) => c.criterion === 'deadline')).toMatchObject({ value: '2026-12-01', threshold: '2027-10-10', pass: true });
  });

  it('refuses an ineligible merchant’s Brand Day with the failing criteria, and leaves it a draft', async () => {
    const { user } = await newOperator('apparel', { dsrService: 469, violationPoints: 6, serviceTier: 'standard' });
    const op = await as(user);
    expect((await op.campaigns.brandDayEligibility({ date: null })).eligible).toBe(false);
    const draft = await op.campaigns.createBrandDay(brandDay({ date: '2027-04-01' }));
    const e = await trpcError(op.campaigns.submit({ id: draft.id, version: draft.version }));
    expect([e.code, e.message]).toEqual(['BAD_REQUEST', 'campaigns.notEligible']);
    expect(fieldErrorsOf(e)).toEqual({
      'eligibility.dsrService': ['campaigns.improve.dsrService'],
      'eligibility.violationPoints': ['campaigns.improve.violationPoints'],
      'eligibility.serviceTier': ['campaigns.improve.serviceTier'],
    });
    expect((await op.campaigns.byId({ id: draft.id })).state).toBe('draft');
  });

  it('applies the 30-day lead and the 90-day rule on submission', async () => {
    const { user } = await newOperator('beauty');
    const op = await as(user);
    const soon = await op.campaigns.createBrandDay(brandDay({ date: '2026-12-30' }));
    expect(fieldErrorsOf(await trpcError(op.campaigns.submit({ id: soon.id, version: 1 })))).toMatchObject({
      date: ['campaigns.dateTooSoon'],
      'eligibility.leadTime': ['campaigns.improve.leadTime'],
    });
    // An approved Brand Day on 2027-05-01: 89 days later is refused, 90 days later is fine.
    const first = await submittedBrandDay(user, { date: '2027-05-01' });
    const mgr = await as(world.managers.fashion);
    const c = await mgr.review.claim({ id: first.id, version: first.version });
    await mgr.review.approve({ id: first.id, version: c.version });
    const near = await op.campaigns.createBrandDay(brandDay({ date: '2027-07-29' }));
    expect(fieldErrorsOf(await trpcError(op.campaigns.submit({ id: near.id, version: 1 })))).toEqual({ 'eligibility.brandDayGap': ['campaigns.improve.brandDayGap'] });
    const far = await op.campaigns.createBrandDay(brandDay({ date: '2027-07-30' }));
    expect((await op.campaigns.submit({ id: far.id, version: 1 })).state).toBe('submitted');
  });
});

describe('one submit path with launches: who is told, who keeps a resubmission', () => {
  const unread = async (user: { id: string }, id: string) =>
    (await (await as(user)).notifications.list({ unreadOnly: true })).items.filter((n) => n.entityId === id).map((n) => n.key);

  it('a Brand Day submission reaches the managers of its vertical only; its resubmission stays with the reviewer who sent it back', async () => {
    const { user } = await newOperator('beauty');
    const bd = await submittedBrandDay(user, { date: '2027-06-06' });
    expect(await unread(world.managers.fashion, bd.id)).toEqual(['notifications.application.submitted']);
    expect(await unread(world.managers.all, bd.id)).toEqual(['notifications.application.submitted']);
    expect(await unread(world.managers.tech, bd.id)).toEqual([]);

    const mgr = await as(world.managers.fashion);
    const c = await mgr.review.claim({ id: bd.id, version: bd.version });
    await mgr.review.requestChanges({ id: bd.id, version: c.version, comment: '请补充直播方案', fieldComments: { proposal: '直播时段？' } });
    const op = await as(user);
    const seen = await op.campaigns.byId({ id: bd.id });
    const re = await op.campaigns.resubmit({ id: bd.id, version: seen.version });
    expect(re).toMatchObject({ state: 'in_review', submissionCount: 2, claimedBy: { id: world.managers.fashion.id } });
    expect(await unread(world.managers.fashion, bd.id)).toEqual(['notifications.application.resubmittedToYou', 'notifications.application.submitted']);
    expect(await unread(world.managers.all, bd.id)).toEqual(['notifications.application.submitted']);
    const timeline = await op.review.timeline({ id: bd.id });
    expect(timeline.at(-1)).toMatchObject({ action: 'claim', toState: 'in_review', actor: { id: world.managers.fashion.id }, reason: 'review.keptWithReviewer' });
  });

  it('a promotion resubmitted after its reviewer left the vertical goes back to the open queue, every manager of it told', async () => {
    const { user } = await newOperator('apparel');
    const op = await as(user);
    const draft = await op.campaigns.createPromotion(registration({ mode: 'selected_items', title: '2027 双十一 精选' }));
    const p = await op.campaigns.submit({ id: draft.id, version: draft.version });
    expect(await unread(world.managers.fashion, p.id)).toEqual(['notifications.application.submitted']);
    expect(await unread(world.managers.tech, p.id)).toEqual([]);
    const reviewer = await createUser(database.db, { role: 'manager', verticals: ['apparel'] });
    const mgr = await as(reviewer);
    const c = await mgr.review.claim({ id: p.id, version: p.version });
    await mgr.review.requestChanges({ id: p.id, version: c.version, comment: '请核对参考价', fieldComments: {} });
    await database.db.update(users).set({ verticals: ['home'] }).where(eq(users.id, reviewer.id));
    const seen = await op.campaigns.byId({ id: p.id });
    const re = await op.campaigns.resubmit({ id: p.id, version: seen.version });
    expect(re).toMatchObject({ state: 'submitted', claimedBy: null });
    expect(await unread(world.managers.fashion, p.id)).toEqual(['notifications.application.resubmitted', 'notifications.application.submitted']);
    expect(await unread(reviewer, p.id)).toEqual([]);
    expect(await unread(world.managers.tech, p.id)).toEqual([]);
  });

  it('a declined Brand Day (the system decided) is resubmitted to the open queue', async () => {
    const a = await newOperator('apparel');
    const b = await newOperator('apparel');
    const first = await submittedBrandDay(a.user, { date: '2027-04-17' });
    const second = await submittedBrandDay(b.user, { date: '2027-04-17' });
    const mgr = await as(world.managers.fashion);
    await mgr.review.approve({ id: first.id, version: (await mgr.review.claim({ id: first.id, version: first.version })).version });
    const opB = await as(b.user);
    const declined = await opB.campaigns.byId({ id: second.id });
    const moved = await opB.campaigns.updateBrandDay({ id: second.id, version: declined.version, ...brandDay({ date: declined.lastDecision?.suggestedDates?.[0] ?? '' }) });
    const re = await opB.campaigns.resubmit({ id: second.id, version: moved.version });
    expect(re).toMatchObject({ state: 'submitted', claimedBy: null });
    expect(await unread(world.managers.fashion, second.id)).toEqual(['notifications.application.resubmitted', 'notifications.application.submitted']);
  });
});

describe('the review queue shows each kind’s own columns, from the kind registry', () => {
  it('a Brand Day its date, a registration its festival and mode; only in the manager’s verticals', async () => {
    const { user } = await newOperator('beauty');
    const bd = await submittedBrandDay(user, { date: '2027-06-16', theme: '列表列品牌日' });
    const op = await as(user);
    const draft = await op.campaigns.createPromotion(registration({ title: '列表列 双十一', mode: 'selected_items' }));
    const pr = await op.campaigns.submit({ id: draft.id, version: draft.version });
    const mgr = await as(world.managers.fashion);
    const page = await mgr.review.queue({ page: 1, pageSize: 100, filters: { merchantId: bd.merchantId } });
    const byId = new Map(page.items.map((i) => [i.id, i]));
    expect(byId.get(bd.id)?.details).toEqual({ date: '2027-06-16' });
    expect(byId.get(pr.id)?.details).toEqual({ festival: 'double11', year: 2027, mode: 'selected_items', skuCount: 2 });
    // Another vertical's manager does not see them, details or not.
    const tech = await as(world.managers.tech);
    expect((await tech.review.queue({ page: 1, pageSize: 100, filters: { merchantId: bd.merchantId } })).items).toEqual([]);
  });
});

describe('Brand Day: one approved per date', () => {
  it('approving one declines the others for the date with three free dates; the declined one moves and resubmits', async () => {
    const a = await newOperator('apparel');
    const b = await newOperator('beauty');
    const date = '2027-05-20';
    // Someone already holds the day before; the decline must not offer it.
    const holder = await newOperator('apparel');
    const held = await submittedBrandDay(holder.user, { date: '2027-05-19' });
    const mgr = await as(world.managers.fashion);
    await mgr.review.approve({ id: held.id, version: (await mgr.review.claim({ id: held.id, version: held.version })).version });

    const first = await submittedBrandDay(a.user, { date });
    const second = await submittedBrandDay(b.user, { date, theme: '夏日美妆节' });
    const claimed = await mgr.review.claim({ id: first.id, version: first.version });
    expect(await mgr.review.approve({ id: first.id, version: claimed.version })).toMatchObject({ state: 'approved' });

    const opB = await as(b.user);
    const declined = await opB.campaigns.byId({ id: second.id });
    expect(declined.state).toBe('declined');
    expect(declined.lastDecision).toMatchObject({ action: 'decline', reason: 'campaigns.declinedDateTaken', by: null, suggestedDates: ['2027-05-21', '2027-05-18', '2027-05-22'] });
    expect(declined.allowedActions).toEqual(['withdraw', 'resubmit', 'edit']);
    const timeline = await opB.review.timeline({ id: second.id });
    expect(timeline.at(-1)).toMatchObject({ action: 'decline', fromState: 'submitted', toState: 'declined', actor: null, reason: 'campaigns.declinedDateTaken', fieldComments: { date: '2027-05-21, 2027-05-18, 2027-05-22' } });
    const inbox = await opB.notifications.list({});
    expect(inbox.items[0]).toMatchObject({ key: 'notifications.application.declined', params: expect.objectContaining({ dates: '2027-05-21, 2027-05-18, 2027-05-22' }) });

    // The decline names no merchant, and the calendar says "taken", not by whom.
    expect(JSON.stringify([declined, timeline, inbox])).not.toContain(a.merchant.id);
    const days = await opB.campaigns.availability({ from: '2027-05-18', to: '2027-05-21' });
    expect(days.days.map((d) => d.status)).toEqual(['free', 'taken', 'taken', 'free']);
    expect(JSON.stringify(days)).not.toMatch(/merchant|m_apparel/);
    const opA = await as(a.user);
    expect((await opA.campaigns.availability({ from: '2027-05-20', to: '2027-05-20' })).days[0]?.status).toBe('mine_approved');

    // Resubmitting on the taken date is refused; on an offered one it goes back to the queue.
    const stillTaken = await trpcError(opB.campaigns.resubmit({ id: second.id, version: declined.version }));
    expect(fieldErrorsOf(stillTaken)).toEqual({ date: ['campaigns.dateTaken'] });
    const moved = await opB.campaigns.updateBrandDay({ id: second.id, version: declined.version, ...brandDay({ date: '2027-05-21', theme: '夏日美妆节' }) });
    const again = await opB.campaigns.resubmit({ id: second.id, version: moved.version });
    expect(again).toMatchObject({ state: 'submitted', submissionCount: 2 });
    expect((await opB.campaigns.availability({ from: '2027-05-21', to: '2027-05-21' })).days[0]).toEqual({ date: '2027-05-21', status: 'mine_pending', pending: 1 });
    const diff = await mgr.review.diff({ id: second.id });
    expect(diff.fields).toEqual([{ path: 'date', before: date, after: '2027-05-21' }]);
    const context = await mgr.campaigns.reviewContext({ id: second.id });
    expect(context.eligibilityAtSubmission?.eligible).toBe(true);
    expect(context.eligibilityNow.eligible).toBe(true);
  });

  it('shows the reviewer the other applications for the same date, in their verticals only', async () => {
    const date = '2027-08-08';
    const x = await submittedBrandDay((await newOperator('apparel')).user, { date });
    await submittedBrandDay((await newOperator('beauty')).user, { date });
    const m = await createMerchant(database.db, { vertical: 'home' });
    await submittedBrandDay(await createUser(database.db, { role: 'operator', merchantId: m.id }), { date });
    const context = await (await as(world.managers.fashion)).campaigns.reviewContext({ id: x.id });
    expect(context.sameDate).toHaveLength(1);
    expect(context.sameDateElsewhere).toBe(1);
    expect((await trpcError((await as(world.managers.tech)).campaigns.reviewContext({ id: x.id }))).code).toBe('NOT_FOUND');
  });

  it('the database itself refuses a second approved Brand Day for a date', async () => {
    const date = '2027-09-09';
    const one = await submittedBrandDay((await newOperator('apparel')).user, { date });
    const two = await submittedBrandDay((await newOperator('beauty')).user, { date });
    await database.db.update(brandDays).set({ approved: true }).where(eq(brandDays.id, one.id));
    let error: unknown = null;
    try {
      await database.db.update(brandDays).set({ approved: true }).where(eq(brandDays.id, two.id));
    } catch (e) {
      error = e;
    }
    expect(sqlStateOf(error)).toBe('23505');
  });
});

describe('Brand Day races (PGlite and PostgreSQL)', () => {
  it('20 approvals of 20 applications for one date at once: exactly one approved, the others declined', async () => {
    const date = '2027-10-01';
    const mgr = await as(world.managers.fashion);
    const claimed = [];
    for (let i = 0; i < 20; i++) {
      const s = await submittedBrandDay((await newOperator(i % 2 ? 'apparel' : 'beauty')).user, { date, theme: `品牌日 ${i}` });
      claimed.push(await mgr.review.claim({ id: s.id, version: s.version }));
    }
    // Twenty managers' sessions, each deciding one application, all at once.
    const again = database.kind === 'postgres' ? await database.connectAgain() : database;
    const callers = await Promise.all(claimed.map((_, i) => callerFor(i % 2 ? database : again, world.managers.fashion, { clock })));
    const results = await Promise.allSettled(claimed.map((c, i) => callers[i]!.caller.review.approve({ id: c.id, version: c.version })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as { code: string }).code).toBe('CONFLICT');
    const rows = await database.db.select({ state: applications.state }).from(applications).innerJoin(brandDays, eq(brandDays.id, applications.id)).where(eq(brandDays.date, date));
    const states = rows.map((r) => r.state).sort();
    expect(states).toEqual(['approved', ...Array(19).fill('declined')]);
    expect((await database.db.select().from(brandDays).where(and(eq(brandDays.date, date), eq(brandDays.approved, true)))).length).toBe(1);
  });

  it('20 approvals of one application at once leave one decision', async () => {
    const s = await submittedBrandDay((await newOperator('apparel')).user, { date: '2027-10-02' });
    const mgr = await as(world.managers.fashion);
    const c = await mgr.review.claim({ id: s.id, version: s.version });
    const callers = await Promise.all(Array.from({ length: 20 }, () => callerFor(database, world.managers.fashion, { clock })));
    const results = await Promise.allSettled(callers.map((x) => x.caller.review.approve({ id: s.id, version: c.version })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const audit = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, s.id), eq(auditLog.action, 'approve')));
    expect(audit).toHaveLength(1);
    const [row] = await database.db.select().from(applications).where(eq(applications.id, s.id));
    expect([row?.state, row?.version]).toEqual(['approved', c.version + 1]);
  });
});

describe('618 / Double 11 registration', () => {
  it('names the store-wide rows above 50%, then takes the fixed registration', async () => {
    const op = await as(world.operators.apparel);
    const draft = await op.campaigns.createPromotion(registration({ skus: [promoSku(1), promoSku(2, { festivalPrice: 1000, referencePrice: 1999 }), promoSku(3, { festivalPrice: 999, referencePrice: 1999 })] }));
    const e = await trpcError(op.campaigns.submit({ id: draft.id, version: draft.version }));
    expect([e.message, fieldErrorsOf(e)]).toEqual(['campaigns.submitInvalid', { 'skus.1.festivalPrice': ['campaigns.aboveHalfPrice'] }]);
    const fixed = await op.campaigns.updatePromotion({ id: draft.id, version: draft.version, ...registration({ skus: [promoSku(1), promoSku(2, { festivalPrice: 999, referencePrice: 1999 })] }) });
    const submitted = await op.campaigns.submit({ id: draft.id, version: fixed.version });
    expect(submitted).toMatchObject({ kind: 'promotion', state: 'submitted' });
    const list = await op.campaigns.list({ filters: { kind: ['promotion'] } });
    expect(list.items.find((i) => i.id === draft.id)).toMatchObject({ festival: 'double11', year: 2027, skuCount: 2, date: null });
    const queue = await (await as(world.managers.fashion)).review.queue({ filters: { kind: ['promotion'] } });
    expect(queue.items.map((i) => i.id)).toContain(draft.id);
  });

  it('offers store-wide and global participation only where the rules allow', async () => {
    const op = await as(world.operators.apparel);
    // The seeded 618 has no phases yet: it is joined whole.
    const on618 = await op.campaigns.createPromotion(registration({ festival: 'mid_year_618', phases: [], global: true, targetMarkets: ['HK'] }));
    expect(fieldErrorsOf(await trpcError(op.campaigns.submit({ id: on618.id, version: 1 })))).toEqual({
      mode: ['campaigns.storeWideDouble11Only'],
      global: ['campaigns.globalNotOffered'],
    });
    const domestic = await op.campaigns.createPromotion(registration({ global: true, targetMarkets: ['HK', 'SG'] }));
    expect(fieldErrorsOf(await trpcError(op.campaigns.submit({ id: domestic.id, version: 1 })))).toEqual({ global: ['campaigns.globalCrossBorderOnly'] });
    const { user } = await newOperator('apparel', { crossBorder: true });
    const cb = await as(user);
    const global = await cb.campaigns.createPromotion(registration({ global: true, targetMarkets: ['HK', 'SG'] }));
    expect((await cb.campaigns.submit({ id: global.id, version: 1 })).state).toBe('submitted');
  });

  it('refuses a registration after the deadline day (Asia/Shanghai)', async () => {
    const lastSecond = new TestClock('2027-10-10T15:59:59Z');
    const closed = new TestClock('2027-10-10T16:00:00Z');
    const op1 = await as(world.operators.beauty, lastSecond);
    const d1 = await op1.campaigns.createPromotion(registration());
    expect((await op1.campaigns.submit({ id: d1.id, version: 1 })).state).toBe('submitted');
    const op2 = await as(world.operators.beauty, closed);
    const d2 = await op2.campaigns.createPromotion(registration());
    const e = await trpcError(op2.campaigns.submit({ id: d2.id, version: 1 }));
    expect([e.message, fieldErrorsOf(e)]).toEqual(['campaigns.notEligible', { 'eligibility.deadline': ['campaigns.improve.deadline'] }]);
  });

  it('takes up to 2,000 SKU rows and no more', async () => {
    const op = await as(world.operators.home);
    const many = Array.from({ length: 2000 }, (_, i) => promoSku(i));
    const created = await op.campaigns.createPromotion(registration({ skus: many }));
    expect(created.kind === 'promotion' && created.content.skus.length).toBe(2000);
    const e = await trpcError(op.campaigns.createPromotion(registration({ skus: [...many, promoSku(2000)] })));
    expect(e.code).toBe('BAD_REQUEST');
  });
});

describe('campaigns: tenancy and roles', () => {
  it('another merchant’s operator and another vertical’s manager get NOT_FOUND; other roles are FORBIDDEN', async () => {
    const mine = await as(world.operators.apparel);
    const draft = await mine.campaigns.createBrandDay(brandDay({ date: '2027-06-06' }));
    const other = await as(world.operators.beauty);
    for (const call of [
      () => other.campaigns.byId({ id: draft.id }),
      () => other.campaigns.updateBrandDay({ id: draft.id, version: 1, ...brandDay() }),
      () => other.campaigns.updatePromotion({ id: draft.id, version: 1, ...registration() }),
      () => other.campaigns.submit({ id: draft.id, version: 1 }),
      () => other.campaigns.resubmit({ id: draft.id, version: 1 }),
      () => other.campaigns.withdraw({ id: draft.id, version: 1 }),
      () => other.campaigns.delete({ id: draft.id, version: 1 }),
    ]) {
      expect((await trpcError(call())).code).toBe('NOT_FOUND');
    }
    expect((await other.campaigns.list({})).items.map((i) => i.id)).not.toContain(draft.id);
    const submitted = await mine.campaigns.submit({ id: draft.id, version: 1 });
    // A manager of the vertical reads it; one of another vertical does not learn it exists.
    expect((await (await as(world.managers.fashion)).campaigns.byId({ id: draft.id })).allowedActions).toEqual(['claim']);
    const tech = await as(world.managers.tech);
    expect((await trpcError(tech.campaigns.byId({ id: draft.id }))).code).toBe('NOT_FOUND');
    expect((await trpcError(tech.review.claim({ id: draft.id, version: submitted.version }))).code).toBe('NOT_FOUND');
    expect((await trpcError(tech.campaigns.reviewContext({ id: draft.id }))).code).toBe('NOT_FOUND');
    // Operator procedures refuse managers and admins; the reviewer's context refuses operators.
    for (const user of [world.managers.fashion, world.admin]) {
      const c = await as(user);
      for (const call of [
        () => c.campaigns.list({}),
        () => c.campaigns.createBrandDay(brandDay()),
        () => c.campaigns.createPromotion(registration()),
        () => c.campaigns.brandDayEligibility({ date: null }),
        () => c.campaigns.promotionEligibility({ festival: 'double11', year: 2027 }),
        () => c.campaigns.availability({ from: '2027-01-01', to: '2027-01-31' }),
      ]) {
        expect((await trpcError(call())).code).toBe('FORBIDDEN');
      }
    }
    expect((await trpcError(mine.campaigns.reviewContext({ id: draft.id }))).code).toBe('FORBIDDEN');
    expect((await trpcError((await as(world.admin)).campaigns.byId({ id: draft.id }))).code).toBe('NOT_FOUND');
    const nobody = await as(null);
    expect((await trpcError(nobody.campaigns.list({}))).code).toBe('UNAUTHORIZED');
    expect((await trpcError(nobody.campaigns.byId({ id: draft.id }))).code).toBe('UNAUTHORIZED');
  });

  it('refuses bad input per field, never a 500', async () => {
    const op = await as(world.operators.apparel);
    const e = await trpcError(op.campaigns.createBrandDay({ ...brandDay(), date: '2027-02-30', heroSkus: Array.from({ length: 21 }, (_, i) => ({ code: `H${i}`, name: 'x', price: 1 })) }));
    expect(e.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(e) ?? {}).sort()).toEqual(['date', 'heroSkus']);
    expect(fieldErrorsOf(await trpcError(op.campaigns.availability({ from: '2027-02-01', to: '2027-01-01' })))).toEqual({ to: ['campaigns.rangeReversed'] });
  });
});
