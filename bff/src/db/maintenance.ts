import { sql } from 'drizzle-orm';
import type { Database } from './client';

/**
 * PGlite has no autovacuum: it runs PostgreSQL as one single-user backend, without the launcher that vacuums and
 * analyzes tables as they change on a server. Left alone, an embedded console's planner never learns how big its
 * tables have grown (plans made for empty tables), dead rows are never reclaimed, and no page is ever marked
 * all-visible, so a count reads every row's page instead of the index alone (the review queue's total over 22,000
 * decided applications: 2,129 buffers before a vacuum, 224 after). This does what autovacuum would: VACUUM
 * (ANALYZE) of the whole database now and then. On PostgreSQL it does nothing: the server's autovacuum runs.
 */
export const VACUUM_EVERY_MS = 60 * 60_000;

export async function vacuumAnalyze(database: Database): Promise<void> {
  if (database.kind !== 'pglite') return;
  // Not in a transaction (VACUUM refuses one); it holds PGlite's one connection while it runs: a fraction of a
  // second on the demo world.
  await database.db.execute(sql`vacuum (analyze)`);
}

/** Vacuums soon after start (a freshly seeded database has no statistics yet), then every `everyMs`; stop() ends it. */
export function startMaintenance(database: Database, opts: { everyMs?: number; firstAfterMs?: number; onError?: (err: unknown) => void } = {}) {
  if (database.kind !== 'pglite') return { stop: () => {} };
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= vacuumAnalyze(database)
      .catch((err: unknown) => opts.onError?.(err))
      .finally(() => (running = null));
  };
  const first = setTimeout(run, opts.firstAfterMs ?? 5_000);
  const timer = setInterval(run, opts.everyMs ?? VACUUM_EVERY_MS);
  first.unref?.();
  timer.unref?.();
  return {
    stop: async () => {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
