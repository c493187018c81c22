import type { DecisionAction } from '../review/states';

const DECISION_KEYS: Record<DecisionAction, string> = {
  approve: 'notifications.application.approved',
  reject: 'notifications.application.rejected',
  request_changes: 'notifications.application.changesRequested',
  decline: 'notifications.application.declined',
};

/**
 * What the merchant's operators are told of a manager's decision: the message key the web translates and its
 * parameters. One definition for the bff, the demo seed and the mocks, so all three notify alike.
 */
export function decisionNotification<K extends string>(args: {
  kind: K;
  applicationId: string;
  title: string;
  action: DecisionAction;
  by: string;
  reason?: string | null;
  /** Declined for a taken date: the free dates offered instead, comma-separated. */
  dates?: string;
}) {
  return {
    kind: `${args.kind}.${args.action}` as const,
    key: DECISION_KEYS[args.action],
    params: { kind: args.kind, title: args.title, by: args.by, ...(args.reason ? { reason: args.reason } : {}), ...(args.dates ? { dates: args.dates } : {}) },
    entityType: args.kind,
    entityId: args.applicationId,
  };
}

const SUBMISSION_KEYS = {
  submitted: 'notifications.application.submitted',
  resubmittedToYou: 'notifications.application.resubmittedToYou',
  resubmitted: 'notifications.application.resubmitted',
} as const;

/**
 * What category managers are told of a (re)submission in their verticals: a new one goes to every manager of the
 * vertical; a resubmission kept with its reviewer goes to that reviewer ("back with you"), otherwise to all of them.
 */
export function submissionNotification<K extends string>(args: {
  kind: K;
  applicationId: string;
  title: string;
  merchantName: string;
  /** `submitted` (first time), `resubmittedToYou` (kept with the reviewer), `resubmitted` (back in the open queue). */
  event: keyof typeof SUBMISSION_KEYS;
}) {
  return {
    kind: `${args.kind}.${args.event}` as const,
    key: SUBMISSION_KEYS[args.event],
    params: { kind: args.kind, title: args.title, merchant: args.merchantName },
    entityType: args.kind,
    entityId: args.applicationId,
  };
}
