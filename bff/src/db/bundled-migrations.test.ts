import { readMigrationFiles } from 'drizzle-orm/migrator';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions } from './extensions';
import { drizzle } from 'drizzle-orm/pglite';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { bundledMigrations, migrateBundled } from './bundled-migrations';
import { migrationsFolder } from './client';
import type { Db } from './client';
import * as schema from './schema';

describe('migrations bundled as text (mock mode, component tests)', () => {
  it('are the files the bff reads, statement for statement, with the same hashes and order', async () => {
    expect(await bundledMigrations()).toEqual(readMigrationFiles({ migrationsFolder }));
  });

  it('migrate an empty PGlite to the schema the bff uses, and a second run changes nothing', async () => {
    const client = new PGlite({ extensions: pgliteExtensions });
    const db = drizzle(client, { schema }) as unknown as Db;
    await migrateBundled(db);
    await migrateBundled(db);
    const applied = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect((applied as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(readMigrationFiles({ migrationsFolder }).length);
    await expect(db.select().from(schema.users)).resolves.toEqual([]);
    await client.close();
  });
});
