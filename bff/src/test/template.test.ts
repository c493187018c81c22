/**
 * The run's migrated template (global-setup.ts): every file's database is a copy of it, yet still fresh,
 * independent and fully migrated, and an out-of-date template cannot skip a migration.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions } from '../db/extensions';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrationsFolder, openDatabase, PGLITE_TEMPLATE_ENV } from '../db/client';
import { merchants } from '../merchants/table';
import { createMerchant, createTestDatabase, testDatabasePrefix, testDatabaseUrl, type TestDatabase } from './harness';

const rowsOf = (res: unknown) => (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as Record<string, unknown>[];
const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
const appliedMigrations = async (database: { db: TestDatabase['db'] }) =>
  Number(rowsOf(await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`))[0]!.n);

let a: TestDatabase;
let b: TestDatabase;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
});

describe('databases copied from the run template', () => {
  it('the run made a template to copy from', () => {
    if (testDatabaseUrl()) expect(inject('templateDatabase').startsWith(`${testDatabasePrefix()}tpl_`)).toBe(true);
    else expect(existsSync(process.env[PGLITE_TEMPLATE_ENV] ?? '')).toBe(true);
  });

  it('start with every migration applied and no rows', async () => {
    expect(await appliedMigrations(a)).toBe(journal.entries.length);
    expect(await a.db.$count(merchants)).toBe(0);
  });

  it('are independent of one another', async () => {
    await createMerchant(a.db, { vertical: 'beauty' });
    expect(await a.db.$count(merchants)).toBe(1);
    expect(await b.db.$count(merchants)).toBe(0);
  });

  it.skipIf(testDatabaseUrl())('an out-of-date PGlite template still gets the missing migrations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stale-template-'));
    const previous = process.env[PGLITE_TEMPLATE_ENV];
    const bare = new PGlite({ extensions: pgliteExtensions });
    try {
      // A template made before any migration existed.
      const file = join(dir, 'bare.tar');
      writeFileSync(file, new Uint8Array(await (await bare.dumpDataDir('none')).arrayBuffer()));
      process.env[PGLITE_TEMPLATE_ENV] = file;
      const database = await openDatabase('memory://');
      try {
        expect(await appliedMigrations(database)).toBe(journal.entries.length);
        expect(await database.db.$count(merchants)).toBe(0);
      } finally {
        await database.close();
      }
    } finally {
      process.env[PGLITE_TEMPLATE_ENV] = previous;
      if (previous === undefined) delete process.env[PGLITE_TEMPLATE_ENV];
      await bare.close();
      rmSync(dir, { recursive: true, force: true });
    }
    // Two embedded databases and every migration from nothing: more than a test's usual 30 s on a loaded 2-core machine.
  }, 90_000);
});
