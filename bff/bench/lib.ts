/**
 * The bench's shared parts. A case is a file in bench/cases/ whose default export takes a BenchContext
 * (a seeded database, the sample merchants, a caller factory) and returns rows of timings to print.
 * run.ts imports every file there, so a domain adds a case by adding a file:
 *
 *   export default async function myCase(ctx: BenchContext): Promise<BenchRow[]> {
 *     const { caller } = await ctx.callerFor(ctx.users.managerAll);
 *     return [await measure('launches', 'queue, oldest first', ctx.iterations, () => caller.launches.queue({}))];
 *   }
 */
import { loadavg } from 'node:os';
import type { Database } from '../src/db/client';
import type { callerFor } from '../src/test/harness';
import type { BenchWorld } from './seed';

export interface BenchContext {
  database: Database;
  /** `PGlite` or `PostgreSQL`, for the printout. */
  label: string;
  /** How many timed runs per query (BENCH_N, default 200), after a few untimed warm-up runs. */
  iterations: number;
  world: BenchWorld;
  callerFor: (user: { id: string } | null) => ReturnType<typeof callerFor>;
}

export interface BenchRow {
  area: string;
  query: string;
  n: number;
  /** Rows the query returned (last run), so a reader sees it did real work. */
  rows: number;
  p50: number;
  p95: number;
  max: number;
  /** The 1-minute load average when the timed runs ended (the machine may be shared). */
  load: number;
  /**
   * CPU milliseconds per run, the bench process's plus the database server's backends' (PostgreSQL on this machine):
   * unlike wall time it hardly moves with the load of a shared machine. On PGlite the database runs in-process, so
   * this is the whole cost of a run; on a quiet machine p50 comes close to it.
   */
  cpu?: number;
}

export type BenchCase = (ctx: BenchContext) => Promise<BenchRow[]>;

const WARM_UP = 5;

/** CPU milliseconds the database server has used so far for this bench, when it can be read (see setServerCpu). */
let serverCpu: () => Promise<number> = async () => 0;
/** run.ts sets how to read the database server's CPU time (PostgreSQL backends on this machine); PGlite has none apart. */
export function setServerCpu(read: () => Promise<number>) {
  serverCpu = read;
}

function percentile(sorted: number[], p: number) {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

/** Runs `fn` a few times untimed, then `n` times timed; `fn` returns the row count it saw. */
export async function measure(area: string, query: string, n: number, fn: () => Promise<number>): Promise<BenchRow> {
  let rows = 0;
  for (let i = 0; i < WARM_UP; i++) rows = await fn();
  const times: number[] = [];
  const server0 = await serverCpu();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    rows = await fn();
    times.push(performance.now() - start);
  }
  const own = process.cpuUsage(cpu0);
  const cpu = ((own.user + own.system) / 1000 + ((await serverCpu()) - server0)) / n;
  times.sort((a, b) => a - b);
  return { area, query, n, rows, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] ?? 0, load: loadavg()[0]!, cpu };
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string) {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

/** A plain-text table, columns padded to their widest cell. */
export function formatTable(headers: string[], rows: string[][], alignRight: boolean[] = []) {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, alignRight[i] ?? false)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (v: number) => v.toFixed(2);
