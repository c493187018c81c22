import type { MigrationMeta } from 'drizzle-orm/migrator';
import { sha256, toHex } from '../auth/encoding';
import journal from '../../drizzle/meta/_journal.json';
import type { Db } from './client';

/**
 * The drizzle migrations bundled as text, for a database opened where there are no files to read: mock mode in
 * the browser and the web's component tests (Vite's import.meta.glob inlines every `drizzle/*.sql`). The bff
 * itself reads the same files from disk (db/client.ts); migrations.test.ts checks both give the migrator the
 * same statements and hashes.
 */
const sqlFiles = import.meta.glob<string>('../../drizzle/*.sql', { query: '?raw', import: 'default', eager: true });

/** What drizzle's readMigrationFiles makes of the migrations folder, from the bundled text. */
export async function bundledMigrations(): Promise<MigrationMeta[]> {
  return Promise.all(
    journal.entries.map(async (entry) => {
      const query = sqlFiles[`../../drizzle/${entry.tag}.sql`];
      if (query === undefined) throw new Error(`Migration ${entry.tag}.sql is in the journal but was not bundled`);
      return { sql: query.split('--> statement-breakpoint'), bps: entry.breakpoints, folderMillis: entry.when, hash: toHex(await sha256(query)) };
    }),
  );
}

interface Migratable {
  dialect: { migrate(migrations: MigrationMeta[], session: unknown, config: object): Promise<void> };
  session: unknown;
}

/** Applies the bundled migrations as drizzle's own migrator would (the same table, hashes and order). */
export async function migrateBundled(db: Db): Promise<void> {
  const { dialect, session } = db as unknown as Migratable;
  await dialect.migrate(await bundledMigrations(), session, { migrationsFolder: 'bundled' });
}
