/**
 * The first start of an embedded database is atomic: killed (SIGKILL, no chance to clean up) at any moment while
 * it migrates and seeds, the next start comes up with the complete demo world; a folder with data is never removed;
 * a folder that cannot be opened is refused with a message that names it and says what to do.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseFolderError, openDatabase, READY_MARKER } from './client';

const child = fileURLToPath(new URL('../test/first-start-child.ts', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'console-first-start-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  output: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
}
/** Runs a first start on `folder`; with `killAfterMs`, SIGKILLs it that long after spawn (or after `killOn` appears). */
function start(folder: string, kill?: { afterMs: number; on?: string }): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const proc = spawn(process.execPath, ['--import', 'tsx', child, folder], {
      env: { ...process.env, SCRYPT_LOG_N: '10', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const arm = () => setTimeout(() => proc.kill('SIGKILL'), kill!.afterMs);
    if (kill && !kill.on) arm();
    let armed = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (kill?.on && !armed && output.includes(kill.on)) {
        armed = true;
        arm();
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code, signal) => resolve({ output, code, signal, ms: Date.now() - t0 }));
  });
}

const rowsOf = (res: unknown) => (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as Record<string, unknown>[];
/** What a complete seed holds, table by table. */
async function census(folder: string): Promise<Record<string, number>> {
  const database = await openDatabase(folder);
  try {
    const res = await database.db.execute(
      sql`select (select count(*)::int from users) as users, (select count(*)::int from merchants) as merchants, (select count(*)::int from applications) as applications`,
    );
    return rowsOf(res)[0] as Record<string, number>;
  } finally {
    await database.close();
  }
}

let reference: Record<string, number>;
let fullMs: number;
let referenceRun: Run;
beforeAll(async () => {
  // Built over an empty folder already in place (a mounted volume, a folder made by hand), which it fills.
  const folder = join(root, 'reference');
  mkdirSync(folder);
  const run = await start(folder);
  referenceRun = run;
  expect(run.output).toContain('READY {"created":true}');
  fullMs = run.ms;
  reference = await census(folder);
  expect(reference.users).toBeGreaterThan(0);
  expect(reference.applications).toBeGreaterThan(0);
}, 120_000);

describe('the first start of a PGlite folder', () => {
  it('killed at several moments while migrating and seeding, the next start comes up with the complete seed', async () => {
    // Moments spread over a whole first start, plus two pinned to the phases themselves.
    const kills: { afterMs: number; on?: string }[] = [
      ...[0.3, 0.65].map((f) => ({ afterMs: Math.round(fullMs * f) })),
      { afterMs: 0, on: 'PHASE opening' },
      { afterMs: 30, on: 'PHASE seeding' },
    ];
    const seen: string[] = [];
    let leftovers = 0;
    for (const [i, kill] of kills.entries()) {
      const folder = join(root, `kill-${i}`);
      const killed = await start(folder, kill);
      const phase = killed.output.match(/PHASE \w+/g)?.pop() ?? 'before opening';
      seen.push(killed.signal === 'SIGKILL' ? phase : 'finished');
      // Atomic: after the kill there is no folder, or a complete one, never a half-made one.
      expect(!existsSync(folder) || existsSync(join(folder, READY_MARKER)), `kill ${i} (${phase})`).toBe(true);

      const leftover = readdirSync(root).some((n) => n.startsWith(`kill-${i}.building-`));
      if (leftover) leftovers++;
      const again = await start(folder);
      expect(again.code, again.output).toBe(0);
      expect(again.output).toMatch(/READY/);
      // It says what it does about the stopped first start.
      if (leftover) expect(again.output).toMatch(new RegExp(`SAY Removed .*kill-${i}\\.building-\\d+: a first start that was stopped before it finished; starting it again\\.`));
      expect(await census(folder), `kill ${i} (${phase})`).toEqual(reference);
      expect(readdirSync(root).filter((n) => n.startsWith(`kill-${i}.building-`))).toEqual([]);
    }
    // The kills landed while it migrated and while it seeded, not only before or after.
    expect(seen).toContain('PHASE opening');
    expect(seen).toContain('PHASE seeding');
    expect(leftovers).toBeGreaterThan(0);
  }, 300_000);

  it('never removes a folder with data: a later start keeps what was written', async () => {
    const folder = join(root, 'reference');
    const database = await openDatabase(folder);
    await database.db.execute(sql`update merchants set name = 'kept across starts' where id = (select min(id) from merchants)`);
    await database.close();
    const again = await start(folder);
    expect(again.output).toContain('READY {"created":false}');
    const check = await openDatabase(folder);
    const res = await check.db.execute(sql`select count(*)::int as n from merchants where name = 'kept across starts'`);
    await check.close();
    expect(rowsOf(res)[0]!.n).toBe(1);
  }, 120_000);

  it('an empty folder in the way (a mounted volume, a folder made by hand) is filled', () => {
    expect(referenceRun.output).toContain('READY {"created":true}');
    expect(reference.merchants).toBeGreaterThan(0);
  });

  it('a folder that cannot be opened is refused with a message naming it and what to do, and is left alone', async () => {
    const folder = join(root, 'broken');
    mkdirSync(join(folder, 'global'), { recursive: true });
    writeFileSync(join(folder, 'PG_VERSION'), '17\n');
    writeFileSync(join(folder, 'global', 'pg_control'), Buffer.alloc(8192, 0x5a));
    const error = await openDatabase(folder).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseFolderError);
    expect((error as Error).message).toContain(folder);
    expect((error as Error).message).toMatch(/delete it \(rm -rf ".*broken"\) and start again/);
    expect(existsSync(join(folder, 'PG_VERSION'))).toBe(true);
  }, 60_000);
});
