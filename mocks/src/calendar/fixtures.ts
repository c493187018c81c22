import type { CalendarWindow, WindowKind } from '@console/shared';

export const windowId = (kind: WindowKind, year: number, phase: string | null) => `cw_${kind}_${year}${phase ? `_${phase}` : ''}`;

/**
 * The marketing calendar (两新一促一节) of last year, this year and the next, as an admin would keep it. The launch
 * windows split the year in two, each closing for submissions a week before it ends (a launch date is at
 * least 7 days after submission), so a launch can be drafted and submitted whatever day mock mode runs on.
 */
export function createCalendar(now: Date): CalendarWindow[] {
  const y0 = now.getUTCFullYear();
  const updatedAt = new Date(Date.UTC(y0 - 1, 11, 1)).toISOString();
  const w = (kind: WindowKind, year: number, phase: CalendarWindow['phase'], name: string, startsOn: string, endsOn: string, submissionDeadline: string | null, global = false): CalendarWindow => ({
    id: windowId(kind, year, phase),
    kind,
    phase,
    year,
    name,
    startsOn: `${year}-${startsOn}`,
    endsOn: `${year}-${endsOn}`,
    submissionDeadline: submissionDeadline ? `${year}-${submissionDeadline}` : null,
    global,
    version: 1,
    updatedAt,
  });
  return [y0 - 1, y0, y0 + 1].flatMap((y) => [
    w('ss_launch', y, null, `${y} 春夏上新`, '01-01', '06-30', '06-23'),
    w('mid_year_618', y, null, `${y} 618 年中大促`, '05-20', '06-20', '05-10'),
    w('aw_launch', y, null, `${y} 秋冬上新`, '07-01', '12-31', '12-24'),
    w('double11', y, 'registration', `${y} 双十一 报名`, '09-01', '10-15', '10-15', true),
    w('double11', y, 'presale', `${y} 双十一 预售`, '10-20', '10-31', null, true),
    w('double11', y, 'official', `${y} 双十一 正式`, '11-01', '11-11', null, true),
  ]);
}
