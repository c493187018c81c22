import type { CalendarWindow, WindowKind } from '@console/shared';

/** The seeded years. */
export const CALENDAR_YEARS = [2026, 2027] as const;

/** A window's stable id: one window per kind, year and phase. */
export const windowId = (kind: WindowKind, year: number, phase: string | null) => `cw_${kind}_${year}${phase ? `_${phase}` : ''}`;

export type DemoWindow = Omit<CalendarWindow, 'version' | 'updatedAt'> & { nameEn: string };

/** A believable marketing year (两新一促一节); the same shape every year, dates kept as data that admins may edit. */
export function marketingYear(year: number): DemoWindow[] {
  const d = (md: string) => `${year}-${md}`;
  const w = (kind: WindowKind, phase: CalendarWindow['phase'], [name, nameEn]: [string, string], startsOn: string, endsOn: string, deadline: string | null, global = false): DemoWindow => ({
    id: windowId(kind, year, phase),
    kind,
    phase,
    year,
    name,
    nameEn,
    startsOn: d(startsOn),
    endsOn: d(endsOn),
    submissionDeadline: deadline ? d(deadline) : null,
    global,
  });
  return [
    w('ss_launch', null, [`${year} 春夏上新`, `${year} Spring/Summer launch`], '02-01', '04-30', '01-20'),
    w('mid_year_618', null, [`${year} 618 年中大促`, `${year} 618 mid-year sale`], '05-20', '06-20', '05-10'),
    w('aw_launch', null, [`${year} 秋冬上新`, `${year} Autumn/Winter launch`], '08-01', '10-31', '07-20'),
    w('double11', null, [`${year} 双十一`, `${year} Double 11`], '10-20', '11-11', '10-10', true),
    w('double11', 'registration', [`${year} 双十一 报名`, `${year} Double 11 registration`], '09-10', '10-10', '10-10', true),
    w('double11', 'presale', [`${year} 双十一 预售`, `${year} Double 11 presale`], '10-20', '10-31', null, true),
    w('double11', 'official', [`${year} 双十一 正式期`, `${year} Double 11 main event`], '11-01', '11-11', null, true),
    w('brand_day', null, [`${year} 品牌日`, `${year} Brand Days`], '01-01', '12-31', null),
  ];
}

/** The demo calendar: every window of the given years. */
export const demoCalendar = (years: readonly number[] = CALENDAR_YEARS): DemoWindow[] => years.flatMap(marketingYear);
