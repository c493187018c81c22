import { describe, expect, it } from 'vitest';
import { calendarProblems } from './rules';
import { agendaInput, agendaRangeProblem, type CalendarWindow } from './schema';

type W = Parameters<typeof calendarProblems>[0];
const w = (kind: CalendarWindow['kind'], phase: CalendarWindow['phase'], startsOn: string, endsOn: string, submissionDeadline: string | null = null, global = false, id?: string): W => ({
  id: id ?? `${kind}_${phase}_${startsOn}`,
  kind,
  phase,
  year: Number(startsOn.slice(0, 4)),
  startsOn,
  endsOn,
  submissionDeadline,
  global,
});
const calendar: W[] = [
  w('mid_year_618', null, '2027-05-20', '2027-06-20', '2027-05-10'),
  w('double11', null, '2027-10-20', '2027-11-11', '2027-10-10', true),
  w('double11', 'presale', '2027-10-20', '2027-10-31', null, true),
  w('double11', 'registration', '2027-09-10', '2027-10-10', '2027-10-10', true),
  w('brand_day_blackout', null, '2027-11-11', '2027-11-11'),
];

describe('calendar problems', () => {
  it('accepts a 618 phase inside the festival', () => {
    expect(calendarProblems(w('mid_year_618', 'presale', '2027-05-20', '2027-05-31'), calendar)).toEqual({});
    expect(calendarProblems(w('mid_year_618', 'official', '2027-06-01', '2027-06-20'), calendar)).toEqual({});
  });

  it('refuses a phase outside its festival, a phase without festival, and a phase of a kind without phases', () => {
    expect(calendarProblems(w('mid_year_618', 'official', '2027-06-01', '2027-06-21'), calendar)).toEqual({ startsOn: ['calendar.phaseOutsideFestival'] });
    expect(calendarProblems(w('mid_year_618', 'official', '2028-06-01', '2028-06-02'), calendar)).toEqual({ phase: ['calendar.festivalMissing'] });
    expect(calendarProblems(w('ss_launch', 'official', '2027-02-01', '2027-02-02'), calendar)).toEqual({ phase: ['calendar.phaseNotAllowed'] });
    expect(calendarProblems(w('double11', 'registration', '2027-09-10', '2027-10-20', null, true, 'x'), calendar)).toEqual({ endsOn: ['calendar.registrationAfterStart'] });
  });

  it('refuses a festival deadline on or after its start, and global on anything but Double 11', () => {
    expect(calendarProblems(w('mid_year_618', null, '2027-05-20', '2027-06-20', '2027-05-20', false, calendar[0]!.id), calendar)).toEqual({
      submissionDeadline: ['calendar.deadlineNotBeforeStart'],
    });
    expect(calendarProblems(w('mid_year_618', null, '2027-05-20', '2027-06-20', '2027-05-19', false, calendar[0]!.id), calendar)).toEqual({});
    expect(calendarProblems(w('mid_year_618', null, '2027-05-20', '2027-06-20', '2027-05-10', true, calendar[0]!.id), calendar)).toEqual({ global: ['calendar.globalDouble11Only'] });
  });

  it('refuses two windows of one kind overlapping, and two overlapping phases of one festival', () => {
    expect(calendarProblems(w('mid_year_618', null, '2027-06-20', '2027-06-30', '2027-06-01'), calendar)).toEqual({ startsOn: ['calendar.overlapsSameKind'] });
    expect(calendarProblems(w('mid_year_618', null, '2027-06-21', '2027-06-30', '2027-06-01'), calendar)).toEqual({});
    expect(calendarProblems(w('double11', 'official', '2027-10-31', '2027-11-11', null, true), calendar)).toEqual({ startsOn: ['calendar.overlapsSameKind'] });
    expect(calendarProblems(w('double11', 'official', '2027-11-01', '2027-11-11', null, true), calendar)).toEqual({});
    expect(calendarProblems(w('brand_day_blackout', null, '2027-11-10', '2027-11-11'), calendar)).toEqual({ startsOn: ['calendar.overlapsSameKind'] });
    expect(calendarProblems(w('brand_day_blackout', null, '2027-06-18', '2027-06-18'), calendar)).toEqual({});
  });

  it('refuses moving a festival so that its phases fall outside', () => {
    expect(calendarProblems(w('double11', null, '2027-10-25', '2027-11-11', '2027-10-10', true, calendar[1]!.id), calendar)).toEqual({ startsOn: ['calendar.phasesOutsideFestival'] });
  });
});

describe('agenda range', () => {
  it('takes one day up to 62 days, and refuses 63 or an end before the start', () => {
    expect(agendaRangeProblem('2026-11-30', '2026-11-30')).toBeNull();
    expect(agendaRangeProblem('2026-11-01', '2027-01-01')).toBeNull(); // 62 days
    expect(agendaRangeProblem('2026-11-01', '2027-01-02')).toBe('calendar.agendaTooLong'); // 63
    expect(agendaRangeProblem('2026-11-30', '2026-11-29')).toBe('calendar.agendaEndsBeforeStart');
    const parsed = agendaInput.safeParse({ from: '2026-11-01', to: '2027-01-02' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['to', 'calendar.agendaTooLong']]);
  });
});
