import { platformDate } from '@console/shared';

const EVERY_MS = 60_000;

/**
 * Date checks (launches go live, perk versions become active) run before reads; states change by the day, so
 * a read need not pay for the scan more than once a minute per process and database — unless the platform
 * date changed since, the clock went backwards, or the caller forces one (a write that is due today).
 * Returns a function that says whether to run now, and records that it did.
 */
export function dateCheckThrottle() {
  const last = new WeakMap<object, { at: number; date: string }>();
  return (db: object, now: Date, force = false): boolean => {
    const today = platformDate(now);
    const seen = last.get(db);
    const elapsed = seen ? now.getTime() - seen.at : -1;
    if (!force && seen && seen.date === today && elapsed >= 0 && elapsed < EVERY_MS) return false;
    last.set(db, { at: now.getTime(), date: today });
    return true;
  };
}
