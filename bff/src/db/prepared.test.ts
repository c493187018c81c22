import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../auth/table';
import { merchants } from '../merchants/table';
import { createMerchant, createTestDatabase, createUser, type TestDatabase } from '../test/harness';
import type { Db } from './client';
import { preparedPerDb } from './prepared';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  const m = await createMerchant(database.db, { name: 'Prepared merchant' });
  await createUser(database.db, { role: 'operator', merchantId: m.id, displayName: 'With a merchant' });
  await createUser(database.db, { role: 'manager', verticals: ['beauty'], displayName: 'Without one' });
});
afterAll(() => database.close());

const boss = alias(users, 'boss');
/** Nested objects, a left join that finds nothing for some rows, an aliased table, SQL fields with and without a decoder. */
const query = (db: Db) =>
  db
    .select({
      user: { id: users.id, name: users.displayName, verticals: users.verticals, createdAt: users.createdAt },
      merchant: { id: merchants.id, name: merchants.name, createdAt: merchants.createdAt, crossBorder: merchants.crossBorder },
      boss: { id: boss.id, name: boss.displayName },
      upper: sql<string>`upper(${users.displayName})`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(users)
    .leftJoin(merchants, eq(merchants.id, users.merchantId))
    .leftJoin(boss, eq(boss.id, sql.placeholder('bossId')))
    .orderBy(asc(users.displayName));

describe('prepared statements', () => {
  it('shape rows exactly as a query built per call does: nested objects, decoded values, key order, left joins that find nothing', async () => {
    const prepared = preparedPerDb((db) => query(db).prepare('prepared_test_rows'));
    const [someone] = await database.db.select({ id: users.id }).from(users).limit(1);
    for (const bossId of ['nobody', someone!.id]) {
      const built = await query(database.db).execute({ bossId });
      const fast = await prepared(database.db).execute({ bossId });
      expect(fast.length).toBeGreaterThanOrEqual(2);
      expect(fast.some((r) => r.merchant === null) && fast.some((r) => r.merchant !== null)).toBe(true);
      expect(fast.every((r) => (bossId === 'nobody' ? r.boss === null : r.boss?.id === bossId))).toBe(true);
      expect(fast[0]!.user.createdAt).toBeInstanceOf(Date);
      expect(fast).toStrictEqual(built);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(built));
    }
  });

  it('builds a statement once per database handle', async () => {
    let builds = 0;
    const prepared = preparedPerDb((db) => {
      builds++;
      return db.select({ n: sql<number>`1`.mapWith(Number) }).from(users).limit(1).prepare('prepared_test_once');
    });
    expect(prepared(database.db)).toBe(prepared(database.db));
    expect(await prepared(database.db).execute()).toStrictEqual([{ n: 1 }]);
    expect(builds).toBe(1);
  });
});
