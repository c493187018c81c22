/**
 * The review workflow every application shares (seasonal launches now; Brand Day and Double 11 reuse it):
 *
 *   draft ─submit→ submitted ─claim→ in_review ─approve→ approved ─schedule→ scheduled ─go_live→ live ─end→ ended
 *                      │                 ├─reject→ rejected
 *                      │                 └─request_changes→ changes_requested ─resubmit→ submitted
 *                      └─withdraw (submitted, in_review, changes_requested)→ withdrawn
 *
 * schedule / go_live / end are taken by the system by date and only apply to seasonal launches.
 * decline is the system's too: approving a Brand Day declines the other applications for that date (submitted,
 * in review or sent back); a declined application may be edited (moved to a free date) and resubmitted.
 */
export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'approved',
  'rejected',
  'withdrawn',
  'declined',
  'scheduled',
  'live',
  'ended',
] as const;
// No zod here: a page that needs only the states and rules (a list page) must not load zod with them. The schemas
// are in ./state-schemas.
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const REVIEW_ACTIONS = [
  'submit',
  'withdraw',
  'resubmit',
  'claim',
  'approve',
  'reject',
  'request_changes',
  'decline',
  'schedule',
  'go_live',
  'end',
] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Who takes an action: the merchant's operator, a manager of its vertical, or the system by date. */
export const ACTORS = ['operator', 'manager', 'system'] as const;
export type Actor = (typeof ACTORS)[number];

export interface Transition {
  from: readonly ApplicationState[];
  to: ApplicationState;
  by: Actor;
  /** A reason (rejection) or comments (changes requested) must be given. */
  needsReason?: boolean;
}

export const TRANSITIONS: Record<ReviewAction, Transition> = {
  submit: { from: ['draft'], to: 'submitted', by: 'operator' },
  resubmit: { from: ['changes_requested', 'declined'], to: 'submitted', by: 'operator' },
  withdraw: { from: ['submitted', 'in_review', 'changes_requested', 'declined'], to: 'withdrawn', by: 'operator' },
  claim: { from: ['submitted'], to: 'in_review', by: 'manager' },
  approve: { from: ['in_review'], to: 'approved', by: 'manager' },
  reject: { from: ['in_review'], to: 'rejected', by: 'manager', needsReason: true },
  request_changes: { from: ['in_review'], to: 'changes_requested', by: 'manager', needsReason: true },
  decline: { from: ['submitted', 'in_review', 'changes_requested'], to: 'declined', by: 'system', needsReason: true },
  schedule: { from: ['approved'], to: 'scheduled', by: 'system' },
  go_live: { from: ['scheduled'], to: 'live', by: 'system' },
  end: { from: ['live'], to: 'ended', by: 'system' },
};

/** States in which the operator may still edit the content. */
export const EDITABLE_STATES: readonly ApplicationState[] = ['draft', 'changes_requested', 'declined'];
/** States a manager's queue shows by default: waiting for a decision. */
export const PENDING_STATES: readonly ApplicationState[] = ['submitted', 'in_review'];
/** States in which a manager has decided. */
export const DECIDED_STATES: readonly ApplicationState[] = ['approved', 'rejected', 'changes_requested', 'declined', 'scheduled', 'live', 'ended'];
/** The decisions that notify the merchant: a manager's, and the system's decline when a date is taken. */
export const DECISION_ACTIONS = ['approve', 'reject', 'request_changes', 'decline'] as const satisfies readonly ReviewAction[];
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export const canEdit = (state: ApplicationState) => EDITABLE_STATES.includes(state);
export const canDelete = (state: ApplicationState) => state === 'draft';

export function canTransition(state: ApplicationState, action: ReviewAction, actor: Actor): boolean {
  const t = TRANSITIONS[action];
  return t.by === actor && t.from.includes(state);
}

/** The actions `actor` may take on an application in `state`, in the order of REVIEW_ACTIONS. */
export function allowedActions(state: ApplicationState, actor: Actor): ReviewAction[] {
  return REVIEW_ACTIONS.filter((a) => canTransition(state, a, actor));
}

/** The state an allowed action leads to; throws TransitionError for a disallowed one. */
export function nextState(state: ApplicationState, action: ReviewAction, actor: Actor): ApplicationState {
  const error = transitionError(state, action, actor);
  if (error) throw new TransitionError(error);
  return TRANSITIONS[action].to;
}

export interface TransitionProblem {
  /** i18n key: `review.wrongRole` (this actor never takes this action) or `review.transitionNotAllowed` (not from this state). */
  key: 'review.wrongRole' | 'review.transitionNotAllowed';
  params: { state: ApplicationState; action: ReviewAction; actor: Actor; allowedFrom: string };
  /** The same in English, for logs and the audit trail. */
  text: string;
}

/** Why `actor` may not take `action` in `state`, or null when they may. */
export function transitionError(state: ApplicationState, action: ReviewAction, actor: Actor): TransitionProblem | null {
  const t = TRANSITIONS[action];
  const params = { state, action, actor, allowedFrom: t.from.join(', ') };
  if (t.by !== actor) {
    return { key: 'review.wrongRole', params, text: `Only the ${t.by} may ${action.replace('_', ' ')}; a ${actor} may not.` };
  }
  if (!t.from.includes(state)) {
    return {
      key: 'review.transitionNotAllowed',
      params,
      text: `Cannot ${action.replace('_', ' ')} an application that is ${state.replace('_', ' ')}; only from ${params.allowedFrom}.`,
    };
  }
  return null;
}

export class TransitionError extends Error {
  constructor(public problem: TransitionProblem) {
    super(problem.text);
  }
}
