import { addDays, APPLICATION_STATES, brandDayRange, platformDate } from '@console/shared';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../auth/table';
import { type DemoWorldName, seedDemo } from '../db/seed';
import { BOOKED_DAYS } from '../demo/campaigns';
import { applications } from '../review/table';
import { callerFor, createTestDatabase, TestClock, type TestDatabase } from '../test/harness';
import { brandDays } from './table';

// Monday 2026-11-30 10:00 China time: the first bookable Brand Day is 2026-12-30.
const clock = new TestClock('2026-11-30T02:00:00Z');
const today = platformDate(clock.now());
const { earliest } = brandDayRange(today);

const worlds = {} as Record<'demo' | 'ineligible' | 'booked', TestDatabase>;
beforeAll(async () => {
  for (const name of ['demo', 'ineligible', 'booked'] as const) {
    worlds[name] = await createTestDatabase();
    await seedDemo(worlds[name].db, { now: clock.now(), world: name satisfies DemoWorldName });
  }
  // Three demo worlds seeded in full (scrypt, service events): minutes on a loaded 2-core machine.
}, 300_000);
afterAll(() => Promise.all(Object.values(worlds).map((w) => w.close())));

async function as(world: keyof typeof worlds, username: string) {
  const [u] = await worlds[world].db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await callerFor(worlds[world], u!, { clock })).caller;
}

describe('demo campaigns (npm start and mock mode seed the same)', () => {
  it('holds Brand Days and 618 / Double 11 registrations in every state a merchant can be in, across merchants', async () => {
    const rows = await worlds.demo.db
      .select({ kind: applications.kind, state: applications.state, merchantId: applications.merchantId })
      .from(applications)
      .where(inArray(applications.kind, ['brand_day', 'promotion']));
    const states = (kind: string) => new Set(rows.filter((r) => r.kind === kind).map((r) => r.state));
    const campaignStates = APPLICATION_STATES.filter((s) => !['scheduled', 'live', 'ended'].includes(s));
    expect([...states('brand_day')].sort()).toEqual([...campaignStates].sort());
    expect([...states('promotion')].sort()).toEqual(campaignStates.filter((s) => s !== 'declined').sort());
    expect(new Set(rows.map((r) => r.merchantId)).size).toBeGreaterThanOrEqual(15);
  });

  it('keeps one approved Brand Day per date, and a declined rival was offered three free dates', async () => {
    const approved = await worlds.demo.db.select({ date: brandDays.date }).from(brandDays).where(eq(brandDays.approved, true));
    expect(new Set(approved.map((a) => a.date)).size).toBe(approved.length);
    const op = await as('demo', 'op.apparel');
    const mine = (await op.campaigns.list({ filters: { kind: ['brand_day'], state: ['declined'] } })).items;
    expect(mine).toHaveLength(1);
    const declined = await op.campaigns.byId({ id: mine[0]!.id });
    const dates = declined.lastDecision?.suggestedDates ?? [];
    expect(dates).toHaveLength(3);
    const days = await op.campaigns.availability({ from: earliest, to: addDays(earliest, 210) });
    const status = new Map(days.days.map((d) => [d.date, d.status]));
    expect(declined.kind === 'brand_day' && status.get(declined.content.date!)).toBe('taken');
    for (const d of dates) expect(status.get(d)).toBe('free');
    // Taken, free, the operator's own approved and pending days, all in the next seven months.
    expect(new Set(status.values())).toEqual(new Set(['free', 'taken', 'mine_approved', 'mine_pending']));
  });

  it('gives the reviewer a queue of both kinds, with the eligibility each had at submission', async () => {
    const mgr = await as('demo', 'mgr.fashion');
    const q = await mgr.review.queue({ filters: { kind: ['brand_day', 'promotion'] }, pageSize: 50 });
    expect(new Set(q.items.map((i) => i.kind))).toEqual(new Set(['brand_day', 'promotion']));
    expect(q.items.every((i) => i.vertical === 'apparel' || i.vertical === 'beauty')).toBe(true);
    const context = await mgr.campaigns.reviewContext({ id: q.items.find((i) => i.kind === 'brand_day')!.id });
    expect(context.eligibilityAtSubmission?.criteria.length).toBeGreaterThan(0);
  });
});

describe('scenario seed variants', () => {
  it('ineligible: the operator’s store fails Brand Day on DSR and violation points, and still passes Double 11', async () => {
    const op = await as('ineligible', 'op.apparel');
    const bd = await op.campaigns.brandDayEligibility({ date: addDays(earliest, 100) });
    expect(bd.eligible).toBe(false);
    expect(bd.criteria.filter((c) => !c.pass).map((c) => c.criterion).sort()).toEqual(['dsrService', 'violationPoints']);
    expect((await op.campaigns.promotionEligibility({ festival: 'double11', year: 2027 })).eligible).toBe(true);
    // The demo world's same operator is eligible: the variant is what makes the difference.
    expect((await (await as('demo', 'op.apparel')).campaigns.brandDayEligibility({ date: addDays(earliest, 100) })).eligible).toBe(true);
  });

  it('booked: every day of the first weeks is taken by someone else; the demo world has free days there', async () => {
    const range = { from: earliest, to: addDays(earliest, BOOKED_DAYS - 1) };
    for (const username of ['op.apparel', 'op.home']) {
      const days = (await (await as('booked', username)).campaigns.availability(range)).days;
      expect(days).toHaveLength(BOOKED_DAYS);
      expect(days.every((d) => d.status === 'taken')).toBe(true);
      expect(JSON.stringify(days)).not.toMatch(/m_\w+_\d\d/);
    }
    const after = (await (await as('booked', 'op.apparel')).campaigns.availability({ from: addDays(earliest, BOOKED_DAYS), to: addDays(earliest, BOOKED_DAYS + 20) })).days;
    expect(after.some((d) => d.status === 'free')).toBe(true);
    const demo = (await (await as('demo', 'op.apparel')).campaigns.availability(range)).days;
    expect(demo.filter((d) => d.status === 'free').length).toBeGreaterThan(BOOKED_DAYS / 2);
    // Still one approved per date, and the operators' own Brand Days moved after the booked weeks.
    const approved = await worlds.booked.db.select({ date: brandDays.date }).from(brandDays).where(eq(brandDays.approved, true));
    expect(new Set(approved.map((a) => a.date)).size).toBe(approved.length);
    const own = await worlds.booked.db
      .select({ date: brandDays.date })
      .from(brandDays)
      .innerJoin(applications, eq(applications.id, brandDays.id))
      .where(and(eq(applications.merchantId, 'm_apparel_01')));
    expect(own.every((o) => o.date === null || o.date > range.to)).toBe(true);
  });
});
