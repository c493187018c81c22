/**
 * Business time for the review SLA: only Monday–Friday counts, in the platform's time zone
 * (China Standard Time, UTC+8, no daylight saving). Pure: instants in, numbers out.
 *
 * "Older than 3 business days" means more than 3 × 24 hours of weekday time has passed since submission:
 * a Friday 10:00 submission is overdue after Wednesday 10:00; a Saturday one after Wednesday 24:00.
 */
export const PLATFORM_UTC_OFFSET_MINUTES = 8 * 60;
export const OVERDUE_BUSINESS_DAYS = 3;
const DAY = 86_400_000;

const toLocal = (ms: number, offset: number) => ms + offset * 60_000;
const isWeekend = (localMs: number) => {
  const day = new Date(localMs).getUTCDay();
  return day === 0 || day === 6;
};
const startOfLocalDay = (localMs: number) => Math.floor(localMs / DAY) * DAY;

/** Milliseconds of weekday time between two instants (0 when `to` is not after `from`). */
export function businessMsBetween(from: Date, to: Date, offsetMinutes = PLATFORM_UTC_OFFSET_MINUTES): number {
  let a = toLocal(from.getTime(), offsetMinutes);
  const b = toLocal(to.getTime(), offsetMinutes);
  let total = 0;
  while (a < b) {
    const dayEnd = startOfLocalDay(a) + DAY;
    const end = Math.min(dayEnd, b);
    if (!isWeekend(a)) total += end - a;
    a = end;
  }
  return total;
}

/** Business days (fractional) between two instants. */
export const businessDaysBetween = (from: Date, to: Date, offsetMinutes = PLATFORM_UTC_OFFSET_MINUTES) =>
  businessMsBetween(from, to, offsetMinutes) / DAY;

/**
 * The instant before which a submission counts as overdue at `now`: walking back from `now`, the point where
 * `days` business days have accumulated. `isOverdue(t, now)` ⇔ `t < overdueCutoff(now)`; the bff filters with it in SQL.
 */
export function overdueCutoff(now: Date, days = OVERDUE_BUSINESS_DAYS, offsetMinutes = PLATFORM_UTC_OFFSET_MINUTES): Date {
  let remaining = days * DAY;
  let b = toLocal(now.getTime(), offsetMinutes);
  for (;;) {
    const dayStart = b % DAY === 0 ? b - DAY : startOfLocalDay(b);
    if (!isWeekend(dayStart)) {
      const span = b - dayStart;
      if (span > remaining) return new Date(b - remaining - offsetMinutes * 60_000);
      remaining -= span;
    }
    b = dayStart;
  }
}

/** More than `days` business days have passed since `submittedAt`. */
export function isOverdue(submittedAt: Date, now: Date, days = OVERDUE_BUSINESS_DAYS, offsetMinutes = PLATFORM_UTC_OFFSET_MINUTES): boolean {
  return businessMsBetween(submittedAt, now, offsetMinutes) > days * DAY;
}

/** The calendar date (YYYY-MM-DD) of an instant in the platform's time zone. */
export function platformDate(at: Date, offsetMinutes = PLATFORM_UTC_OFFSET_MINUTES): string {
  return new Date(toLocal(at.getTime(), offsetMinutes)).toISOString().slice(0, 10);
}

/** `date` (YYYY-MM-DD) plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Whole calendar days from `a` to `b` (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}
