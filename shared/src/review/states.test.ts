import { describe, expect, it } from 'vitest';
import {
  ACTORS,
  APPLICATION_STATES,
  type Actor,
  type ApplicationState,
  allowedActions,
  canTransition,
  nextState,
  REVIEW_ACTIONS,
  type ReviewAction,
  TransitionError,
  transitionError,
} from './states';

// The workflow as DOMAIN.md states it, written out independently of TRANSITIONS.
const ALLOWED: [ApplicationState, ReviewAction, Actor, ApplicationState][] = [
  ['draft', 'submit', 'operator', 'submitted'],
  ['changes_requested', 'resubmit', 'operator', 'submitted'],
  ['submitted', 'withdraw', 'operator', 'withdrawn'],
  ['in_review', 'withdraw', 'operator', 'withdrawn'],
  ['changes_requested', 'withdraw', 'operator', 'withdrawn'],
  ['declined', 'withdraw', 'operator', 'withdrawn'],
  ['declined', 'resubmit', 'operator', 'submitted'],
  ['submitted', 'decline', 'system', 'declined'],
  ['in_review', 'decline', 'system', 'declined'],
  ['changes_requested', 'decline', 'system', 'declined'],
  ['submitted', 'claim', 'manager', 'in_review'],
  ['in_review', 'approve', 'manager', 'approved'],
  ['in_review', 'reject', 'manager', 'rejected'],
  ['in_review', 'request_changes', 'manager', 'changes_requested'],
  ['approved', 'schedule', 'system', 'scheduled'],
  ['scheduled', 'go_live', 'system', 'live'],
  ['live', 'end', 'system', 'ended'],
];

describe('review state machine', () => {
  it.each(ALLOWED)('%s --%s by %s--> %s', (from, action, actor, to) => {
    expect(canTransition(from, action, actor)).toBe(true);
    expect(transitionError(from, action, actor)).toBeNull();
    expect(nextState(from, action, actor)).toBe(to);
  });

  const allowedSet = new Set(ALLOWED.map(([s, a, r]) => `${s}|${a}|${r}`));
  const disallowed = APPLICATION_STATES.flatMap((s) => REVIEW_ACTIONS.flatMap((a) => ACTORS.map((r) => [s, a, r] as const))).filter(
    ([s, a, r]) => !allowedSet.has(`${s}|${a}|${r}`),
  );

  it('refuses every other combination of state, action and actor', () => {
    expect(disallowed.length).toBe(APPLICATION_STATES.length * REVIEW_ACTIONS.length * ACTORS.length - ALLOWED.length);
    for (const [s, a, r] of disallowed) {
      expect(canTransition(s, a, r), `${s} ${a} ${r}`).toBe(false);
      expect(() => nextState(s, a, r)).toThrow(TransitionError);
    }
  });

  it('says "wrong role" when the actor never takes the action, whatever the state', () => {
    const e = transitionError('in_review', 'approve', 'operator');
    expect(e?.key).toBe('review.wrongRole');
    expect(e?.text).toBe('Only the manager may approve; a operator may not.');
    expect(transitionError('draft', 'submit', 'manager')?.key).toBe('review.wrongRole');
    expect(transitionError('approved', 'schedule', 'manager')?.key).toBe('review.wrongRole');
  });

  it('says "not from this state" with the states it is allowed from', () => {
    const e = transitionError('approved', 'withdraw', 'operator');
    expect(e?.key).toBe('review.transitionNotAllowed');
    expect(e?.params.allowedFrom).toBe('submitted, in_review, changes_requested, declined');
    expect(e?.text).toContain('Cannot withdraw an application that is approved');
    expect(transitionError('submitted', 'approve', 'manager')?.key).toBe('review.transitionNotAllowed');
  });

  it('lists what each role may do in each state', () => {
    expect(allowedActions('draft', 'operator')).toEqual(['submit']);
    expect(allowedActions('submitted', 'operator')).toEqual(['withdraw']);
    expect(allowedActions('changes_requested', 'operator')).toEqual(['withdraw', 'resubmit']);
    expect(allowedActions('submitted', 'manager')).toEqual(['claim']);
    expect(allowedActions('in_review', 'manager')).toEqual(['approve', 'reject', 'request_changes']);
    expect(allowedActions('approved', 'system')).toEqual(['schedule']);
    expect(allowedActions('declined', 'operator')).toEqual(['withdraw', 'resubmit']);
    expect(allowedActions('in_review', 'system')).toEqual(['decline']);
    for (const final of ['rejected', 'withdrawn', 'ended'] as const) {
      for (const r of ACTORS) expect(allowedActions(final, r)).toEqual([]);
    }
  });
});
