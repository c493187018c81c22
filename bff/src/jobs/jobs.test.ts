import type { LaunchContent } from '@console/shared';
import { lastClosedWeekStart } from '@console/shared';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/table';
import { seedCalendar } from '../calendar/seed';
import type { Db } from '../db/client';
import { notifications } from '../notifications/table';
import { callerFor, createTestDatabase, createUser, seedWorld, TestClock, type TestDatabase, type TestUser, type World } from '../test/harness';
import { type JobDefinition, Scheduler } from './scheduler';
import { jobRuns } from './table';

// Tuesday 2026-12-01 10:00 China time.
const clock = new TestClock('2026-12-01T02:00:00Z');
let database: TestDatabase;
let other: Db;
let world: World;
let apparelColleague: TestUser;
let launchId: string;
let perkVersionId: string;
/** Two schedulers, as two bff processes run them (PostgreSQL: two pools; PGlite: one process, two schedulers). */
let processes: [Scheduler, Scheduler];

const content = (title: string): LaunchContent => ({
  season: 'SS',
  year: 2027,
  title,
  launchDate: '2027-02-15',
  story: '新品',
  channels: ['online_store'],
  earlyAccess: null,
  skus: Array.from({ length: 5 }, (_, i) => ({ code: `SKU-${i}`, name: `商品 ${i}`, listPrice: 10000, launchPrice: 9000, stock: 5, imageUrl: '' })),
});

beforeAll(async () => {
  database = await createTestDatabase();
  other = (await database.connectAgain()).db;
  world = await seedWorld(database.db);
  await seedCalendar(database.db, [2026, 2027], clock.now());
  apparelColleague = await createUser(database.db, { role: 'operator', merchantId: world.merchants.apparel[0].id });
  const as = async (user: { id: string }) => (await callerFor(database, user, { clock })).caller;
  // Beauty's flagship has submitted (and got approved) its SS 2027 launch: it has met the SS deadline.
  const op = await as(world.operators.beauty);
  const draft = await op.launches.create(content('春季彩妆'));
  const sent = await op.launches.submit({ id: draft.id, version: draft.version });
  const mgr = await as(world.managers.fashion);
  const claimed = await mgr.review.claim({ id: sent.id, version: sent.version });
  expect(await mgr.review.approve({ id: sent.id, version: claimed.version })).toMatchObject({ state: 'scheduled' });
  launchId = sent.id;
  // Apparel's flagship publishes a member programme that takes effect on 2027-01-18.
  const apparel = await as(world.operators.apparel);
  const perks = await apparel.perks.createDraft({});
  const published = await apparel.perks.publish({ id: perks.id, revision: 1, effectiveFrom: '2027-01-18' });
  expect(published.status).toBe('scheduled');
  perkVersionId = perks.id;
  processes = [new Scheduler(database.db, { now: clock.now }), new Scheduler(other, { now: clock.now })];
});
afterAll(() => database.close());

/** Both processes tick at once, three times over: what a minute of two bff processes does, and more. */
async function bothTick() {
  for (let i = 0; i < 3; i++) await Promise.all(processes.map((p) => p.tick()));
}
const count = async (table: typeof auditLog | typeof notifications | typeof jobRuns, where: ReturnType<typeof and>) =>
  (await database.db.select({ n: sql<number>`count(*)::int` }).from(table).where(where))[0]!.n;
const audits = (entityId: string, action: string) => count(auditLog, and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));
const deadlineNotes = (user: { id: string }) => count(notifications, and(eq(notifications.userId, user.id), eq(notifications.kind, 'deadline')));

describe('scheduled jobs with two processes and a fixed clock', () => {
  it('3 days before the SS deadline, each operator of a merchant that has not submitted is reminded once', async () => {
    clock.set('2027-01-17T01:00:00Z'); // 09:00 in China, 2027-01-20 is 3 days away
    await bothTick();
    expect(await deadlineNotes(world.operators.apparel)).toBe(1);
    expect(await deadlineNotes(apparelColleague)).toBe(1);
    expect(await deadlineNotes(world.operators.home)).toBe(1);
    // Beauty's flagship submitted its SS launch: no reminder.
    expect(await deadlineNotes(world.operators.beauty)).toBe(0);
    const [note] = await database.db.select().from(notifications).where(and(eq(notifications.userId, world.operators.apparel.id), eq(notifications.kind, 'deadline')));
    expect(note).toMatchObject({ key: 'notifications.deadline.reminder', entityType: 'calendar_window', entityId: 'cw_ss_launch_2027' });
    expect(note!.params).toMatchObject({ deadline: '2027-01-20', days: 3, window: '2027 春夏上新' });
    expect(await count(jobRuns, and(eq(jobRuns.job, 'deadline.reminder'), eq(jobRuns.dueKey, 'ss_launch:2027:2027-01-20@3d')))).toBe(1);
    expect(await count(jobRuns, eq(jobRuns.job, 'deadlines.remind'))).toBe(1);
  });

  it('the week that closed is evaluated once; a tier change is told once', async () => {
    const week = lastClosedWeekStart(clock.now());
    expect(await count(jobRuns, and(eq(jobRuns.job, 'service.weekly-tiers'), eq(jobRuns.dueKey, week)))).toBe(1);
    // Merchants with no service data this week drop from their seeded tier: one audit row and one message each.
    const changes = await audits(world.merchants.apparel[0].id, 'service_tier');
    expect(changes).toBe(1);
    expect(await count(notifications, and(eq(notifications.userId, apparelColleague.id), eq(notifications.kind, 'service')))).toBe(1);
  });

  it('the next day the member programme version activates once, and the 3-day reminder is not sent again', async () => {
    expect(await audits(perkVersionId, 'activate')).toBe(0);
    clock.set('2027-01-18T01:00:00Z');
    await bothTick();
    expect(await audits(perkVersionId, 'activate')).toBe(1);
    expect(await deadlineNotes(world.operators.apparel)).toBe(1);
  });

  it('the day before the deadline, the 1-day reminder, once', async () => {
    clock.set('2027-01-19T01:00:00Z');
    await bothTick();
    expect(await deadlineNotes(world.operators.apparel)).toBe(2);
    expect(await deadlineNotes(apparelColleague)).toBe(2);
    expect(await deadlineNotes(world.operators.beauty)).toBe(0);
    clock.set('2027-01-21T01:00:00Z'); // the deadline has passed
    await bothTick();
    expect(await deadlineNotes(world.operators.apparel)).toBe(2);
  });

  it('on the launch date the launch goes live, once', async () => {
    clock.set('2027-02-15T01:00:00Z');
    await bothTick();
    expect(await audits(launchId, 'go_live')).toBe(1);
    expect(await audits(launchId, 'end')).toBe(0);
  });
});

describe('a run missed while the console was down', () => {
  it('runs at the next start: the launch ends, every missed week is evaluated in order', async () => {
    await Promise.all(processes.map((p) => p.stop()));
    const lastWeek = lastClosedWeekStart(clock.now());
    // Five weeks with no process up; the launch's 30 live days ended on 2027-03-17.
    clock.set('2027-03-20T01:00:00Z');
    const restarted = new Scheduler(other, { now: clock.now });
    const runs = await restarted.start();
    await restarted.stop();
    expect(await audits(launchId, 'end')).toBe(1);
    const weeks = runs.filter((r) => r.job === 'service.weekly-tiers' && r.ran).map((r) => r.dueKey);
    expect(weeks).toEqual(['2027-02-15', '2027-02-22', '2027-03-01', '2027-03-08'].filter((w) => w > lastWeek));
    expect(weeks.at(-1)).toBe(lastClosedWeekStart(clock.now()));
    // Started again at the same moment: nothing is due.
    const again = await new Scheduler(database.db, { now: clock.now }).tick();
    expect(again.filter((r) => r.ran)).toEqual([]);
  });

  it('a job that fails leaves its period to the next tick, with nothing of its work kept', async () => {
    let attempts = 0;
    const flaky: JobDefinition = {
      name: 'test.flaky',
      due: async (db) => ((await db.select().from(jobRuns).where(eq(jobRuns.job, 'test.flaky'))).length ? [] : ['p1']),
      run: async (tx) => {
        attempts++;
        await tx.insert(auditLog).values({ entityType: 'test', entityId: 'flaky', action: 'ran', at: clock.now() });
        if (attempts === 1) throw new Error('database hiccup');
        return { attempts };
      },
    };
    const s = new Scheduler(database.db, { now: clock.now, jobs: [flaky] });
    const [first] = await s.tick();
    expect(first).toMatchObject({ job: 'test.flaky', ran: false, error: expect.any(Error) });
    expect(await audits('flaky', 'ran')).toBe(0);
    const [second] = await s.tick();
    expect(second).toMatchObject({ ran: true, result: { attempts: 2 } });
    expect(await audits('flaky', 'ran')).toBe(1);
    expect(await s.tick()).toEqual([]);
  });
});
