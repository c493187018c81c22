import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/table';
import { merchants } from '../merchants/table';
import { type Caller, callerFor, createMerchant, createTestDatabase, createUser, fieldErrorsOf, TestClock, type TestDatabase, trpcError } from '../test/harness';
import { at, eventBuilder } from './events.fixture';
import { serviceHourly, serviceResponseHourly } from './table';

let database: TestDatabase;
const clock = new TestClock('2026-04-15T04:00:00Z');
let a: Awaited<ReturnType<typeof createMerchant>>;
let b: Awaited<ReturnType<typeof createMerchant>>;
let opA: Caller;
let opB: Caller;
let admin: Caller;
let fashion: Caller;

const ev = eventBuilder('s');

beforeAll(async () => {
  database = await createTestDatabase();
  a = await createMerchant(database.db, { vertical: 'apparel', serviceTier: 'standard' });
  b = await createMerchant(database.db, { vertical: 'apparel', serviceTier: 'standard' });
  const as = async (u: Parameters<typeof createUser>[1]) => (await callerFor(database, await createUser(database.db, u), { clock })).caller;
  opA = await as({ role: 'operator', merchantId: a.id });
  opB = await as({ role: 'operator', merchantId: b.id });
  admin = await as({ role: 'admin' });
  fashion = await as({ role: 'manager', verticals: ['apparel'] });
});
afterAll(() => database.close());

describe("a merchant's time zone", () => {
  it('is Asia/Shanghai by default; the operator changes their own, audited, and the figures follow', async () => {
    // Wednesday 2026-03-04 23:30 in Shanghai is 15:30 UTC, and Thursday 00:30 in Tokyo.
    await opA.service.importEvents({ events: [ev('2026-03-04 23:30:00', 20_000)] });
    expect(await opA.service.settings()).toEqual({ timeZone: 'Asia/Shanghai' });
    const before = await opA.service.dashboard({ period: { from: '2026-03-04', to: '2026-03-04' } });
    expect(before.figures.conversations).toBe(1);
    expect(before.heatmap.find((c) => c.conversations > 0)).toMatchObject({ weekday: 3, hour: 23 });

    expect(await opA.service.saveSettings({ timeZone: 'Asia/Tokyo' })).toEqual({ timeZone: 'Asia/Tokyo' });
    expect(await opA.service.settings()).toEqual({ timeZone: 'Asia/Tokyo' });
    const wed = await opA.service.dashboard({ period: { from: '2026-03-04', to: '2026-03-04' } });
    const thu = await opA.service.dashboard({ period: { from: '2026-03-05', to: '2026-03-05' } });
    expect(wed.figures.conversations).toBe(0);
    expect(thu.merchant.timeZone).toBe('Asia/Tokyo');
    expect(thu.figures.conversations).toBe(1);
    expect(thu.heatmap.find((c) => c.conversations > 0)).toMatchObject({ weekday: 4, hour: 0 });
    expect(thu.trend.map((p) => [p.date, p.firstResponseMedianSec])).toEqual([['2026-03-05', 20]]);
    expect(thu.figures.firstResponse).toEqual({ answered: 1, medianSec: 20, p90Sec: 20 });
    expect(wed.figures.firstResponse).toEqual({ answered: 0, medianSec: null, p90Sec: null });
    expect(thu.breaches).toEqual([]);

    // Europe/London (UTC+0 in March): the same conversation at 15:30 on Wednesday.
    await opA.service.saveSettings({ timeZone: ' Europe/London ' });
    const london = await opA.service.dashboard({ period: { from: '2026-03-04', to: '2026-03-04' } });
    expect(london.heatmap.find((c) => c.conversations > 0)).toMatchObject({ weekday: 3, hour: 15 });

    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, a.id), eq(auditLog.action, 'service_settings')));
    expect(audits.map((r) => [r.before, r.after, r.actorRole])).toEqual([
      [{ timeZone: 'Asia/Shanghai' }, { timeZone: 'Asia/Tokyo' }, 'operator'],
      [{ timeZone: 'Asia/Tokyo' }, { timeZone: 'Europe/London' }, 'operator'],
    ]);
    // Saving the zone it already has changes nothing and writes no audit row.
    await opA.service.saveSettings({ timeZone: 'Europe/London' });
    expect(await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, a.id), eq(auditLog.action, 'service_settings')))).toHaveLength(2);
  });

  it('refuses what is not an IANA zone with whole-hour offsets, with the reason on the field', async () => {
    const field = async (timeZone: string) => fieldErrorsOf(await trpcError(opB.service.saveSettings({ timeZone })));
    expect(await field('Asia/Kolkata')).toEqual({ timeZone: ['service.timeZoneWholeHours'] });
    expect(await field('+08:00')).toEqual({ timeZone: ['service.timeZoneUnknown'] });
    expect(await field('Mars/Olympus_Mons')).toEqual({ timeZone: ['service.timeZoneUnknown'] });
    expect(await field('  ')).toEqual({ timeZone: ['service.timeZoneRequired'] });
    // Dhaka (+6) is accepted where Yangon (+6:30) is not.
    expect(await field('Asia/Yangon')).toEqual({ timeZone: ['service.timeZoneWholeHours'] });
    expect(await opB.service.saveSettings({ timeZone: 'Asia/Dhaka' })).toEqual({ timeZone: 'Asia/Dhaka' });
    await opB.service.saveSettings({ timeZone: 'Asia/Shanghai' });
  });

  it("an operator changes only their own merchant's; managers and admins cannot change any", async () => {
    await opB.service.saveSettings({ timeZone: 'America/New_York' });
    const zones = await database.db.select({ id: merchants.id, tz: merchants.timeZone }).from(merchants);
    expect(zones.find((m) => m.id === a.id)?.tz).toBe('Europe/London');
    expect(zones.find((m) => m.id === b.id)?.tz).toBe('America/New_York');
    expect((await fashion.service.dashboard({ merchantId: b.id, period: { from: '2026-03-04', to: '2026-03-04' } })).merchant.timeZone).toBe('America/New_York');
    for (const c of [fashion, admin]) {
      expect((await trpcError(c.service.settings())).code).toBe('FORBIDDEN');
      expect((await trpcError(c.service.saveSettings({ timeZone: 'UTC' }))).code).toBe('FORBIDDEN');
    }
    const anonymous = (await callerFor(database, null, { clock })).caller;
    expect((await trpcError(anonymous.service.saveSettings({ timeZone: 'UTC' }))).code).toBe('UNAUTHORIZED');
    expect((await database.db.select({ tz: merchants.timeZone }).from(merchants).where(eq(merchants.id, b.id)))[0]?.tz).toBe('America/New_York');
  });
});

describe('first-response time per day and the rollups kept at ingest', () => {
  it('gives each day of the trend its median and p90, read from the hourly histogram', async () => {
    await opB.service.saveSettings({ timeZone: 'Asia/Shanghai' });
    await opB.service.importEvents({
      events: [
        ...[10, 20, 30, 40, 50].map((s, i) => ev(`2026-03-10 09:0${i}:00`, s * 1000)),
        ev('2026-03-11 09:00:00', 90_000),
        ev('2026-03-11 09:01:00', null),
      ],
    });
    const d = await opB.service.dashboard({ period: { from: '2026-03-09', to: '2026-03-12' } });
    expect(d.trend.map((p) => [p.date, p.conversations, p.firstResponseMedianSec, p.firstResponseP90Sec])).toEqual([
      ['2026-03-10', 5, 30, 46],
      ['2026-03-11', 2, 90, 90],
    ]);
    expect(d.figures.firstResponse).toEqual({ answered: 6, medianSec: 35, p90Sec: 70 });
  });

  it('moves a re-sent conversation out of its old hour and bucket, leaving "no data" rather than a covered hour', async () => {
    await opB.service.importEvents({ events: [ev('2026-03-20 09:10:00', 200_000, { conversationId: 'moved' })] });
    await opB.service.importEvents({ events: [ev('2026-03-20 11:10:00', 5_000, { conversationId: 'moved' })] });
    const d = await opB.service.dashboard({ period: { from: '2026-03-20', to: '2026-03-20' } });
    expect(d.figures.conversations).toBe(1);
    expect(d.figures.firstResponse).toEqual({ answered: 1, medianSec: 5, p90Sec: 5 });
    expect(d.heatmap.filter((c) => c.state !== 'noData').map((c) => [c.hour, c.state])).toEqual([[11, 'covered']]);
    expect(d.figures.coverage).toEqual({ count: 1, total: 1, share: 1 });
    const hours = await database.db.select().from(serviceHourly).where(and(eq(serviceHourly.merchantId, b.id), eq(serviceHourly.hourStart, new Date(at('2026-03-20 09:00:00')))));
    expect(hours).toEqual([]);
    const buckets = await database.db.select().from(serviceResponseHourly).where(eq(serviceResponseHourly.merchantId, b.id));
    expect(buckets.every((r) => r.answered > 0)).toBe(true);
    expect(buckets.find((r) => r.bucketMs === 200_000)).toBeUndefined();
  });

  it('dates a named period where the store is: at 04:00 UTC on 15 April, yesterday is the 14th in Shanghai, the 13th in Honolulu', async () => {
    const c = await createMerchant(database.db, { vertical: 'apparel', serviceTier: 'standard' });
    const opC = (await callerFor(database, await createUser(database.db, { role: 'operator', merchantId: c.id }), { clock })).caller;
    expect((await opC.service.dashboard({ period: { preset: 'day' } })).period).toMatchObject({ from: '2026-04-14', to: '2026-04-14' });
    expect((await opC.service.dashboard({ period: { preset: 'week' } })).period).toMatchObject({ from: '2026-04-06', to: '2026-04-12' });
    await opC.service.saveSettings({ timeZone: 'Pacific/Honolulu' });
    expect((await opC.service.dashboard({ period: { preset: 'day' } })).period).toMatchObject({ from: '2026-04-13', to: '2026-04-13' });
    // A manager reading the store gets the store's dates too.
    expect((await fashion.service.dashboard({ merchantId: c.id, period: { preset: 'month' } })).period).toMatchObject({ from: '2026-03-01', to: '2026-03-31' });
    const bad = await trpcError(opC.service.dashboard({ period: { preset: 'year' } as never }));
    expect(bad.code).toBe('BAD_REQUEST');
  });
});
