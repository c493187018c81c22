/**
 * Vitest globalSetup of the web (component tests) and mocks projects: builds one in-memory PGlite per world (demo,
 * empty), migrated by the bundled migrations and seeded, and dumps each as a data-dir tarball (the bff's tests do the
 * same with a migrated one, bff/src/test/global-setup.ts). Every test file's database is a copy of it
 * (mocks/src/node.ts), so no file pays for initdb, migrations and the seed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { templateEnvOf } from '../template';

export default async function setup() {
  const started = performance.now();
  // The demo password is hashed at the tests' scrypt cost (as in the bff's tests); read when the bff loads.
  process.env.SCRYPT_LOG_N ??= '10';
  const { openMockDatabase } = await import('../database');
  const dir = mkdtempSync(join(tmpdir(), 'console-mock-'));
  const worlds = ['demo', 'empty'] as const;
  for (const world of worlds) {
    const database = await openMockDatabase({ world, now: new Date() });
    const tarball = await database.client.dumpDataDir('none');
    await database.close();
    const file = join(dir, `${world}.tar`);
    writeFileSync(file, new Uint8Array(await tarball.arrayBuffer()));
    process.env[templateEnvOf(world)] = file;
  }
  if (process.env.MOCK_TEMPLATE_VERBOSE) console.log(`mock template: ${Math.round(performance.now() - started)} ms`);
  return () => {
    rmSync(dir, { recursive: true, force: true });
    for (const world of worlds) delete process.env[templateEnvOf(world)];
  };
}
