import type { CalendarWindow, WindowKind } from '@console/shared';

export const windowId = (kind: WindowKind, year: number, phase: string | null) => `cw_${kind}_${year}${phase ? `_${phase}` : ''}`;

/** The seeded years of `bff/src/calendar/seed.ts`. */
export const CALENDAR_YEARS = [2026, 2027] as const;

/** A marketing year (两新一促一节) as `bff/src/calendar/seed.ts` writes it: the same windows, names and dates. */
export function marketingYear(year: number): Omit<CalendarWindow, 'id' | 'version' | 'updatedAt'>[] {
  const d = (md: string) => `${year}-${md}`;
  const w = (kind: WindowKind, phase: CalendarWindow['phase'], name: string, startsOn: string, endsOn: string, deadline: string | null, global = false) => ({
    kind,
    phase,
    year,
    name,
    startsOn: d(startsOn),
    endsOn: d(endsOn),
    submissionDeadline: deadline ? d(deadline) : null,
    global,
  });
  return [
    w('ss_launch', null, `${year} 春夏上新`, '02-01', '04-30', '01-20'),
    w('mid_year_618', null, `${year} 618 年中大促`, '05-20', '06-20', '05-10'),
    w('aw_launch', null, `${year} 秋冬上新`, '08-01', '10-31', '07-20'),
    w('double11', null, `${year} 双十一`, '10-20', '11-11', '10-10', true),
    w('double11', 'registration', `${year} 双十一 报名`, '09-10', '10-10', '10-10', true),
    w('double11', 'presale', `${year} 双十一 预售`, '10-20', '10-31', null, true),
    w('double11', 'official', `${year} 双十一 正式期`, '11-01', '11-11', null, true),
    w('brand_day', null, `${year} 品牌日`, '01-01', '12-31', null),
  ];
}

export function createCalendar(now: Date): CalendarWindow[] {
  return CALENDAR_YEARS.flatMap(marketingYear).map((w) => ({ ...w, id: windowId(w.kind, w.year, w.phase), version: 1, updatedAt: now.toISOString() }));
}
