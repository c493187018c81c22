import type { Db } from '../db/client';
import { CALENDAR_YEARS, demoCalendar } from '../demo/calendar';
import { calendarWindows } from './table';

export { marketingYear } from '../demo/calendar';

/** The calendar for the given years; windows already there are left as the admins last saved them. */
export async function seedCalendar(db: Db, years: readonly number[] = CALENDAR_YEARS) {
  const rows = demoCalendar(years);
  await db.insert(calendarWindows).values(rows).onConflictDoNothing();
  return rows.length;
}
