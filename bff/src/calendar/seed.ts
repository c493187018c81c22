import type { Db } from '../db/client';
import { windowId } from './repo';
import { calendarWindows } from './table';

type NewWindow = Omit<typeof calendarWindows.$inferInsert, 'id'>;

/** A believable marketing year; the same shape every year, dates kept as data that admins may edit. */
export function marketingYear(year: number): NewWindow[] {
  const d = (md: string, y = year) => `${y}-${md}`;
  return [
    { kind: 'ss_launch', phase: null, year, name: `${year} 春夏上新`, startsOn: d('02-01'), endsOn: d('04-30'), submissionDeadline: d('01-20') },
    { kind: 'mid_year_618', phase: null, year, name: `${year} 618 年中大促`, startsOn: d('05-20'), endsOn: d('06-20'), submissionDeadline: d('05-10') },
    { kind: 'aw_launch', phase: null, year, name: `${year} 秋冬上新`, startsOn: d('08-01'), endsOn: d('10-31'), submissionDeadline: d('07-20') },
    { kind: 'double11', phase: null, year, name: `${year} 双十一`, startsOn: d('10-20'), endsOn: d('11-11'), submissionDeadline: d('10-10'), global: true },
    { kind: 'double11', phase: 'registration', year, name: `${year} 双十一 报名`, startsOn: d('09-10'), endsOn: d('10-10'), submissionDeadline: d('10-10'), global: true },
    { kind: 'double11', phase: 'presale', year, name: `${year} 双十一 预售`, startsOn: d('10-20'), endsOn: d('10-31'), submissionDeadline: null, global: true },
    { kind: 'double11', phase: 'official', year, name: `${year} 双十一 正式期`, startsOn: d('11-01'), endsOn: d('11-11'), submissionDeadline: null, global: true },
    { kind: 'brand_day', phase: null, year, name: `${year} 品牌日`, startsOn: d('01-01'), endsOn: d('12-31'), submissionDeadline: null },
  ];
}

/** The calendar for the given years; windows already there are left as the admins last saved them. */
export async function seedCalendar(db: Db, years: readonly number[] = [2026, 2027]) {
  const rows = years.flatMap(marketingYear).map((w) => ({ ...w, id: windowId(w.kind, w.year, w.phase ?? null) }));
  await db.insert(calendarWindows).values(rows).onConflictDoNothing();
  return rows.length;
}
