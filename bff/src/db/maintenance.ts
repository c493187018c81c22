import { sql } from 'drizzle-orm';
import type { Database } from './client';

/**
 * PGlite has no autovacuum: it runs PostgreSQL as one single-user backend, without the launcher that vacuums and
 * analyzes tables as they change on a server. Left alone, an embedded console's planner never learns how big its
 * tables have grown (plans made for the empty tables of the first start) and dead rows are never reclaimed. This
 * does what autovacuum would: VACUUM (ANALYZE) of the whole database now and then. (It also marks pages
 * all-visible, which lets PostgreSQL 15 count the review queue from its index alone — 2,129 buffers → 224 — but
 * PGlite's PostgreSQL 17 planner still prefers a bitmap heap scan for those counts.) On PostgreSQL it does nothing:
 * the server's autovacuum runs.
 */
export const VACUUM_EVERY_MS = 60 * 60_000;

export async function vacuumAnalyze(database: Database): Promise<void> {
  if (database.kind !== 'pglite') return;
  // Not in a transaction (VACUUM refuses one). It holds PGlite's one connection (every statement waits meanwhile):
  // on the seeded demo world the first VACUUM (ANALYZE) took 3.3 s of CPU, later ones ~1.2 s (ANALYZE is most of
  // it; VACUUM alone 66 ms once done), measured at load ~30 on 2 cores. Hence hourly, and not at start.
  await database.db.execute(sql`vacuum (analyze)`);
}

/**
 * Vacuums every `everyMs` (the first one `everyMs` after start, not at start: a console just started is being
 * used — the e2e suite opens pages within seconds — and a pause of its one connection then would be felt).
 */
export function startMaintenance(database: Database, opts: { everyMs?: number; onError?: (err: unknown) => void } = {}) {
  if (database.kind !== 'pglite') return { stop: () => {} };
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= vacuumAnalyze(database)
      .catch((err: unknown) => opts.onError?.(err))
      .finally(() => (running = null));
  };
  const timer = setInterval(run, opts.everyMs ?? VACUUM_EVERY_MS);
  timer.unref?.();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
