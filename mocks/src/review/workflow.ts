import {
  type Actor,
  type ApplicationKind,
  type ApplicationState,
  type ApplicationSummary,
  allowedActions,
  businessDaysBetween,
  type DecisionAction,
  diffLaunchContent,
  isOverdue,
  type LastDecision,
  type LaunchContent,
  PENDING_STATES,
  type QueueItem,
  type ReviewAction,
  type SessionUser,
  type TimelineEntry,
  TRANSITIONS,
  transitionError,
  type Vertical,
  decisionNotification,
  type StoredDecision,
  toLastDecision,
} from '@console/shared';
import { TRPCError } from '@trpc/server';
import { notifyMerchantOperators } from '../notifications/handlers';
import type { MockStore } from '../store';
import { notFound, staleVersion } from '../trpc';

/**
 * The review workflow every application shares, on the mock store: the same state machine (from
 * `@console/shared`), optimistic versions, audit rows, numbered submission snapshots and notifications as
 * `bff/src/review/repo.ts`.
 */
export interface MockVersion {
  number: number;
  snapshot: LaunchContent;
  submittedAt: string;
  submittedBy: string | null;
  decision: ReviewAction | null;
  decidedAt: string | null;
  decidedBy: string | null;
}

export interface MockApplication {
  id: string;
  kind: ApplicationKind;
  merchantId: string;
  vertical: Vertical;
  state: ApplicationState;
  title: string;
  version: number;
  submittedAt: string | null;
  submissionCount: number;
  claimedBy: string | null;
  claimedAt: string | null;
  lastDecision: StoredDecision | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  /** The launch's content (launches are the only kind so far). */
  content: LaunchContent;
  versions: MockVersion[];
}

/** Who may see an application: the operator of its merchant, or a manager of its vertical. */
export type Scope = { merchantId: string } | { verticals: readonly Vertical[] };

export function scopeOf(user: SessionUser): Scope | null {
  if (user.role === 'operator' && user.merchantId) return { merchantId: user.merchantId };
  if (user.role === 'manager' && user.verticals.length) return { verticals: user.verticals };
  return null;
}
export const actorOf = (user: SessionUser): Actor | null => (user.role === 'operator' ? 'operator' : user.role === 'manager' ? 'manager' : null);

/** A draft is the merchant's own business until it is submitted. */
export const inScope = (a: MockApplication, scope: Scope) =>
  'merchantId' in scope ? a.merchantId === scope.merchantId : scope.verticals.includes(a.vertical) && a.state !== 'draft';

/** The application if it is in the caller's scope; anything else is "not found", never "forbidden". */
export function loadApplication(store: MockStore, id: string, scope: Scope | null) {
  return store.data.applications.find((a) => a.id === id && (!scope || inScope(a, scope))) ?? null;
}

export const merchantNameOf = (store: MockStore, a: MockApplication) => store.merchantName(a.merchantId) ?? '';
export const claimedByOf = (store: MockStore, a: MockApplication) => (a.claimedBy ? { id: a.claimedBy, name: store.userName(a.claimedBy), nameEn: store.userNameEn(a.claimedBy) } : null);

export interface TransitionArgs {
  id: string;
  /** The version the caller saw; null for the system (it acts on whatever is current). */
  version: number | null;
  action: ReviewAction;
  actor: Actor;
  user: { id: string; role: string } | null;
  scope: Scope | null;
  now: Date;
  reason?: string | null;
  fieldComments?: Record<string, string>;
  /** More fields to set with the state (submittedAt, claimedBy…). */
  set?: (a: MockApplication) => void;
}

/** Moves an application through the state machine; a stale version is a CONFLICT with the current one. */
export function applyTransition(store: MockStore, args: TransitionArgs): MockApplication {
  const a = loadApplication(store, args.id, args.scope);
  if (!a) throw notFound();
  if (args.version !== null && a.version !== args.version) throw staleVersion(a.version);
  const problem = transitionError(a.state, args.action, args.actor);
  if (problem) throw new TRPCError({ code: 'BAD_REQUEST', message: problem.key });
  const from = a.state;
  args.set?.(a);
  a.state = TRANSITIONS[args.action].to;
  a.version += 1;
  a.updatedAt = args.now.toISOString();
  store.audit(
    {
      entityType: 'application',
      entityId: a.id,
      action: args.action,
      fromState: from,
      toState: a.state,
      actorId: args.user?.id ?? null,
      actorRole: args.user?.role ?? args.actor,
      reason: args.reason ?? null,
      before: null,
      after: { version: a.version, ...(args.fieldComments && Object.keys(args.fieldComments).length ? { fieldComments: args.fieldComments } : {}) },
    },
    args.now,
  );
  return a;
}

/** A manager's decision: the transition, the decision on the submitted version, the last decision, a notification. */
export function decide(
  store: MockStore,
  args: { id: string; version: number; action: DecisionAction; user: SessionUser; verticals: readonly Vertical[]; now: Date; reason: string | null; fieldComments: Record<string, string> },
) {
  const decision: StoredDecision = {
    action: args.action,
    reason: args.reason,
    fieldComments: args.fieldComments,
    at: args.now.toISOString(),
    byId: args.user.id,
    byName: args.user.displayName,
    ...(args.user.displayNameEn ? { byNameEn: args.user.displayNameEn } : {}),
  };
  const a = applyTransition(store, {
    id: args.id,
    version: args.version,
    action: args.action,
    actor: 'manager',
    user: args.user,
    scope: { verticals: args.verticals },
    now: args.now,
    reason: args.reason,
    fieldComments: args.fieldComments,
    set: (app) => {
      app.lastDecision = decision;
    },
  });
  const v = a.versions.find((x) => x.number === a.submissionCount);
  if (v) Object.assign(v, { decision: args.action, decidedAt: args.now.toISOString(), decidedBy: args.user.id });
  notifyMerchantOperators(
    store,
    a.merchantId,
    decisionNotification({ kind: a.kind, applicationId: a.id, title: a.title, action: args.action, by: args.user.displayName, reason: args.reason }),
    args.now,
  );
  return a;
}

export const transitionOut = (a: MockApplication) => ({ id: a.id, state: a.state, version: a.version });

export function queueItemOf(store: MockStore, a: MockApplication, now: Date): QueueItem {
  const pending = PENDING_STATES.includes(a.state);
  const submittedAt = a.submittedAt ? new Date(a.submittedAt) : null;
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    merchantId: a.merchantId,
    merchantName: merchantNameOf(store, a),
    vertical: a.vertical,
    state: a.state,
    version: a.version,
    submittedAt: a.submittedAt,
    submissionCount: a.submissionCount,
    claimedBy: claimedByOf(store, a),
    overdue: pending && submittedAt !== null && isOverdue(submittedAt, now),
    businessDaysWaiting: pending && submittedAt ? Math.round(businessDaysBetween(submittedAt, now) * 10) / 10 : null,
  };
}

function versionInfo(store: MockStore, v: MockVersion) {
  return {
    number: v.number,
    submittedAt: v.submittedAt,
    submittedBy: v.submittedBy ? { id: v.submittedBy, name: store.userName(v.submittedBy) } : null,
    decision: v.decision,
    decidedAt: v.decidedAt,
  };
}

export function summary(store: MockStore, a: MockApplication, actor: Actor, now: Date): ApplicationSummary {
  const item = queueItemOf(store, a, now);
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    merchantId: a.merchantId,
    merchantName: item.merchantName,
    vertical: a.vertical,
    state: a.state,
    version: a.version,
    submittedAt: a.submittedAt,
    submissionCount: a.submissionCount,
    claimedBy: item.claimedBy,
    lastDecision: toLastDecision(a.lastDecision),
    overdue: item.overdue,
    allowedActions: allowedActions(a.state, actor),
    versions: [...a.versions].sort((x, y) => x.number - y.number).map((v) => versionInfo(store, v)),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export function timeline(store: MockStore, applicationId: string): TimelineEntry[] {
  return store.data.audit
    .filter((e) => e.entityType === 'application' && e.entityId === applicationId)
    .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.id - y.id))
    .map((e) => {
      const after = (e.after ?? null) as { fieldComments?: Record<string, string> } | null;
      return {
        id: e.id,
        at: e.at,
        action: e.action,
        fromState: (e.fromState as ApplicationState | null) ?? null,
        toState: (e.toState as ApplicationState | null) ?? null,
        actor: e.actorId ? { id: e.actorId, name: store.userName(e.actorId), nameEn: store.userNameEn(e.actorId), role: e.actorRole ?? '' } : null,
        reason: e.reason ?? null,
        fieldComments: after?.fieldComments ?? null,
      };
    });
}

/** The diff between two submitted versions; by default the latest against the last one a manager decided. */
export function diff(store: MockStore, a: MockApplication, to?: number, from?: number) {
  const versions = [...a.versions].sort((x, y) => x.number - y.number);
  const target = to === undefined ? versions.at(-1) : versions.find((v) => v.number === to);
  if (!target) {
    if (to !== undefined) throw notFound();
    return { from: null, to: null, fields: [], rows: [], same: true };
  }
  const base = from === undefined ? [...versions].reverse().find((v) => v.number < target.number && v.decision !== null) : versions.find((v) => v.number === from);
  if (from !== undefined && !base) throw notFound();
  const d = diffLaunchContent(base?.snapshot ?? null, target.snapshot);
  return { from: base ? versionInfo(store, base) : null, to: versionInfo(store, target), ...d };
}
