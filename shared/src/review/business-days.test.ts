import { describe, expect, it } from 'vitest';
import { addDays, businessDaysBetween, daysBetween, isOverdue, overdueCutoff, platformDate } from './business-days';

// Instants in China time (UTC+8), the platform's zone. 2026-03-06 is a Friday.
const cst = (local: string) => new Date(`${local}+08:00`);

describe('business days', () => {
  it('counts weekday time only', () => {
    expect(businessDaysBetween(cst('2026-03-02T10:00:00'), cst('2026-03-05T10:00:00'))).toBe(3); // Mon → Thu
    expect(businessDaysBetween(cst('2026-03-06T10:00:00'), cst('2026-03-09T10:00:00'))).toBe(1); // Fri → Mon
    expect(businessDaysBetween(cst('2026-03-07T10:00:00'), cst('2026-03-08T23:00:00'))).toBe(0); // Sat → Sun
    expect(businessDaysBetween(cst('2026-03-05T10:00:00'), cst('2026-03-02T10:00:00'))).toBe(0);
  });

  it('flags a Friday 10:00 submission overdue just after Wednesday 10:00, not at it', () => {
    const submitted = cst('2026-03-06T10:00:00');
    expect(isOverdue(submitted, cst('2026-03-11T10:00:00'))).toBe(false);
    expect(isOverdue(submitted, cst('2026-03-11T10:00:01'))).toBe(true);
    expect(isOverdue(submitted, cst('2026-03-10T23:59:59'))).toBe(false);
  });

  it('starts the clock of a weekend submission on Monday 00:00', () => {
    const saturday = cst('2026-03-07T15:00:00');
    expect(isOverdue(saturday, cst('2026-03-11T23:59:59'))).toBe(false);
    expect(isOverdue(saturday, cst('2026-03-12T00:00:01'))).toBe(true);
  });

  it('treats the weekend as China sees it, not UTC', () => {
    // Friday 23:00 UTC is Saturday 07:00 in China: Saturday, no business time.
    expect(businessDaysBetween(new Date('2026-03-06T23:00:00Z'), new Date('2026-03-07T23:00:00Z'))).toBe(0);
  });

  it('gives a cutoff that agrees with isOverdue around every edge', () => {
    const nows = [cst('2026-03-11T10:00:00'), cst('2026-03-09T00:00:00'), cst('2026-03-09T08:30:00'), cst('2026-03-12T00:00:00'), cst('2026-03-08T12:00:00')];
    for (const now of nows) {
      const cutoff = overdueCutoff(now);
      expect(isOverdue(cutoff, now)).toBe(false);
      expect(isOverdue(new Date(cutoff.getTime() - 1), now)).toBe(true);
      for (let h = 0; h < 24 * 9; h += 5) {
        const t = new Date(now.getTime() - h * 3_600_000);
        expect(isOverdue(t, now), `${t.toISOString()} at ${now.toISOString()}`).toBe(t < cutoff);
      }
    }
    // Thursday 00:00: Mon, Tue, Wed make three days, so the cutoff falls at the start of the weekend before.
    expect(overdueCutoff(cst('2026-03-12T00:00:00')).toISOString()).toBe(cst('2026-03-07T00:00:00').toISOString());
  });

  it('dates in platform time', () => {
    expect(platformDate(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
    expect(addDays('2026-02-25', 7)).toBe('2026-03-04');
    expect(daysBetween('2026-02-25', '2026-03-04')).toBe(7);
  });
});
