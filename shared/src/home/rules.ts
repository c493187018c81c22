import type { ApplicationState } from '../review/states';
import { addDays, daysBetween } from '../review/business-days';
import { BRAND_DAY_RULES } from '../campaigns/eligibility';

/** A draft whose deadline is this many days away or fewer is "near its deadline" on the operator's home. */
export const NEAR_DEADLINE_DAYS = 14;

/** Where an application's merchant stands for one calendar window: something under review or decided, only drafts, or nothing. */
export type WindowStanding = 'submitted' | 'draft' | 'none';

/** States in which the merchant has sent something in (whatever came of it since): not drafts, not withdrawn. */
const SENT: readonly ApplicationState[] = ['submitted', 'in_review', 'approved', 'changes_requested', 'rejected', 'declined', 'scheduled', 'live', 'ended'];

export function windowStanding(states: readonly ApplicationState[]): WindowStanding {
  if (states.some((s) => SENT.includes(s))) return 'submitted';
  if (states.includes('draft')) return 'draft';
  return 'none';
}

/** Why an application waits on its operator, most pressing first; null when it does not. */
export type WaitingReason = 'changes_requested' | 'declined' | 'draft_near_deadline';

/**
 * Whether an application waits on its operator on `today` (YYYY-MM-DD, platform time): sent back for changes or
 * declined (a Brand Day whose date was taken), or a draft whose deadline is at most NEAR_DEADLINE_DAYS away and
 * not passed. A draft with no known deadline, or one further off, does not wait yet.
 */
export function waitingReason(state: ApplicationState, deadline: string | null, today: string): WaitingReason | null {
  if (state === 'changes_requested') return 'changes_requested';
  if (state === 'declined') return 'declined';
  if (state === 'draft' && deadline !== null && deadline >= today && daysBetween(today, deadline) <= NEAR_DEADLINE_DAYS) return 'draft_near_deadline';
  return null;
}

const REASON_ORDER: Record<WaitingReason, number> = { changes_requested: 0, declined: 1, draft_near_deadline: 2 };

/** What waits first: by reason, then the nearest deadline, then the oldest change. */
export function byUrgency<T extends { reason: WaitingReason; deadline: string | null; updatedAt: string }>(a: T, b: T): number {
  return (
    REASON_ORDER[a.reason] - REASON_ORDER[b.reason] ||
    (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31') ||
    a.updatedAt.localeCompare(b.updatedAt)
  );
}

/** The last day a Brand Day for `date` may be submitted (it is applied for BRAND_DAY_RULES.minLeadDays ahead). */
export const brandDayDeadline = (date: string) => addDays(date, -BRAND_DAY_RULES.minLeadDays);
