import { type Standing, promotionEligibility } from '../campaigns/eligibility';
import { windowStanding } from '../home/rules';
import { earliestLaunchDate } from '../launches/rules';
import type { ApplicationState } from '../review/states';

/** The calendar windows whose submission deadline is reminded: the two launch seasons, 618 and Double 11. */
export type ReminderWindowKind = 'ss_launch' | 'aw_launch' | 'mid_year_618' | 'double11';

/** The deadline a reminder is about: its window's kind, the deadline day and the last day of the window. */
export interface ReminderWindow {
  kind: ReminderWindowKind;
  /** Last day to submit (YYYY-MM-DD, platform time). */
  deadline: string;
  /** Last day of the window; a launch date must fall in it. */
  endsOn: string;
}

/** Why a merchant gets no reminder: it has already sent something in, or it could not act on one anyway. */
export type ReminderSkip = 'submitted' | 'ineligible' | 'no_launch_date';

/**
 * Whether a merchant's operators are reminded of `w`'s deadline at `now`: only a merchant still able to act on it.
 * - One that has sent in an application for the window (under review or decided, whatever came of it) has met it;
 *   drafts and withdrawn applications do not count (home/rules `windowStanding`).
 * - 618 and Double 11: only a merchant that passes the registration bar (DSR, violation points, service tier, the
 *   deadline not passed); a reminder to one that cannot register would only send it to a refusal.
 * - Launch seasons: only while a launch date in the window is still at least the minimum lead time away.
 * Returns null when the merchant is reminded, else the reason it is not.
 */
export function reminderSkip(m: Standing, states: readonly ApplicationState[], w: ReminderWindow, now: Date): ReminderSkip | null {
  if (windowStanding(states) === 'submitted') return 'submitted';
  if (w.kind === 'mid_year_618' || w.kind === 'double11') {
    return promotionEligibility(m, { deadline: w.deadline, now }).eligible ? null : 'ineligible';
  }
  return earliestLaunchDate(now) <= w.endsOn ? null : 'no_launch_date';
}
