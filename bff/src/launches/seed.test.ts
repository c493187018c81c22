import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../auth/table';
import type { Database } from '../db/client';
import { seedDemo } from '../db/seed';
import { callerFor, createTestDatabase, TestClock } from '../test/harness';
import { eq } from 'drizzle-orm';
import { seedLaunches } from './seed';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
});
afterAll(() => database.close());

const userId = async (username: string) => (await database.db.select().from(users).where(eq(users.username, username)))[0]!.id;

describe('demo seed: launches', () => {
  it('gives the flagship operator a launch in every state, each valid for its schema', async () => {
    const { caller } = await callerFor(database, { id: await userId('op.apparel') }, { clock: new TestClock(new Date()) });
    const list = await caller.launches.list({ pageSize: 100 });
    const states = new Set(list.items.map((l) => l.state));
    for (const s of ['draft', 'submitted', 'in_review', 'changes_requested', 'scheduled', 'rejected', 'withdrawn', 'ended']) expect(states).toContain(s);
    const resubmitted = list.items.find((l) => l.submissionCount === 2)!;
    const diff = await caller.review.diff({ id: resubmitted.id });
    expect(diff.rows[0]?.changed.map((c) => c.changes.map((x) => x.path))).toEqual([['launchPrice']]);
    expect((await caller.notifications.unreadCount()).count).toBeGreaterThan(0);
  });

  it("fills the managers' queues with pending work, some of it overdue", async () => {
    const { caller } = await callerFor(database, { id: await userId('mgr.fashion') }, { clock: new TestClock(new Date()) });
    const q = await caller.review.queue({ pageSize: 100 });
    expect(q.total).toBeGreaterThanOrEqual(6);
    expect(new Set(q.items.map((i) => i.vertical))).toEqual(new Set(['apparel', 'beauty']));
    expect(q.items.some((i) => i.overdue)).toBe(true);
    expect(q.items.some((i) => !i.overdue)).toBe(true);
    const times = q.items.map((i) => i.submittedAt!);
    expect([...times].sort()).toEqual(times);
  });

  it('does nothing a second time', async () => {
    expect(await seedLaunches(database.db)).toBe(0);
  });
});
