/**
 * `npm run bench -w @console/bff`: seeds BENCH_MERCHANTS (10,000) merchants into a fresh in-memory PGlite and,
 * when it answers, into a throwaway database on PostgreSQL (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test; the database is dropped afterwards), then runs every case in
 * bench/cases/ against each and prints p50/p95/max and CPU ms (bff plus a local PostgreSQL server) per query. BENCH_CASES=home,audit picks cases;
 * BENCH_ENGINES=postgres (or pglite) benches one database only. BENCH_DATABASE_NAME names the throwaway database
 * (on a shared server: one name per person, e.g. h4_bench); BENCH_KEEP_DATABASE=1 keeps it afterwards, to EXPLAIN
 * its queries by hand. Every figure is printed with the 1-minute load average at the time: on a shared machine a
 * figure means little without it. Figures to read, not a test that fails on time.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { count, sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../src/db/client';
import { merchants } from '../src/merchants/table';
import { adminQuery, callerFor, TestClock, withDatabaseName } from '../src/test/harness';
import { type BenchCase, type BenchContext, type BenchRow, formatTable, ms, setServerCpu } from './lib';
import { seedBenchWorld } from './seed';

const merchantCount = Number(process.env.BENCH_MERCHANTS ?? 10_000);
const iterations = Number(process.env.BENCH_N ?? 200);
const pgUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const only = process.env.BENCH_CASES?.split(',').map((s) => s.trim()).filter(Boolean);
/** Which databases to bench: `pglite`, `postgres` or both (default). */
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((s) => s.trim());

async function loadCases(): Promise<[string, BenchCase][]> {
  const dir = fileURLToPath(new URL('./cases/', import.meta.url));
  const files = readdirSync(dir).filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts')).sort();
  const cases: [string, BenchCase][] = [];
  for (const file of files) {
    const name = file.replace(/\.(ts|js|mjs)$/, '');
    if (only && !only.includes(name)) continue;
    const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as { default?: BenchCase };
    if (typeof mod.default !== 'function') throw new Error(`bench/cases/${file} has no default export function`);
    cases.push([name, mod.default]);
  }
  return cases;
}

async function benchOn(label: string, database: Database, cases: [string, BenchCase][]) {
  const seedStart = performance.now();
  const world = await seedBenchWorld(database.db, merchantCount);
  // As the running console keeps them: PostgreSQL's autovacuum, and on PGlite the console's own hourly vacuum
  // (db/maintenance.ts), vacuum and analyze tables after a bulk load; figures of a never-vacuumed table (no page
  // marked all-visible, so no index-only count) would measure a state that lasts a minute.
  await database.db.execute(sql`vacuum (analyze)`);
  const seedMs = performance.now() - seedStart;
  const [counted] = await database.db.select({ n: count() }).from(merchants);
  console.log(`\n${label}: load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; seeded ${(counted?.n ?? 0).toLocaleString('en')} merchants in ${(seedMs / 1000).toFixed(2)} s; ${iterations} timed runs per query`);
  // A clock that follows real time, so long runs never idle a session out.
  const realTime = Object.assign(new TestClock(), { now: () => new Date() });
  const ctx: BenchContext = {
    database,
    label,
    iterations,
    world,
    callerFor: (user) => callerFor(database, user, { clock: realTime }),
  };
  const rows: BenchRow[] = [];
  for (const [name, run] of cases) {
    try {
      rows.push(...(await run(ctx)));
    } catch (error) {
      console.error(`  case ${name} failed on ${label}:`, error instanceof Error ? error.message : error);
      process.exitCode = 1;
    }
  }
  console.log(
    formatTable(
      ['area', 'query', 'rows', 'n', 'p50 ms', 'p95 ms', 'max ms', 'load', 'cpu ms'],
      rows.map((r) => [r.area, r.query, String(r.rows), String(r.n), ms(r.p50), ms(r.p95), ms(r.max), r.load.toFixed(2), r.cpu === undefined ? '' : ms(r.cpu)]),
      [false, false, true, true, true, true, true, true, true],
    ),
  );
}

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ: 100 on Linux). */
const USER_HZ = 100;

/**
 * CPU milliseconds used so far by the PostgreSQL backends serving this bench's database, read from /proc when the
 * server runs on this machine (the bench's 127.0.0.1 default); 0 when it cannot be read. A backend that has exited
 * keeps its last reading (the pool closes idle connections), so only its time since that reading is missed.
 */
const backendTicks = new Map<number, number>();
async function postgresBackendsCpu(database: Database) {
  const result = (await database.db.execute(sql`select pid from pg_stat_activity where datname = current_database()`)) as unknown as { rows: { pid: number }[] };
  for (const { pid } of result.rows) {
    try {
      // Fields after the command's closing parenthesis: state is the 3rd, utime the 14th, stime the 15th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      backendTicks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // Not on this machine, or already gone.
    }
  }
  let ticks = 0;
  for (const t of backendTicks.values()) ticks += t;
  return (ticks * 1000) / USER_HZ;
}

async function postgresReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const cases = await loadCases();
console.log(`bench cases: ${cases.map(([n]) => n).join(', ') || '(none)'}`);

if (engines.includes('pglite')) {
  const pglite = await openDatabase('memory://');
  try {
    await benchOn('PGlite (in memory)', pglite, cases);
  } finally {
    await pglite.close();
  }
}

if (!engines.includes('postgres')) {
  // PostgreSQL not asked for (BENCH_ENGINES).
} else if (await postgresReachable(pgUrl)) {
  const name = process.env.BENCH_DATABASE_NAME || `bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const keep = process.env.BENCH_KEEP_DATABASE === '1';
  await adminQuery(pgUrl, `drop database if exists "${name}" with (force)`);
  await adminQuery(pgUrl, `create database "${name}"`);
  try {
    const database = await openDatabase(withDatabaseName(pgUrl, name));
    setServerCpu(() => postgresBackendsCpu(database));
    try {
      await benchOn(`PostgreSQL (${new URL(pgUrl).host}, throwaway database ${name})`, database, cases);
    } finally {
      await database.close();
    }
  } finally {
    if (keep) console.log(`\nPostgreSQL: kept database ${name} (BENCH_KEEP_DATABASE=1); drop it when done`);
    else await adminQuery(pgUrl, `drop database if exists "${name}" with (force)`);
  }
} else {
  console.log(`\nPostgreSQL: skipped (not reachable) — tried ${new URL(pgUrl).host}; set BENCH_DATABASE_URL to bench another server`);
}
