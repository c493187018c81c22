import { z } from 'zod';
import { listInput, pageOutput } from '../common/pagination';
import { multiLineText, oneLineText } from '../common/text';
import { vertical } from '../common/verticals';
import { applicationState, reviewAction } from './state-schemas';
import type { DecisionAction } from './states';
import { APPLICATION_KINDS } from './kind-list';

/** Every kind of application goes through the same review: seasonal launches, Brand Days, 618 / Double 11 registrations. */
export { APPLICATION_KINDS };
export const applicationKind = z.enum(APPLICATION_KINDS);
export type ApplicationKind = z.infer<typeof applicationKind>;

export const isoInstant = z.iso.datetime({ offset: true });
export const applicationId = z.string().min(1).max(64);
/** The optimistic-concurrency version the caller saw; a stale one gets CONFLICT (`errors.staleVersion`). */
export const expectedVersion = z.number().int().min(1);

/** A person as shown: the name, and the English one when there is one (`nameEn`, shown in English). */
export const personRef = z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullish() });

export const lastDecision = z.object({
  action: reviewAction,
  reason: z.string().nullable(),
  /** Comments per form field (`title`, `skus.3.launchPrice`) when changes were requested. */
  fieldComments: z.record(z.string(), z.string()),
  at: z.string(),
  by: personRef.nullable(),
  /** A system decline (the date went to another merchant): the free dates offered instead. */
  suggestedDates: z.array(z.iso.date()).optional(),
});
export type LastDecision = z.infer<typeof lastDecision>;

/** A decision as it is kept with the application (jsonb in the bff, the store in the mocks, the demo world). */
export interface StoredDecision {
  action: DecisionAction;
  reason: string | null;
  fieldComments: Record<string, string>;
  /** UTC ISO time. */
  at: string;
  /** Null for the system. */
  byId: string | null;
  byName: string;
  suggestedDates?: string[];
  /** The decider's English name, when they have one (decisions stored before it existed have none). */
  byNameEn?: string | null;
}

export function toLastDecision(d: StoredDecision | null): LastDecision | null {
  if (!d) return null;
  return {
    action: d.action,
    reason: d.reason,
    fieldComments: d.fieldComments,
    at: d.at,
    by: d.byId ? { id: d.byId, name: d.byName, nameEn: d.byNameEn ?? null } : null,
    ...(d.suggestedDates ? { suggestedDates: d.suggestedDates } : {}),
  };
}

export const QUEUE_SORT_FIELDS = ['submittedAt'] as const;
export const reviewQueueInput = listInput(QUEUE_SORT_FIELDS, {
  kind: z.array(applicationKind).max(3).optional(),
  /** Default: the pending states (submitted, in review). */
  state: z.array(applicationState).max(10).optional(),
  merchantId: z.string().max(64).optional(),
  vertical: z.array(vertical).max(5).optional(),
  submittedFrom: isoInstant.optional(),
  submittedTo: isoInstant.optional(),
  overdue: z.boolean().optional(),
  claimedByMe: z.boolean().optional(),
  q: oneLineText(100).optional(),
});
export type ReviewQueueInput = z.input<typeof reviewQueueInput>;

/** What every view of an application shows first: whose, what, where in the workflow, which version. */
/** The workflow fields every application kind answers with (a launch, a Brand Day, a promotion registration). */
export const applicationWorkflow = z.object({
  id: z.string(),
  merchantId: z.string(),
  merchantName: z.string(),
  state: applicationState,
  version: z.number().int(),
  submittedAt: z.string().nullable(),
  submissionCount: z.number().int(),
  claimedBy: personRef.nullable(),
  lastDecision: lastDecision.nullable(),
  /** What the caller may do now: workflow actions plus `edit` and `delete`. */
  allowedActions: z.array(z.union([reviewAction, z.enum(['edit', 'delete'])])),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const applicationCore = z.object({
  id: z.string(),
  kind: applicationKind,
  title: z.string(),
  merchantId: z.string(),
  merchantName: z.string(),
  vertical,
  state: applicationState,
  version: z.number().int(),
  submittedAt: z.string().nullable(),
  submissionCount: z.number().int(),
  claimedBy: personRef.nullable(),
});

/**
 * What a kind shows of itself in the queue (a Brand Day its date, a registration its festival): short values by
 * column key, filled by the bff's kind registry and shown by the web's. Review reads the keys, never the kinds.
 */
export const kindDetails = z.record(z.string().max(40), z.union([z.string().max(200), z.number(), z.null()]));
export type KindDetails = z.infer<typeof kindDetails>;

export const queueItem = applicationCore.extend({
  /** Waiting more than 3 business days for a decision. */
  overdue: z.boolean(),
  businessDaysWaiting: z.number().nullable(),
  details: kindDetails,
});
export type QueueItem = z.infer<typeof queueItem>;
export const reviewQueueOutput = pageOutput(queueItem);

export const claimInput = z.object({ id: applicationId, version: expectedVersion });
export const approveInput = z.object({ id: applicationId, version: expectedVersion, comment: multiLineText(2000).optional() });
export const rejectInput = z.object({
  id: applicationId,
  version: expectedVersion,
  reason: multiLineText(2000).min(1, 'review.reasonRequired'),
});
export const requestChangesInput = z.object({
  id: applicationId,
  version: expectedVersion,
  comment: multiLineText(2000).min(1, 'review.commentRequired'),
  fieldComments: z.record(z.string().max(100), multiLineText(1000).min(1)).default({}),
});

/** What a transition leaves: the new state and version, for the caller's next optimistic write. */
export const transitionOutput = z.object({
  id: z.string(),
  state: applicationState,
  version: z.number().int(),
});

export const applicationRef = z.object({ id: applicationId });

export const versionInfo = z.object({
  number: z.number().int(),
  submittedAt: z.string(),
  submittedBy: personRef.nullable(),
  decision: reviewAction.nullable(),
  decidedAt: z.string().nullable(),
});

export const applicationSummary = applicationCore.extend({
  lastDecision: lastDecision.nullable(),
  overdue: z.boolean(),
  /** What the caller may do now (by role and state). */
  allowedActions: z.array(reviewAction),
  versions: z.array(versionInfo),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ApplicationSummary = z.infer<typeof applicationSummary>;

export const timelineEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  fromState: applicationState.nullable(),
  toState: applicationState.nullable(),
  actor: z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullish(), role: z.string() }).nullable(),
  reason: z.string().nullable(),
  fieldComments: z.record(z.string(), z.string()).nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;
export const timelineOutput = z.array(timelineEntry);

const json = z.json();
const fieldChange = z.object({ path: z.string(), before: json, after: json });
export const diffInput = z.object({
  id: applicationId,
  /** Version number to compare to; default: the latest submitted. */
  to: z.number().int().min(1).optional(),
  /** Version number to compare from; default: the last decided one before `to`. */
  from: z.number().int().min(1).optional(),
});
export const diffOutput = z.object({
  from: versionInfo.nullable(),
  to: versionInfo.nullable(),
  fields: z.array(fieldChange),
  rows: z.array(
    z.object({
      path: z.string(),
      keyField: z.string(),
      added: z.array(z.object({ key: z.string(), row: json })),
      removed: z.array(z.object({ key: z.string(), row: json })),
      changed: z.array(z.object({ key: z.string(), changes: z.array(fieldChange) })),
    }),
  ),
  same: z.boolean(),
});
export type DiffOutput = z.infer<typeof diffOutput>;
