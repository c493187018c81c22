/**
 * Builds one mock world for `npm run dev:mock`: an in-memory PGlite migrated by the bundled migrations and seeded
 * with the demo world as of `now`, dumped as a gzip'd data-dir tarball. The browser starts from it on a first visit
 * instead of migrating and seeding in the page (tens of seconds there, a few here).
 *
 *   node mocks/dev/build-world.mjs <world> <out.tar.gz> <now ISO>
 *
 * The dev server's plugin (mocks/dev/world-plugin.ts) runs it in a child process, so the bff's config reads its own
 * environment (passwords hashed at the browser's scrypt cost) and the dev server keeps answering meanwhile. The
 * modules load through Vite (the bundled migrations are an `import.meta.glob`), exactly the code mock mode runs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const [world, out, nowIso] = process.argv.slice(2);
if (!world || !out || !nowIso) throw new Error('usage: build-world.mjs <world> <out.tar.gz> <now ISO>');
const root = fileURLToPath(new URL('../..', import.meta.url));
const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { openMockDatabase } = await vite.ssrLoadModule('/mocks/src/database.ts');
  const database = await openMockDatabase({ world, now: new Date(nowIso) });
  const { client } = database;
  // What the browser fetches, unpacks and keeps, made smaller (7.2 → 3.4 MB gzip, 59 → 24 MB, 1,132 → 515 files for
  // the demo world): PGlite opens template1 only, so the postgres and template0 databases go (~7 MB each); after a
  // checkpoint, recovery starts in the WAL segment in use, and the others are old or pre-allocated ones (1 MB each).
  for (const sql of ['DROP DATABASE postgres', `UPDATE pg_database SET datistemplate = false WHERE datname = 'template0'`, 'DROP DATABASE template0', 'CHECKPOINT']) {
    await client.exec(sql);
  }
  const { rows } = await client.query(`SELECT (pg_control_checkpoint()).redo_wal_file AS redo, pg_walfile_name(pg_current_wal_lsn()) AS current`);
  const { redo, current } = rows[0];
  const wal = '/tmp/pglite/base/pg_wal';
  for (const file of client.Module.FS.readdir(wal)) {
    if (/^[0-9A-F]{24}$/.test(file) && (file < redo || file > current)) client.Module.FS.unlink(`${wal}/${file}`);
  }
  const tarball = await client.dumpDataDir('gzip');
  await database.close();
  writeFileSync(out, new Uint8Array(await tarball.arrayBuffer()));
} finally {
  await vite.close();
}
