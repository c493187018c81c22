import type { CalendarWindow, WindowKind } from './schema';
import { windowProblems } from './schema';

type WindowLike = Pick<CalendarWindow, 'kind' | 'phase' | 'year' | 'startsOn' | 'endsOn' | 'submissionDeadline' | 'global'> & { id?: string };

/** Kinds that run in phases; the phase-less window of the same kind and year is the festival. */
export const PHASED_KINDS: readonly WindowKind[] = ['mid_year_618', 'double11'];
/** Kinds of which a year holds many windows (Brand Day blackout dates); every other kind holds one per phase. */
export const REPEATABLE_KINDS: readonly WindowKind[] = ['brand_day_blackout'];

const overlaps = (a: WindowLike, b: WindowLike) => a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;

/**
 * Every problem of a window an admin saves, against the rest of the calendar (`others` may include the window
 * itself under its id; it is skipped). Field → i18n keys; empty when it fits:
 * - its own dates (end after start, year, deadline not after its end: `windowProblems`);
 * - a festival's deadline before it starts;
 * - a phase only for 618 / Double 11, inside its festival (registration: ending before the festival starts);
 * - the global flag only on Double 11;
 * - no two windows of one kind overlapping (phases: no two phases of one festival overlapping).
 */
export function calendarProblems(w: WindowLike, others: readonly WindowLike[]): Record<string, string[]> {
  const errors = windowProblems(w);
  const add = (field: string, key: string) => {
    const list = (errors[field] ??= []);
    if (!list.includes(key)) list.push(key);
  };
  const rest = others.filter((o) => !(w.id && o.id === w.id));
  if (w.phase === null && w.submissionDeadline && w.submissionDeadline >= w.startsOn) add('submissionDeadline', 'calendar.deadlineNotBeforeStart');
  if (w.global && w.kind !== 'double11') add('global', 'calendar.globalDouble11Only');
  if (w.phase !== null) {
    if (!PHASED_KINDS.includes(w.kind)) add('phase', 'calendar.phaseNotAllowed');
    else {
      const festival = rest.find((o) => o.kind === w.kind && o.year === w.year && o.phase === null);
      if (!festival) add('phase', 'calendar.festivalMissing');
      else if (w.phase === 'registration') {
        if (w.endsOn >= festival.startsOn) add('endsOn', 'calendar.registrationAfterStart');
      } else if (w.startsOn < festival.startsOn || w.endsOn > festival.endsOn) {
        add('startsOn', 'calendar.phaseOutsideFestival');
      }
    }
  }
  if (w.phase === null && PHASED_KINDS.includes(w.kind)) {
    const phases = rest.filter((o) => o.kind === w.kind && o.year === w.year && o.phase !== null && o.phase !== 'registration');
    if (phases.some((p) => p.startsOn < w.startsOn || p.endsOn > w.endsOn)) add('startsOn', 'calendar.phasesOutsideFestival');
  }
  if (!REPEATABLE_KINDS.includes(w.kind)) {
    // Phases of one festival may not overlap; festivals (and launch windows) of one kind may not either.
    const clash = rest.find(
      (o) => o.kind === w.kind && (w.phase === null ? o.phase === null : o.year === w.year && o.phase !== null && o.phase !== 'registration' && w.phase !== 'registration') && overlaps(o, w),
    );
    if (clash) add('startsOn', 'calendar.overlapsSameKind');
  } else if (rest.some((o) => o.kind === w.kind && overlaps(o, w))) {
    add('startsOn', 'calendar.overlapsSameKind');
  }
  return errors;
}
