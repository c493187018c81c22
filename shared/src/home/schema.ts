import { z } from 'zod';
import { auditEntry } from '../audit/schema';
import { windowKind } from '../calendar/schema';
import { role } from '../common/roles';
import { vertical } from '../common/verticals';
import { serviceTier } from '../merchants/schema';
import { applicationKind } from '../review/schema';
import { applicationState } from '../review/state-schemas';
import { noInput } from '../common/pagination';

/** Each home takes nothing: it is the signed-in user's. */
export const homeInput = noInput;

const calendarWindowRef = z.object({
  id: z.string(),
  kind: windowKind,
  name: z.string(),
  nameEn: z.string().nullish(),
  year: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  submissionDeadline: z.string().nullable(),
});
const appRef = z.object({ id: z.string(), kind: applicationKind, title: z.string(), state: applicationState });

/** Operator: what needs them today. */
export const operatorHomeOutput = z.object({
  today: z.string(),
  merchant: z.object({ id: z.string(), name: z.string(), vertical, serviceTier }),
  /** The next launch and festival windows still open or to come, each with what the merchant has for it. */
  calendar: z.array(
    calendarWindowRef.extend({
      daysToDeadline: z.number().int().nullable(),
      standing: z.enum(['submitted', 'draft', 'none']),
      applications: z.array(appRef),
    }),
  ),
  /** Every application of the merchant, counted by state. */
  byState: z.array(z.object({ state: applicationState, count: z.number().int().min(0) })),
  /** What waits on the operator, most pressing first (at most 6), and how many in all. */
  waiting: z.array(appRef.extend({ reason: z.enum(['changes_requested', 'declined', 'draft_near_deadline']), deadline: z.string().nullable(), updatedAt: z.string() })),
  waitingTotal: z.number().int().min(0),
  service: z.object({
    tier: serviceTier,
    /** The last weekly evaluations, oldest first. */
    trend: z.array(z.object({ weekStart: z.string(), tier: serviceTier })),
    trafficWeight: z.number().int(),
    nextTier: serviceTier.nullable(),
    nextTrafficWeight: z.number().int().nullable(),
  }),
  perks: z.object({
    active: z.object({ id: z.string(), number: z.number().int(), effectiveFrom: z.string().nullable() }).nullable(),
    scheduled: z.object({ id: z.string(), number: z.number().int(), effectiveFrom: z.string().nullable() }).nullable(),
    drafts: z.number().int().min(0),
  }),
});
export type OperatorHome = z.infer<typeof operatorHomeOutput>;

/** Manager: their queue, their verticals' tiers, their last week of decisions. */
export const managerHomeOutput = z.object({
  verticals: z.array(vertical),
  queue: z.object({
    byState: z.array(z.object({ state: applicationState, count: z.number().int().min(0) })),
    pending: z.number().int().min(0),
    overdue: z.number().int().min(0),
    claimedByMe: z.number().int().min(0),
  }),
  tiers: z.array(z.object({ vertical, tier: serviceTier, count: z.number().int().min(0) })),
  decisions: z.object({
    since: z.string(),
    counts: z.array(z.object({ action: z.string(), count: z.number().int().min(0) })),
    recent: z.array(z.object({ id: z.string(), kind: applicationKind, title: z.string(), merchantName: z.string(), action: z.string(), at: z.string() })),
  }),
});
export type ManagerHome = z.infer<typeof managerHomeOutput>;

/** Admin: the calendar's next windows, users by role, the latest changes. */
export const adminHomeOutput = z.object({
  windows: z.array(calendarWindowRef.extend({ phase: z.string().nullable() })),
  usersByRole: z.array(z.object({ role, count: z.number().int().min(0) })),
  recentAudit: z.array(auditEntry),
});
export type AdminHome = z.infer<typeof adminHomeOutput>;
