import 'fake-indexeddb/auto';
import { PGlite } from '@electric-sql/pglite';
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteSnapshot, SnapshotFs } from './snapshot-fs';

// What the browser's mock mode relies on (src/browser.ts): a world opened from the dev server's tarball, changed, and
// opened again by the next page load — a reload does not close the database first.
describe('SnapshotFs', () => {
  let base: Blob;
  beforeAll(async () => {
    const pg = await PGlite.create();
    await pg.exec(`CREATE TABLE notes (id int PRIMARY KEY, body text); INSERT INTO notes SELECT g, 'seeded ' || g FROM generate_series(1, 500) g; CHECKPOINT;`);
    base = await pg.dumpDataDir('gzip');
    await pg.close();
  }, 120_000);

  const records = (name: string) =>
    new Promise<number>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const count = open.result.transaction('files').objectStore('files').count();
        count.onsuccess = () => {
          resolve(count.result);
          open.result.close();
        };
      };
    });

  it('keeps a change across a reload without a close, storing the tarball and only the files that changed', async () => {
    let asked = 0;
    const fs = () => new SnapshotFs({ name: 'world-a', base: async () => (asked++, base) });
    const first = await PGlite.create({ fs: fs() });
    expect((await first.query('SELECT count(*)::int AS n FROM notes')).rows).toEqual([{ n: 500 }]);
    await first.exec(`UPDATE notes SET body = 'changed' WHERE id = 7`);
    // A table rewrite leaves its old file behind in PostgreSQL's eyes only: it is removed, and must stay removed.
    const before = (await first.query<{ path: string }>(`SELECT pg_relation_filepath('notes') AS path`)).rows[0]!.path;
    await first.exec('VACUUM FULL notes');
    const after = (await first.query<{ path: string }>(`SELECT pg_relation_filepath('notes') AS path`)).rows[0]!.path;
    expect(after).not.toBe(before);

    // The next page load: the first instance is never closed (as when the tab reloads).
    const second = await PGlite.create({ fs: fs() });
    expect(asked).toBe(1);
    expect((await second.query('SELECT body FROM notes WHERE id = 7')).rows).toEqual([{ body: 'changed' }]);
    expect((await second.query('SELECT count(*)::int AS n FROM notes')).rows).toEqual([{ n: 500 }]);
    const files = second.Module.FS as unknown as { analyzePath(p: string): { exists: boolean } };
    expect(files.analyzePath(`/tmp/pglite/base/${after}`).exists).toBe(true);
    expect(files.analyzePath(`/tmp/pglite/base/${before}`).exists).toBe(false);
    // The tarball is one record and the changes a few dozen files, not the data dir's ~1,000.
    expect(await records('world-a')).toBeLessThan(100);
    await second.close();
    await first.close().catch(() => {});
  }, 120_000);

  it('keeps a world made without a tarball (a moved clock seeds in the page)', async () => {
    const open = () => PGlite.create({ fs: new SnapshotFs({ name: 'world-c', base: async () => undefined }) });
    const first = await open();
    await first.exec(`CREATE TABLE made_here (id int); INSERT INTO made_here VALUES (1), (2)`);
    const second = await open();
    expect((await second.query('SELECT count(*)::int AS n FROM made_here')).rows).toEqual([{ n: 2 }]);
    await second.close();
    await first.close().catch(() => {});
  }, 120_000);

  it('starts again from the tarball once its database is deleted (?reset)', async () => {
    const open = () => PGlite.create({ fs: new SnapshotFs({ name: 'world-b', base: async () => base }) });
    const first = await open();
    await first.exec(`DELETE FROM notes WHERE id <= 100`);
    await first.close();
    await deleteSnapshot('world-b');
    const second = await open();
    expect((await second.query('SELECT count(*)::int AS n FROM notes')).rows).toEqual([{ n: 500 }]);
    await second.close();
  }, 120_000);
});
