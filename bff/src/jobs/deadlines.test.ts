import type { PromotionContent } from '@console/shared';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/table';
import { seedCalendar } from '../calendar/seed';
import type { MerchantRow } from '../merchants/table';
import { notifications } from '../notifications/table';
import { callerFor, createMerchant, createTestDatabase, createUser, TestClock, type TestDatabase, type TestUser } from '../test/harness';
import { deadlinesDue, merchantsToRemind, remindDeadline } from './deadlines';

// Registrations are made on Tuesday 2026-12-01; the Double 11 2027 registration deadline is 2027-10-10.
const clock = new TestClock('2026-12-01T02:00:00Z');
const reminderDay = '2027-10-07';
const reminderAt = new Date('2027-10-07T01:00:00Z'); // 09:00 in China, 3 days before
let database: TestDatabase;
type Cast = 'fresh' | 'draft' | 'submitted' | 'withdrawn' | 'only618' | 'violations' | 'belowTier' | 'lowDsr';
const cast = {} as Record<Cast, { merchant: MerchantRow; operator: TestUser }>;

const registration = (over: Partial<PromotionContent> = {}): PromotionContent => ({
  festival: 'double11',
  year: 2027,
  title: '2027 双十一 精选',
  mode: 'selected_items',
  phases: ['presale', 'official'],
  global: false,
  targetMarkets: [],
  skus: [{ code: 'D11-1', name: '羽绒服', festivalPrice: 49900, referencePrice: 99900, stock: 100 }],
  ...over,
});

beforeAll(async () => {
  database = await createTestDatabase();
  await seedCalendar(database.db, [2027], clock.now());
  const standings: Record<Cast, Parameters<typeof createMerchant>[1]> = {
    fresh: {},
    draft: {},
    submitted: {},
    withdrawn: {},
    only618: {},
    violations: { violationPoints: 12 },
    belowTier: { serviceTier: 'below' },
    lowDsr: { dsrLogistics: 459 },
  };
  for (const [name, over] of Object.entries(standings) as [Cast, Parameters<typeof createMerchant>[1]][]) {
    const merchant = await createMerchant(database.db, { vertical: 'apparel', name, ...over });
    cast[name] = { merchant, operator: await createUser(database.db, { role: 'operator', merchantId: merchant.id }) };
  }
  const as = async (who: Cast) => (await callerFor(database, cast[who].operator, { clock })).caller;
  await (await as('draft')).campaigns.createPromotion(registration());
  const submitter = await as('submitted');
  const s = await submitter.campaigns.createPromotion(registration());
  await submitter.campaigns.submit({ id: s.id, version: s.version });
  const withdrawer = await as('withdrawn');
  const w = await withdrawer.campaigns.createPromotion(registration());
  const sent = await withdrawer.campaigns.submit({ id: w.id, version: w.version });
  expect(await withdrawer.campaigns.withdraw({ id: sent.id, version: sent.version })).toMatchObject({ state: 'withdrawn' });
  const other = await as('only618');
  const o = await other.campaigns.createPromotion(registration({ festival: 'mid_year_618', phases: [], title: '2027 618' }));
  await other.campaigns.submit({ id: o.id, version: o.version });
});
afterAll(() => database.close());

const deadlineNotes = async (user: { id: string }) =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, user.id), eq(notifications.kind, 'deadline'))))[0]!.n;

describe('deadline reminders go only to merchants still able to act', () => {
  it('3 days before the Double 11 deadline: nothing, a draft, a withdrawn one or another festival’s registration is reminded; a submitted or ineligible merchant is not', async () => {
    const due = await deadlinesDue(database.db, reminderDay);
    const d11 = due.find((d) => d.deadline.kind === 'double11');
    expect(d11).toMatchObject({ days: 3, deadline: { deadline: '2027-10-10', year: 2027, endsOn: '2027-11-11' } });
    const expected = (['fresh', 'draft', 'withdrawn', 'only618'] as const).map((c) => cast[c].merchant.id).sort();
    expect(await merchantsToRemind(database.db, d11!.deadline, reminderAt)).toEqual(expected);

    expect(await remindDeadline(database.db, d11!.deadline, 3, reminderDay, reminderAt)).toBe(4);
    for (const c of ['fresh', 'draft', 'withdrawn', 'only618'] as const) expect(await deadlineNotes(cast[c].operator), c).toBe(1);
    for (const c of ['submitted', 'violations', 'belowTier', 'lowDsr'] as const) expect(await deadlineNotes(cast[c].operator), c).toBe(0);
    const [audit] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, d11!.deadline.windowId), eq(auditLog.action, 'deadline_reminder')));
    expect(audit!.after).toMatchObject({ merchantsReminded: 4, daysLeft: 3 });
  });

  it('a launch season needs no standing: every merchant without a launch of that season is reminded', async () => {
    const due = await deadlinesDue(database.db, '2027-07-18');
    const aw = due.find((d) => d.deadline.kind === 'aw_launch');
    expect(aw).toMatchObject({ days: 3, deadline: { deadline: '2027-07-20', endsOn: '2027-10-31' } });
    expect(await merchantsToRemind(database.db, aw!.deadline, new Date('2027-07-18T01:00:00Z'))).toHaveLength(Object.keys(cast).length);
  });
});
