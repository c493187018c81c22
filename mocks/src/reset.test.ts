import type { Db } from '@console/bff/embedded';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, mockDatabase, mockServer, resetMocks, signInAs, startMocks } from './node';

beforeAll(async () => {
  mockServer.listen({ onUnhandledRequest: 'error' });
  await startMocks();
}, 120_000);
afterAll(() => mockServer.close());

async function rows<T>(db: Db, query: string): Promise<T[]> {
  return ((await db.execute(sql.raw(query))) as unknown as { rows: T[] }).rows;
}

/** Every row of every table of the bff (as text, sorted) and every sequence's position. */
async function contents(db: Db) {
  const tables = await rows<{ tablename: string }>(db, `select tablename from pg_tables where schemaname = 'public' order by 1`);
  const state: Record<string, unknown> = {};
  for (const { tablename } of tables) {
    state[tablename] = await rows(db, `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from public."${tablename}" t`);
  }
  for (const { name } of await rows<{ name: string }>(db, `select sequencename as name from pg_sequences where schemaname = 'public' order by 1`)) {
    state[`sequence ${name}`] = await rows(db, `select last_value::text, is_called from public."${name}"`);
  }
  return state;
}

describe('between tests', () => {
  it('puts back every row and sequence a test wrote, however it wrote them', async () => {
    const db = await mockDatabase();
    const seeded = await contents(db);
    expect(Object.keys(seeded).length).toBeGreaterThan(20);

    for (let round = 0; round < 2; round++) {
      // Through the router, as a page would: a sign-in (a session), a failed sign-in (a counted failure).
      signInAs('mgr.fashion');
      const caller = await callerAs(null);
      await expect(caller.auth.login({ username: 'mgr.fashion', password: 'not-the-password' })).rejects.toThrow();
      // Directly: an update, a delete that cascades, an insert into a table with a sequence, and one rolled back.
      await db.execute(sql`update merchants set name = 'changed' where id = 'm_beauty_03'`);
      await db.execute(sql`delete from applications where id in (select id from launches limit 3)`);
      await db.execute(sql`insert into notifications (user_id, kind, key, created_at) select user_id, kind, key, now() from notifications limit 5`);
      await expect(
        db.transaction(async (tx) => {
          await tx.execute(sql`insert into notifications (user_id, kind, key, created_at) select user_id, kind, key, now() from notifications limit 1`);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await contents(db)).not.toEqual(seeded);

      await resetMocks();
      expect(await contents(await mockDatabase())).toEqual(seeded);
    }
  }, 120_000);
});
