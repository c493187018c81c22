import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMerchant, createTestDatabase, type TestDatabase } from '../test/harness';
import { vacuumAnalyze } from './maintenance';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const planned = async () => {
  const res = (await database.db.execute(sql`select reltuples::int as n from pg_class where relname = 'merchants'`)) as unknown as { rows: { n: number }[] };
  return res.rows[0]!.n;
};

describe('database maintenance', () => {
  it('teaches an embedded database (no autovacuum) how big its tables have grown; a server is left to its own', async () => {
    for (let i = 0; i < 30; i++) await createMerchant(database.db, { id: `m_vac_${i}`, name: `vacuum ${i}` });
    const before = await planned();
    await vacuumAnalyze(database);
    if (database.kind === 'pglite') {
      // Never analyzed: -1 (PostgreSQL 14+) or what the empty table had.
      expect(before).not.toBe(30);
      expect(await planned()).toBe(30);
    } else {
      expect(await planned()).toBe(before);
    }
  });
});
