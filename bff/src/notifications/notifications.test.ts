import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { callerFor, createTestDatabase, seedWorld, TestClock, trpcError, type World } from '../test/harness';
import { notifyMerchantOperators } from './repo';

let database: Database;
let world: World;
const clock = new TestClock('2026-12-01T02:00:00Z');
beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  for (let i = 0; i < 25; i++) {
    await notifyMerchantOperators(
      database.db,
      world.merchants.beauty[0].id,
      { kind: 'launch.approve', key: 'notifications.application.approved', params: { title: `上新 ${i}` }, entityType: 'launch', entityId: `ln_${i}` },
      new Date(Date.UTC(2026, 10, 1, 0, i)),
    );
  }
});
afterAll(() => database.close());
const as = async (user: { id: string } | null) => (await callerFor(database, user, { clock })).caller;

describe('notifications', () => {
  it('lists the newest first, paged, and counts the unread', async () => {
    const op = await as(world.operators.beauty);
    const first = await op.notifications.list({ pageSize: 10 });
    expect(first.total).toBe(25);
    expect(first.items.map((n) => n.params.title)).toEqual(Array.from({ length: 10 }, (_, i) => `上新 ${24 - i}`));
    expect((await op.notifications.list({ page: 3, pageSize: 10 })).items).toHaveLength(5);
    expect(await op.notifications.unreadCount()).toEqual({ count: 25 });
  });

  it("marks only the caller's own read, and filters unread", async () => {
    const op = await as(world.operators.beauty);
    const ids = (await op.notifications.list({ pageSize: 3 })).items.map((n) => n.id);
    const other = await as(world.operators.apparel);
    expect(await other.notifications.markRead({ ids })).toEqual({ updated: 0 });
    expect(await other.notifications.list({})).toEqual({ items: [], total: 0 });
    expect(await op.notifications.markRead({ ids })).toEqual({ updated: 3 });
    expect(await op.notifications.markRead({ ids })).toEqual({ updated: 0 });
    const unread = await op.notifications.list({ unreadOnly: true, pageSize: 100 });
    expect(unread.total).toBe(22);
    expect(unread.items.every((n) => n.readAt === null && !ids.includes(n.id))).toBe(true);
    const read = (await op.notifications.list({ pageSize: 3 })).items;
    expect(read.every((n) => n.readAt === clock.now().toISOString())).toBe(true);
    expect(await op.notifications.markRead({ all: true })).toEqual({ updated: 22 });
    expect(await op.notifications.unreadCount()).toEqual({ count: 0 });
  });

  it('needs a signed-in user', async () => {
    expect((await trpcError((await as(null)).notifications.unreadCount())).code).toBe('UNAUTHORIZED');
  });
});
