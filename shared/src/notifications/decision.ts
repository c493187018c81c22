import type { DecisionAction } from '../review/states';

const DECISION_KEYS: Record<DecisionAction, string> = {
  approve: 'notifications.application.approved',
  reject: 'notifications.application.rejected',
  request_changes: 'notifications.application.changesRequested',
  decline: 'notifications.application.declined',
};

/** A person a notification names: their Chinese display name and, when they have one, their English one. */
export interface NamedPerson {
  displayName: string;
  displayNameEn?: string | null;
}

/**
 * The params that name a person in a notification: `<param>` (Chinese) and `<param>En` (English; the Chinese name
 * when the person has no English one). Both are written with the notification, like a decision's byName/byNameEn:
 * a notification says who acted at the time, the live feed sends rows as stored, and no read needs a join.
 */
export function personParams(param: string, person: NamedPerson): Record<string, string> {
  return { [param]: person.displayName, [`${param}En`]: person.displayNameEn?.trim() || person.displayName };
}

/**
 * A notification's params for a reader's language: in English, each person param takes its `<param>En` value
 * (notifications written before both names were stored keep their one name).
 */
export function localizedNotificationParams<V>(params: Record<string, V>, locale: string): Record<string, V> {
  if (!locale.startsWith('en')) return params;
  const out = { ...params };
  for (const [k, v] of Object.entries(params)) {
    const base = k.endsWith('En') ? k.slice(0, -2) : null;
    if (base && base in params && typeof v === 'string' && v) out[base] = v;
  }
  return out;
}

/**
 * What the merchant's operators are told of a manager's decision: the message key the web translates and its
 * parameters. One definition for the bff, the demo seed and the mocks, so all three notify alike.
 */
export function decisionNotification<K extends string>(args: {
  kind: K;
  applicationId: string;
  title: string;
  action: DecisionAction;
  /** Who decided; null: the system (a Brand Day declined because another was approved for the date). */
  by: NamedPerson | null;
  reason?: string | null;
  /** Declined for a taken date: the free dates offered instead, comma-separated. */
  dates?: string;
}) {
  return {
    kind: `${args.kind}.${args.action}` as const,
    key: DECISION_KEYS[args.action],
    params: {
      kind: args.kind,
      title: args.title,
      ...(args.by ? personParams('by', args.by) : { by: '' }),
      ...(args.reason ? { reason: args.reason } : {}), ...(args.dates ? { dates: args.dates } : {}),
    },
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
