import { tierAtLeast, TIER_REQUIREMENTS, DEFAULT_STANDARDS } from '@console/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merchants } from '../merchants/table';
import { notifications } from '../notifications/table';
import { auditLog } from '../audit/table';
import { at, eventBuilder, plus } from './events.fixture';
import { type Caller, callerFor, createMerchant, createTestDatabase, createUser, fieldErrorsOf, httpApp, TestClock, type TestDatabase, trpcError } from '../test/harness';

let database: TestDatabase;
const clock = new TestClock('2026-04-15T04:00:00Z');
let a: Awaited<ReturnType<typeof createMerchant>>;
let b: Awaited<ReturnType<typeof createMerchant>>;
let opA: Caller;
let opB: Caller;
let admin: Caller;
let fashion: Caller;
let tech: Caller;

const ev = eventBuilder('c');
const day = (d: string) => ({ from: d, to: d });

beforeAll(async () => {
  database = await createTestDatabase();
  a = await createMerchant(database.db, { vertical: 'apparel', serviceTier: 'standard' });
  b = await createMerchant(database.db, { vertical: 'electronics', serviceTier: 'standard' });
  const as = async (u: Parameters<typeof createUser>[1]) => (await callerFor(database, await createUser(database.db, u), { clock })).caller;
  opA = await as({ role: 'operator', merchantId: a.id });
  opB = await as({ role: 'operator', merchantId: b.id });
  admin = await as({ role: 'admin' });
  fashion = await as({ role: 'manager', verticals: ['apparel', 'beauty'] });
  tech = await as({ role: 'manager', verticals: ['electronics'] });
});
afterAll(() => database.close());

describe('figures on hand-made events (Asia/Shanghai)', () => {
  it('a merchant with no events: zero counts, no shares, every hour "no data"', async () => {
    const d = await opB.service.dashboard({ period: { from: '2026-03-01', to: '2026-03-31' } });
    expect(d.figures).toEqual({
      conversations: 0,
      coverage: { count: 0, total: 0, share: null },
      rate30s: { count: 0, total: 0, share: null },
      firstResponse: { answered: 0, medianSec: null, p90Sec: null },
      resolved24h: { count: 0, total: 0, share: null },
      satisfaction: { count: 0, total: 0, share: null },
      disputeRate: { count: 0, total: 0, share: null },
    });
    expect(d.heatmap).toHaveLength(168);
    expect(d.heatmap.every((c) => c.state === 'noData')).toBe(true);
    expect(d.trend).toEqual([]);
    expect(d.breaches).toEqual([]);
  });

  it('counts a first response at 30.000 s in the 30-second rate and not one at 30.001 s', async () => {
    await opA.service.importEvents({ events: [ev('2026-03-03 10:00:00', 30_000), ev('2026-03-03 10:05:00', 30_001)] });
    const d = await opA.service.dashboard({ period: day('2026-03-03') });
    expect(d.figures.rate30s).toEqual({ count: 1, total: 2, share: 0.5 });
    expect(d.figures.firstResponse).toEqual({ answered: 2, medianSec: 30.25, p90Sec: 30.45 }); // both in the [30 s, 31 s) bucket, read as 30.0 and 30.5 (rules.test.ts)
  });

  it('covers an hour at exactly 80% within the standard (60 s), misses it below, leaves empty hours "no data"', async () => {
    const within = (h: string, n: number, ok: number) =>
      Array.from({ length: n }, (_, i) => ev(`2026-03-04 ${h}:${String(i).padStart(2, '0')}:00`, i < ok ? 60_000 : 60_001));
    await opA.service.importEvents({ events: [...within('09', 5, 4), ...within('10', 5, 3)] });
    const d = await opA.service.dashboard({ period: day('2026-03-04') });
    // 2026-03-04 is a Wednesday (ISO weekday 3).
    const cell = (hour: number) => d.heatmap.find((c) => c.weekday === 3 && c.hour === hour)!;
    expect(cell(9)).toMatchObject({ conversations: 5, withinStandard: 4, state: 'covered' });
    expect(cell(10)).toMatchObject({ conversations: 5, withinStandard: 3, state: 'missed' });
    expect(cell(11)).toMatchObject({ conversations: 0, state: 'noData' });
    expect(d.figures.coverage).toEqual({ count: 1, total: 2, share: 0.5 });
    expect(d.breaches).toEqual([{ hourStart: at('2026-03-04 10:00:00'), conversations: 5, withinStandard: 3 }]);
  });

  it('puts a conversation at 23:59:59 and one at 00:00:00 local time on their own days and weekdays', async () => {
    await opA.service.importEvents({ events: [ev('2026-03-05 23:59:59', 1000), ev('2026-03-06 00:00:00', 1000)] });
    const thu = await opA.service.dashboard({ period: day('2026-03-05') });
    const fri = await opA.service.dashboard({ period: day('2026-03-06') });
    expect(thu.figures.conversations).toBe(1);
    expect(fri.figures.conversations).toBe(1);
    expect(thu.heatmap.find((c) => c.conversations > 0)).toMatchObject({ weekday: 4, hour: 23 });
    expect(fri.heatmap.find((c) => c.conversations > 0)).toMatchObject({ weekday: 5, hour: 0 });
    expect(fri.trend.map((p) => p.date)).toEqual(['2026-03-06']);
  });

  it('splits weeks at Monday 00:00 and months at the 1st 00:00 local time', async () => {
    await opA.service.importEvents({
      events: [ev('2026-03-08 23:30:00', 5000), ev('2026-03-09 00:10:00', 5000), ev('2026-03-31 23:50:00', 5000), ev('2026-04-01 00:05:00', 5000)],
    });
    const week1 = await opA.service.dashboard({ period: { from: '2026-03-02', to: '2026-03-08' } });
    const week2 = await opA.service.dashboard({ period: { from: '2026-03-09', to: '2026-03-15' } });
    const april = await opA.service.dashboard({ period: { from: '2026-04-01', to: '2026-04-30' } });
    expect(week1.figures.conversations).toBe(2 + 10 + 2 + 1);
    expect(week2.figures.conversations).toBe(1);
    expect(april.figures.conversations).toBe(1);
    expect((await opA.service.dashboard({ period: { from: '2026-03-01', to: '2026-03-31' } })).figures.conversations).toBe(17);
  });

  it('replaces a re-sent conversation instead of counting it twice, in its new hour', async () => {
    const first = ev('2026-03-10 09:00:00', 120_000, { conversationId: 'resent' });
    expect(await opA.service.importEvents({ events: [first] })).toEqual({ accepted: 1, replaced: 0 });
    const again = ev('2026-03-10 14:00:00', 10_000, { conversationId: 'resent' });
    expect(await opA.service.importEvents({ events: [again] })).toEqual({ accepted: 1, replaced: 1 });
    const d = await opA.service.dashboard({ period: day('2026-03-10') });
    expect(d.figures.conversations).toBe(1);
    expect(d.figures.rate30s.count).toBe(1);
    expect(d.heatmap.filter((c) => c.conversations > 0).map((c) => c.hour)).toEqual([14]);
  });

  it('computes median and p90 with percentile_cont, resolution within 24 h (inclusive), satisfaction and disputes', async () => {
    const base = '2026-03-11 10:';
    const events = [10, 20, 30, 40, 50].map((s, i) => ev(`${base}0${i}:00`, s * 1000));
    events[0]!.resolvedAt = plus(events[0]!.startedAt, 24 * 3_600_000);
    events[1]!.resolvedAt = plus(events[1]!.startedAt, 24 * 3_600_000 + 1);
    events[0]!.satisfaction = 5;
    events[1]!.satisfaction = 4;
    events[2]!.satisfaction = 3;
    events[3]!.dispute = true;
    await opA.service.importEvents({ events });
    const d = await opA.service.dashboard({ period: day('2026-03-11') });
    expect(d.figures.firstResponse).toEqual({ answered: 5, medianSec: 30, p90Sec: 46 });
    expect(d.figures.resolved24h).toEqual({ count: 1, total: 5, share: 0.2 });
    expect(d.figures.satisfaction).toEqual({ count: 2, total: 3, share: 2 / 3 });
    expect(d.figures.disputeRate).toEqual({ count: 1, total: 5, share: 0.2 });
    expect(d.figures.rate30s).toEqual({ count: 3, total: 5, share: 0.6 });
  });

  it('refuses a bad batch with per-row field errors and writes nothing', async () => {
    const before = (await opA.service.dashboard({ period: day('2026-03-12') })).figures.conversations;
    const good = ev('2026-03-12 10:00:00', 1000);
    const bad = ev('2026-03-12 10:00:00', -1000);
    const err = await trpcError(opA.service.importEvents({ events: [good, bad, { ...good }] }));
    expect(err.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(err)).toEqual({ 'events.1.firstResponseAt': ['service.responseBeforeStart'], 'events.2.conversationId': ['service.conversationDuplicate'] });
    const zodErr = await trpcError(opA.service.importEvents({ events: [good, { ...good, conversationId: 'z', satisfaction: 9 }] }));
    expect(fieldErrorsOf(zodErr)).toHaveProperty(['events.1.satisfaction']);
    expect((await opA.service.dashboard({ period: day('2026-03-12') })).figures.conversations).toBe(before);
  });

  it('refuses a period longer than a year or upside down', async () => {
    expect(fieldErrorsOf(await trpcError(opA.service.dashboard({ period: { from: '2025-01-01', to: '2026-03-01' } })))).toHaveProperty(['period.to']);
    expect(fieldErrorsOf(await trpcError(opA.service.dashboard({ period: { from: '2026-03-02', to: '2026-03-01' } })))).toHaveProperty(['period.to']);
  });
});

describe('weekly tiers', () => {
  // A fresh pair of merchants with a known week (2026-03-16 … 22), evaluated when that week is the last closed one.
  let good: Awaited<ReturnType<typeof createMerchant>>;
  let weak: Awaited<ReturnType<typeof createMerchant>>;
  let opGood: Caller;
  let opGoodUser: Awaited<ReturnType<typeof createUser>>;
  const weekClock = new TestClock('2026-03-23T04:00:00Z');

  beforeAll(async () => {
    good = await createMerchant(database.db, { vertical: 'beauty', serviceTier: 'standard' });
    weak = await createMerchant(database.db, { vertical: 'beauty', serviceTier: 'gold' });
    opGoodUser = await createUser(database.db, { role: 'operator', merchantId: good.id });
    opGood = (await callerFor(database, opGoodUser, { clock: weekClock })).caller;
    const opWeak = (await callerFor(database, await createUser(database.db, { role: 'operator', merchantId: weak.id }), { clock: weekClock })).caller;
    // 20 conversations, all answered in 10 s, resolved, rated 5: Gold by the defaults. The weak one answers in 45 s.
    const week = (sec: number) =>
      Array.from({ length: 20 }, (_, i) => {
        const e = ev(`2026-03-${16 + (i % 7)} ${String(8 + (i % 12)).padStart(2, '0')}:10:00`, sec * 1000, { satisfaction: 5 });
        return { ...e, resolvedAt: plus(e.startedAt, 3_600_000) };
      });
    await opGood.service.importEvents({ events: week(10) });
    await opWeak.service.importEvents({ events: week(45) });
  });

  it('stores each merchant’s tier with the figures, puts it on the merchant record and tells the operators of a change', async () => {
    const adminW = (await callerFor(database, await createUser(database.db, { role: 'admin' }), { clock: weekClock })).caller;
    const result = await adminW.service.reapply();
    expect(result.weekStart).toBe('2026-03-16');
    const d = await opGood.service.dashboard({ period: { from: '2026-03-16', to: '2026-03-22' } });
    expect(d.tier).toMatchObject({ current: 'gold', trafficWeight: 15, next: null, improvements: [] });
    expect(d.evaluations[0]).toMatchObject({ weekStart: '2026-03-16', tier: 'gold', standardsVersion: 1, figures: { conversations: 20, rate30s: { count: 20, total: 20 } } });
    const [rec] = await database.db.select({ tier: merchants.serviceTier }).from(merchants).where(eq(merchants.id, weak.id));
    expect(rec!.tier).toBe('below');
    // Eligibility and the perk read the record: the weak merchant lost Brand Day and the dedicated line.
    expect(tierAtLeast(rec!.tier, TIER_REQUIREMENTS.brandDay)).toBe(false);
    expect(tierAtLeast('gold', TIER_REQUIREMENTS.dedicatedServiceLine)).toBe(true);
    const notes = await database.db.select().from(notifications).where(eq(notifications.userId, opGoodUser.id));
    expect(notes).toEqual([expect.objectContaining({ key: 'notifications.service.tierChanged', params: { from: 'standard', to: 'gold', week: '2026-03-16' } })]);
  });

  it('re-applies changed standards to the last closed week; the next tier and its reward show what is missing', async () => {
    const adminW = (await callerFor(database, await createUser(database.db, { role: 'admin' }), { clock: weekClock })).caller;
    const [current] = await adminW.service.standards();
    const stricter = structuredClone(DEFAULT_STANDARDS);
    stricter.responseTimeSec = 30;
    stricter.trafficWeights.silver = 10;
    const saved = await adminW.service.saveStandards({ ...stricter, expectedVersion: current!.version });
    expect(saved.version).toBe(current!.version + 1);
    // Gold and Silver now ask for perfection; the good merchant's week still has it.
    stricter.thresholds.gold.rate30s = 10_000;
    stricter.thresholds.gold.satisfaction = 10_000;
    stricter.thresholds.silver.satisfaction = 10_000;
    stricter.thresholds.silver.rate30s = 10_000;
    stricter.thresholds.gold.disputeRate = 0;
    stricter.thresholds.silver.disputeRate = 0;
    stricter.thresholds.gold.coverage = 10_000;
    stricter.thresholds.silver.coverage = 10_000;
    const v3 = await adminW.service.saveStandards({ ...stricter, expectedVersion: saved.version });
    expect(v3.version).toBe(saved.version + 1);
    await adminW.service.reapply();
    let d = await opGood.service.dashboard({ period: { from: '2026-03-16', to: '2026-03-22' } });
    expect(d.tier.current).toBe('gold');
    // One conversation rated 3 is enough to drop below 100% satisfaction: Standard now, Silver next (+10%).
    await opGood.service.importEvents({ events: [{ ...ev('2026-03-18 09:30:00', 5000, { satisfaction: 3 }), resolvedAt: at('2026-03-18 10:00:00') }] });
    await adminW.service.reapply();
    d = await opGood.service.dashboard({ period: { from: '2026-03-16', to: '2026-03-22' } });
    expect(d.tier).toMatchObject({ current: 'standard', trafficWeight: 0, next: 'silver', nextTrafficWeight: 10 });
    expect(d.tier.improvements).toEqual([{ metric: 'satisfaction', current: 20 / 21, required: 10_000, atMost: false }]);
    expect(d.evaluations[0]!.standardsVersion).toBe(v3.version);
  });

  it('keeps every version, audits a change, and refuses a stale version or a looser higher tier', async () => {
    const history = await admin.service.standards();
    expect(history.map((s) => s.version)).toEqual([3, 2, 1]);
    const stale = await trpcError(admin.service.saveStandards({ ...DEFAULT_STANDARDS, expectedVersion: 2 }));
    expect(stale.code).toBe('CONFLICT');
    const loose = structuredClone(DEFAULT_STANDARDS);
    loose.thresholds.gold.rate30s = 100;
    const bad = await trpcError(admin.service.saveStandards({ ...loose, expectedVersion: 3 }));
    expect(fieldErrorsOf(bad)).toEqual({ 'thresholds.gold.rate30s': ['service.standardsLooser'] });
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityType, 'service_standards'));
    expect(audits.map((r) => r.entityId).sort()).toEqual(['2', '3']);
  });
});

describe('API keys and the ingest endpoint', () => {
  const post = async (app: Awaited<ReturnType<typeof httpApp>>, key: string | null, body: unknown) =>
    app.app.inject({
      method: 'POST',
      url: '/api/service/events',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('writes only the key’s own merchant, refuses revoked keys, names bad rows, counts a re-sent batch once', async () => {
    const app = await httpApp(database, { now: clock.now });
    try {
      const { key: keyA, secret: secretA } = await opA.service.createKey({ name: 'CRM' });
      const { secret: secretB } = await opB.service.createKey({ name: 'CRM' });
      expect(secretA).toMatch(/^svc_/);
      expect(keyA.prefix).toBe(secretA.slice(0, 10));
      expect(JSON.stringify(await opA.service.keys())).not.toContain(secretA);
      expect((await opB.service.keys()).map((k) => k.id)).not.toContain(keyA.id);

      const batch = { events: [ev('2026-03-20 10:00:00', 5000, { conversationId: 'same-id' }), ev('2026-03-20 10:01:00', 5000)] };
      const res = await post(app, secretA, batch);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ accepted: 2, replaced: 0 });
      expect((await post(app, secretA, batch)).json()).toEqual({ accepted: 2, replaced: 2 });
      // B sends the same conversation id: its own event, A's stays.
      expect((await post(app, secretB, { events: [batch.events[0]] })).json()).toEqual({ accepted: 1, replaced: 0 });
      expect((await opA.service.dashboard({ period: day('2026-03-20') })).figures.conversations).toBe(2);
      expect((await opB.service.dashboard({ period: day('2026-03-20') })).figures.conversations).toBe(1);
      // A batch cannot name another merchant.
      const foreign = await post(app, secretA, { events: [{ ...batch.events[1], merchantId: b.id }] });
      expect(foreign.statusCode).toBe(400);

      const bad = await post(app, secretA, { events: [ev('2026-03-20 11:00:00', 5000), { ...ev('2026-03-20 11:00:00', 5000), channel: 'fax', satisfaction: 0 }, ev('2026-03-20 11:00:00', -5)] });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.rows).toEqual([
        { index: 1, field: 'channel', key: 'service.channelUnknown' },
        { index: 1, field: 'satisfaction', key: 'service.satisfactionRange' },
      ]);
      const order = await post(app, secretA, { events: [ev('2026-03-20 11:00:00', -5)] });
      expect(order.json().error.rows).toEqual([{ index: 0, field: 'firstResponseAt', key: 'service.responseBeforeStart' }]);
      const tooMany = await post(app, secretA, { events: Array.from({ length: 5001 }, (_, i) => ev('2026-03-20 12:00:00', 1000, { conversationId: `big${i}` })) });
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json().error.rows).toEqual([{ index: null, field: 'events', key: 'service.batchTooLarge', params: { max: 5000 } }]);
      const huge = await post(app, secretA, `{"events":[${'"x",'.repeat(1_100_000)}"x"]}`);
      expect(huge.statusCode).toBe(413);
      expect((await post(app, secretA, 'not json')).statusCode).toBe(400);
      expect((await opA.service.dashboard({ period: day('2026-03-20') })).figures.conversations).toBe(2);

      expect((await post(app, null, batch)).statusCode).toBe(401);
      expect((await post(app, 'svc_guessed', batch)).statusCode).toBe(401);
      await opA.service.revokeKey({ id: keyA.id });
      expect((await post(app, secretA, batch)).statusCode).toBe(401);
      expect((await opA.service.keys()).find((k) => k.id === keyA.id)?.revokedAt).not.toBeNull();
    } finally {
      await app.app.close();
    }
  });
});

describe('tenancy and roles of every service procedure', () => {
  const period = day('2026-03-03');
  it('dashboard: an operator sees only their merchant, a manager only their verticals, an admin nothing', async () => {
    expect((await trpcError(opA.service.dashboard({ merchantId: b.id, period }))).code).toBe('NOT_FOUND');
    expect((await opA.service.dashboard({ merchantId: a.id, period })).merchant.id).toBe(a.id);
    expect((await fashion.service.dashboard({ merchantId: a.id, period })).figures.conversations).toBe(2);
    expect((await trpcError(fashion.service.dashboard({ merchantId: b.id, period }))).code).toBe('NOT_FOUND');
    expect((await trpcError(tech.service.dashboard({ merchantId: a.id, period }))).code).toBe('NOT_FOUND');
    expect((await trpcError(fashion.service.dashboard({ period }))).code).toBe('BAD_REQUEST');
    expect((await trpcError(admin.service.dashboard({ merchantId: a.id, period }))).code).toBe('NOT_FOUND');
  });

  it('ranking: managers only, their verticals only', async () => {
    const page = await fashion.service.ranking({});
    expect(page.items.every((m) => m.vertical === 'apparel' || m.vertical === 'beauty')).toBe(true);
    expect(page.items.map((m) => m.merchantId)).toContain(a.id);
    expect(await fashion.service.ranking({ filters: { vertical: ['electronics'] } })).toEqual({ items: [], total: 0 });
    expect((await tech.service.ranking({})).items.map((m) => m.merchantId)).toEqual([b.id]);
    for (const c of [opA, admin]) expect((await trpcError(c.service.ranking({}))).code).toBe('FORBIDDEN');
  });

  it('standards, saving and re-applying them: admins only', async () => {
    for (const c of [opA, fashion]) {
      expect((await trpcError(c.service.standards())).code).toBe('FORBIDDEN');
      expect((await trpcError(c.service.saveStandards({ ...DEFAULT_STANDARDS, expectedVersion: 1 }))).code).toBe('FORBIDDEN');
      expect((await trpcError(c.service.reapply())).code).toBe('FORBIDDEN');
    }
  });

  it('keys and uploads: operators of their own merchant only', async () => {
    const { key } = await opB.service.createKey({ name: 'B only' });
    expect((await trpcError(opA.service.revokeKey({ id: key.id }))).code).toBe('NOT_FOUND');
    expect((await opB.service.keys()).find((k) => k.id === key.id)?.revokedAt).toBeNull();
    for (const c of [fashion, admin]) {
      expect((await trpcError(c.service.keys())).code).toBe('FORBIDDEN');
      expect((await trpcError(c.service.createKey({ name: 'x' }))).code).toBe('FORBIDDEN');
      expect((await trpcError(c.service.revokeKey({ id: key.id }))).code).toBe('FORBIDDEN');
      expect((await trpcError(c.service.importEvents({ events: [ev('2026-03-03 10:00:00', 1)] }))).code).toBe('FORBIDDEN');
    }
    expect(fieldErrorsOf(await trpcError(opA.service.createKey({ name: '  ' })))).toEqual({ name: ['service.keyNameRequired'] });
  });
});
