/**
 * Vitest globalSetup of the bff projects (and of the mocks project, whose parity/wire tests open the bff's
 * database): migrate ONE database before any test file starts, so that each file's fresh database is a copy of
 * it instead of a cold start plus every migration.
 *
 *  - PGlite (no TEST_DATABASE_URL): a freshly initialised, migrated in-memory PGlite is dumped as an uncompressed
 *    data-dir tarball into a temp folder; PGLITE_TEMPLATE names it, and `openDatabase('memory://')` starts from it
 *    (loading a data dir skips initdb: measured ~0.8-2.7 s -> ~0.4-1.5 s per database, plus the migrations).
 *  - PostgreSQL (TEST_DATABASE_URL): a migrated template database is created once; the harness creates each file's
 *    database with `CREATE DATABASE … TEMPLATE …` and the template is dropped at the end.
 *
 * Either way the migrator still runs on every database opened (a no-op on an up-to-date copy), so a stale
 * template can never skip a migration; isolation is unchanged: every file still gets its own database.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { migrationsFolder, openDatabase, PGLITE_TEMPLATE_ENV } from '../db/client';
import { pgliteExtensions } from '../db/extensions';

async function adminQuery(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Name of the migrated PostgreSQL database each test file's database is created from ('' on PGlite). */
    templateDatabase: string;
  }
}

/** One PGlite tarball per vitest run, even when several projects (bff, mocks) ask for it. */
let pgliteTemplate: Promise<{ file: string; dispose(): void }> | null = null;

async function buildPgliteTemplate() {
  const pg = new PGlite({ extensions: pgliteExtensions });
  try {
    await migrate(drizzle(pg) as never, { migrationsFolder });
    const tarball = await pg.dumpDataDir('none');
    const dir = mkdtempSync(join(tmpdir(), 'console-pglite-'));
    const file = join(dir, 'migrated.tar');
    writeFileSync(file, new Uint8Array(await tarball.arrayBuffer()));
    return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  } finally {
    await pg.close();
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = (project.config.env?.TEST_DATABASE_URL as string | undefined) || '';
  if (serverUrl) {
    const name = `${process.env.TEST_DATABASE_PREFIX ?? ''}tpl_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    await adminQuery(serverUrl, `create database "${name}"`);
    try {
      const u = new URL(serverUrl);
      u.pathname = `/${name}`;
      const database = await openDatabase(u.toString());
      await database.close();
    } catch (error) {
      await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
      throw error;
    }
    project.provide('templateDatabase', name);
    return async () => {
      await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
    };
  }
  project.provide('templateDatabase', '');
  const first = !pgliteTemplate;
  pgliteTemplate ??= buildPgliteTemplate();
  const template = await pgliteTemplate;
  // Test workers are started after every globalSetup has run, and inherit this process's environment.
  process.env[PGLITE_TEMPLATE_ENV] = template.file;
  return () => {
    if (!first) return;
    template.dispose();
    pgliteTemplate = null;
    delete process.env[PGLITE_TEMPLATE_ENV];
  };
}
