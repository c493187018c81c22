import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { type Db, type DemoWorldName, migrateBundled, pgliteExtensions, schema, seedDemo } from '@console/bff/embedded';

export interface MockDatabase {
  db: Db;
  client: PGlite;
  close(): Promise<void>;
}

export interface OpenMockDatabase {
  /** Where the data dir is kept: none for memory; the browser's SnapshotFs (src/snapshot-fs.ts) keeps it in IndexedDB. */
  fs?: PGliteOptions['fs'];
  /** A tarball of a data dir to start from (PGlite's dumpDataDir): the tests' migrated and seeded template. */
  loadDataDir?: Blob;
  /** Which demo world to seed when the database has none yet. */
  world?: DemoWorldName;
  /** The moment the seed dates the world from. */
  now: Date;
}

/**
 * The bff's database, embedded: PGlite, migrated by the bff's own migrations (bundled as text) and seeded by its
 * demo seed, which does nothing when the database already holds the world (a reload in the browser).
 */
export async function openMockDatabase(options: OpenMockDatabase): Promise<MockDatabase> {
  // One options object: PGlite.create(dataDir, options) drops the options when dataDir is undefined (in memory).
  const client = await PGlite.create({
    ...(options.fs ? { fs: options.fs } : {}),
    extensions: pgliteExtensions,
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    // Not PGlite's relaxed durability: a sign-in followed by a reload must find its session in IndexedDB
    // (SnapshotFs writes what a query changed before the query answers).
  });
  const db = drizzle(client, { schema }) as unknown as Db;
  await migrateBundled(db);
  await seedDemo(db, { now: options.now, world: options.world });
  return { db, client, close: () => client.close() };
}
