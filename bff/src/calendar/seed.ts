import type { Db } from '../db/client';
import { CALENDAR_YEARS, demoCalendar } from '../demo/calendar';
import { calendarWindows } from './table';

export { marketingYear } from '../demo/calendar';

/**
 * The calendar for the given years, saved at `now` (the seed's clock, not the database's, so a seed at a given
 * moment is the same world everywhere); windows already there are left as the admins last saved them.
 */
export async function seedCalendar(db: Db, years: readonly number[] = CALENDAR_YEARS, now: Date = new Date()) {
  const rows = demoCalendar(years);
  await db.insert(calendarWindows).values(rows.map((w) => ({ ...w, createdAt: now, updatedAt: now }))).onConflictDoNothing();
  return rows.length;
}
