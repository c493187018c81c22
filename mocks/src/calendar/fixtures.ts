import type { CalendarWindow } from '@console/shared';
import { demoCalendar } from '@console/bff/demo';

export { CALENDAR_YEARS, marketingYear, windowId } from '@console/bff/demo';

/** The marketing calendar the bff seeds (the same windows, names and dates), each at its first version. */
export function createCalendar(now: Date): CalendarWindow[] {
  return demoCalendar().map((w) => ({ ...w, version: 1, updatedAt: now.toISOString() }));
}
