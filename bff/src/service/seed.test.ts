import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../auth/table';
import { seedDemo } from '../db/seed';
import { demoMerchants } from '../demo/merchants';
import { demoServiceEvents } from '../demo/service';
import { merchants } from '../merchants/table';
import { callerFor, createTestDatabase, TestClock, type TestDatabase } from '../test/harness';

let database: TestDatabase;
const now = new Date();
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
});
afterAll(() => database.close());

describe('demo service events', () => {
  it('are the same for the same moment and really differ between merchants', () => {
    const a = demoServiceEvents({ id: 'm_x_01', index: 0 }, now);
    expect(demoServiceEvents({ id: 'm_x_01', index: 0 }, now)).toEqual(a);
    expect(a.length).toBeGreaterThan(500);
  });

  it('evaluate to the tiers the demo merchants are known by (Gold, Silver, slipped Silver, Standard, Below)', async () => {
    const rows = await database.db.select({ id: merchants.id, tier: merchants.serviceTier }).from(merchants);
    const expected = new Map(demoMerchants().map((m) => [m.id, m.serviceTier]));
    expect(rows.filter((r) => expected.get(r.id) !== r.tier)).toEqual([]);
  });

  it('give a 7×24 store full coverage, a daytime-only one missed night hours, and show the slip in the tier history', async () => {
    const mgr = (await database.db.select().from(users)).find((u) => u.username === 'mgr.fashion')!;
    const { caller } = await callerFor(database, mgr, { clock: new TestClock(now) });
    const to = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
    const from = new Date(now.getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
    const allDay = await caller.service.dashboard({ merchantId: 'm_apparel_01', period: { from, to } });
    const daytime = await caller.service.dashboard({ merchantId: 'm_apparel_05', period: { from, to } });
    expect(allDay.figures.coverage.share).toBe(1);
    expect(daytime.heatmap.filter((c) => (c.hour < 8 || c.hour === 23) && c.state === 'missed').length).toBeGreaterThan(5);
    expect(daytime.heatmap.filter((c) => c.hour < 9 && c.state === 'covered')).toEqual([]);
    expect(daytime.heatmap.filter((c) => c.hour >= 9 && c.hour < 22 && c.state === 'missed')).toEqual([]);
    const slipped = await caller.service.dashboard({ merchantId: 'm_apparel_03', period: { from, to } });
    expect(slipped.evaluations.map((e) => e.tier)).toContain('gold');
    expect(slipped.evaluations[0]!.tier).toBe('silver');
  });
});
