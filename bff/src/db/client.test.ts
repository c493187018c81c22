import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, createTestDatabase, testDatabaseUrl, type TestDatabase } from '../test/harness';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const rowsOf = (res: unknown) => (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as Record<string, unknown>[];

describe('database client', () => {
  it('applies the migrations on open', async () => {
    const res = await database.db.execute(sql`select count(*)::int as n from information_schema.tables where table_name in ('merchants', 'users', 'sessions', 'login_failures', 'audit_log')`);
    expect(rowsOf(res)[0]!.n).toBe(5);
  });

  it('opening twice is harmless: migrations are not re-applied', async () => {
    const again = await database.connectAgain();
    const res = await again.db.execute(sql`select count(*)::int as n from merchants`);
    expect(rowsOf(res)[0]!.n).toBe(0);
  });

  it.runIf(testDatabaseUrl())('survives PostgreSQL dropping its idle connections (server restart, failover)', async () => {
    await database.db.execute(sql`select 1`);
    const res = await database.db.execute(sql`select current_database() as name`);
    const name = String(rowsOf(res)[0]!.name);
    await adminQuery(testDatabaseUrl()!, `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`);
    await new Promise((r) => setTimeout(r, 200));
    // Without an error listener on the pool, the dead idle client's error event would crash the process.
    const after = await database.db.execute(sql`select 42 as answer`);
    expect(rowsOf(after)[0]!.answer).toBe(42);
  });
});
