import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { callerFor, createTestDatabase, seedWorld, testDatabaseUrl, type World } from './harness';

describe('test harness', () => {
  let database: Database;
  let world: World;
  beforeAll(async () => {
    database = await createTestDatabase();
    world = await seedWorld(database.db);
  });
  afterAll(() => database.close());

  it('opens the database the run asks for, with migrations applied', async () => {
    expect(database.kind).toBe(testDatabaseUrl() ? 'postgres' : 'pglite');
    const res = await database.db.execute(sql`select count(*)::int as n from merchants`);
    const rows = (Array.isArray(res) ? res : (res as { rows: { n: number }[] }).rows) as { n: number }[];
    expect(rows[0]!.n).toBe(10);
  });

  it('gives a caller a real session that the clock can expire', async () => {
    const { caller, clock } = await callerFor(database, world.operators.beauty);
    expect((await caller.auth.me())?.id).toBe(world.operators.beauty.id);
    clock.advanceMinutes(31);
    expect(await caller.auth.me()).toBeNull();
  });

  it('drops its PostgreSQL database on close', async () => {
    if (!testDatabaseUrl()) return;
    const other = await createTestDatabase();
    const res = await other.db.execute(sql`select current_database() as name`);
    const name = ((res as unknown as { rows: { name: string }[] }).rows[0]!).name;
    await other.close();
    const check = await database.db.execute(sql`select count(*)::int as n from pg_database where datname = ${name}`);
    expect((check as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });
});
