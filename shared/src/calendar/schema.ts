import { z } from 'zod';
import { listInput, pageOutput } from '../common/pagination';
import { daysBetween } from '../review/business-days';
import { APPLICATION_KINDS } from '../review/kind-list';
import { applicationState } from '../review/state-schemas';
import { WINDOW_KINDS, WINDOW_PHASES } from './lists';

// Zod-free, so that a page needing only these lists does not load zod (see ./lists.ts).
export { WINDOW_KINDS, WINDOW_PHASES };

export const windowKind = z.enum(WINDOW_KINDS);
export type WindowKind = z.infer<typeof windowKind>;

export const windowPhase = z.enum(WINDOW_PHASES);

/** A calendar date, YYYY-MM-DD, in the platform's time zone. */
export const isoDate = z.iso.date();

export const calendarWindow = z.object({
  id: z.string(),
  kind: windowKind,
  phase: windowPhase.nullable(),
  year: z.number().int(),
  name: z.string(),
  /** English name; null when none was given (the Chinese name is shown). */
  nameEn: z.string().nullish(),
  startsOn: isoDate,
  endsOn: isoDate,
  /** Last day on which submissions are accepted. */
  submissionDeadline: isoDate.nullable(),
  /** Double 11: cross-border merchants may join with target markets. */
  global: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type CalendarWindow = z.infer<typeof calendarWindow>;

export const CALENDAR_SORT_FIELDS = ['startsOn', 'year', 'kind'] as const;
export const calendarListInput = listInput(CALENDAR_SORT_FIELDS, {
  year: z.number().int().min(2000).max(2100).optional(),
  kind: z.array(windowKind).max(6).optional(),
});
export const calendarListOutput = pageOutput(calendarWindow);
export const calendarByIdInput = z.object({ id: z.string().min(1).max(64) });

const windowFields = z.object({
  kind: windowKind,
  phase: windowPhase.nullable().default(null),
  year: z.number().int().min(2000).max(2100),
  name: z.string().trim().min(1, 'calendar.nameRequired').max(100),
  /** The name in English; empty or left out: the Chinese name is shown in English too. */
  nameEn: z.string().trim().max(100).nullish().transform((v) => v || null),
  startsOn: isoDate,
  endsOn: isoDate,
  submissionDeadline: isoDate.nullable().default(null),
  global: z.boolean().default(false),
});

/** Field errors (i18n keys) of a window's dates; empty when it is consistent. */
export function windowProblems(w: { year: number; startsOn: string; endsOn: string; submissionDeadline: string | null }) {
  const errors: Record<string, string[]> = {};
  if (w.endsOn < w.startsOn) errors.endsOn = ['calendar.endsBeforeStart'];
  if (!w.startsOn.startsWith(String(w.year)) && !w.endsOn.startsWith(String(w.year))) errors.year = ['calendar.yearMismatch'];
  if (w.submissionDeadline && w.submissionDeadline > w.endsOn) errors.submissionDeadline = ['calendar.deadlineAfterEnd'];
  return errors;
}

export const calendarCreateInput = windowFields;
export const calendarUpdateInput = windowFields.extend({ id: z.string().min(1).max(64), version: z.number().int().min(1) });

/** The longest span an operator's agenda answers for: a month view shows 6 weeks (42 days); two months fit. */
export const AGENDA_MAX_DAYS = 62;

/** Why an agenda range is refused (an i18n key), or null: `to` not before `from`, at most AGENDA_MAX_DAYS days in all. */
export function agendaRangeProblem(from: string, to: string): string | null {
  const days = daysBetween(from, to) + 1;
  if (days < 1) return 'calendar.agendaEndsBeforeStart';
  if (days > AGENDA_MAX_DAYS) return 'calendar.agendaTooLong';
  return null;
}

export const agendaInput = z
  .object({ from: isoDate, to: isoDate })
  .superRefine((v, ctx) => {
    const problem = agendaRangeProblem(v.from, v.to);
    if (problem) ctx.addIssue({ code: 'custom', path: ['to'], message: problem });
  });

/**
 * One of the operator's own applications on the calendar, on the day it is about: a launch on its launch date, a
 * Brand Day on its date, a 618 / Double 11 registration on the festival's first day.
 */
export const agendaItem = z.object({
  id: z.string(),
  kind: z.enum(APPLICATION_KINDS),
  title: z.string(),
  state: applicationState,
  date: isoDate,
});
export type AgendaItem = z.infer<typeof agendaItem>;
export const agendaOutput = z.object({ items: z.array(agendaItem) });
