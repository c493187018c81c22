import { z } from 'zod';
import { listInput, pageOutput } from '../common/pagination';
import { vertical } from '../common/verticals';
import { serviceTier } from '../merchants/schema';
import { timeZoneIssue } from './timezone';
import { SERVICE_CHANNELS, MAX_EVENT_BATCH, TIER_METRICS, RESPONSE_TIME_LADDER, RATED_TIERS } from './lists';

// Zod-free, so that a page needing only these lists does not load zod (see ./lists.ts).
export { SERVICE_CHANNELS, MAX_EVENT_BATCH, TIER_METRICS, RESPONSE_TIME_LADDER, RATED_TIERS };

/**
 * Customer-service SLA (服务分层化): events in, figures, weekly tiers and traffic rewards out.
 * Shares are exact: every ratio travels with its count and its total; thresholds are basis points (9500 = 95%).
 */

export const serviceChannel = z.enum(SERVICE_CHANNELS, { error: 'service.channelUnknown' });
export type ServiceChannel = z.infer<typeof serviceChannel>;


const instant = z.iso.datetime({ offset: true, error: 'service.timeInvalid' });

/** One service conversation as a system sends it (times are ISO instants with an offset). */
export const serviceEvent = z
  .object({
    conversationId: z.string().trim().min(1, 'service.conversationIdRequired').max(128),
    channel: serviceChannel,
    startedAt: instant,
    firstResponseAt: instant.nullable().default(null),
    resolvedAt: instant.nullable().default(null),
    satisfaction: z.number({ error: 'service.satisfactionRange' }).int('service.satisfactionRange').min(1, 'service.satisfactionRange').max(5, 'service.satisfactionRange').nullable().default(null),
    dispute: z.boolean().default(false),
  })
  .strict();
export type ServiceEvent = z.output<typeof serviceEvent>;
export type ServiceEventInput = z.input<typeof serviceEvent>;

export const eventBatchInput = z.object({ events: z.array(serviceEvent).min(1, 'service.batchEmpty').max(MAX_EVENT_BATCH, 'service.batchTooLarge') });
export const eventBatchOutput = z.object({ accepted: z.number().int(), replaced: z.number().int() });
export type EventBatchOutput = z.infer<typeof eventBatchOutput>;

/** A ratio with what it is counted from; `share` is null when nothing was counted. */
export const ratio = z.object({ count: z.number().int().min(0), total: z.number().int().min(0), share: z.number().min(0).max(1).nullable() });
export type Ratio = z.infer<typeof ratio>;

export const serviceFigures = z.object({
  conversations: z.number().int().min(0),
  /** Hours (weekday × hour slots) covered, of those with data. */
  coverage: ratio,
  rate30s: ratio,
  firstResponse: z.object({ answered: z.number().int().min(0), medianSec: z.number().nullable(), p90Sec: z.number().nullable() }),
  resolved24h: ratio,
  satisfaction: ratio,
  disputeRate: ratio,
});
export type ServiceFigures = z.infer<typeof serviceFigures>;

export type TierMetric = (typeof TIER_METRICS)[number];
export type TierFigures = Pick<ServiceFigures, TierMetric>;

const bp = z.number().int().min(0).max(10_000);
export const tierThresholds = z.object({ coverage: bp, rate30s: bp, satisfaction: bp, resolved24h: bp, disputeRate: bp });
export type TierThresholds = z.infer<typeof tierThresholds>;

export const responseTimeSec = z
  .number()
  .int()
  .refine((n) => (RESPONSE_TIME_LADDER as readonly number[]).includes(n), 'service.responseTimeLadder');

export const trafficWeight = z.number().int().min(-100).max(100);

export const serviceStandardsContent = z.object({
  responseTimeSec,
  thresholds: z.object({ gold: tierThresholds, silver: tierThresholds, standard: tierThresholds }),
  /** Exposure change in percent per tier (15 = +15%). */
  trafficWeights: z.object({ gold: trafficWeight, silver: trafficWeight, standard: trafficWeight, below: trafficWeight }),
  note: z.string().trim().max(500).default(''),
});
export type ServiceStandardsContent = z.output<typeof serviceStandardsContent>;

export const serviceStandards = serviceStandardsContent.extend({
  version: z.number().int().min(1),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type ServiceStandards = z.infer<typeof serviceStandards>;

export const saveStandardsInput = serviceStandardsContent.extend({ expectedVersion: z.number().int().min(0) });
export const standardsHistoryOutput = z.array(serviceStandards);

/** YYYY-MM-DD in the merchant's time zone; `to` is inclusive. */
export const MAX_PERIOD_DAYS = 366;
export const periodInput = z.object({ from: z.iso.date(), to: z.iso.date() }).refine((p) => p.from <= p.to, { message: 'service.periodOrder', path: ['to'] });

/** The periods a dashboard offers by name; the bff dates them in the merchant's own zone (`presetPeriod`). */
export const PERIOD_PRESETS = ['day', 'week', 'month'] as const;
export const periodPreset = z.enum(PERIOD_PRESETS);
export type PeriodPreset = z.infer<typeof periodPreset>;
export const dashboardInput = z.object({
  merchantId: z.string().min(1).max(64).optional(),
  /** Dates (local to the merchant), or a preset the bff dates in the merchant's zone. */
  period: z.union([periodInput, z.object({ preset: periodPreset })]),
});

export const heatCell = z.object({
  /** ISO weekday 1 (Monday) … 7 (Sunday) and hour 0–23 in the merchant's time zone. */
  weekday: z.number().int().min(1).max(7),
  hour: z.number().int().min(0).max(23),
  conversations: z.number().int().min(0),
  withinStandard: z.number().int().min(0),
  state: z.enum(['covered', 'missed', 'noData']),
});
export type HeatCell = z.infer<typeof heatCell>;

export const trendPoint = z.object({
  date: z.string(),
  conversations: z.number().int(),
  coverage: z.number().nullable(),
  rate30s: z.number().nullable(),
  satisfaction: z.number().nullable(),
  resolved24h: z.number().nullable(),
  /** First-response time of the day's answered conversations, seconds (null when none was answered). */
  firstResponseMedianSec: z.number().nullable(),
  firstResponseP90Sec: z.number().nullable(),
});
export type TrendPoint = z.infer<typeof trendPoint>;

export const breach = z.object({
  /** Start of the missed hour (UTC instant); shown in the merchant's time zone. */
  hourStart: z.string(),
  conversations: z.number().int(),
  withinStandard: z.number().int(),
});

export const tierEvaluation = z.object({
  weekStart: z.string(),
  tier: serviceTier,
  standardsVersion: z.number().int(),
  figures: serviceFigures.pick({ conversations: true, coverage: true, rate30s: true, satisfaction: true, resolved24h: true, disputeRate: true }),
  evaluatedAt: z.string(),
});
export type TierEvaluation = z.infer<typeof tierEvaluation>;

export const improvement = z.object({ metric: z.enum(TIER_METRICS), current: z.number().nullable(), required: z.number().int(), atMost: z.boolean() });
export type Improvement = z.infer<typeof improvement>;

export const dashboardOutput = z.object({
  merchant: z.object({ id: z.string(), name: z.string(), vertical, timeZone: z.string(), serviceTier }),
  period: z.object({ from: z.string(), to: z.string() }),
  figures: serviceFigures,
  heatmap: z.array(heatCell),
  trend: z.array(trendPoint),
  breaches: z.array(breach),
  standards: serviceStandards,
  tier: z.object({
    current: serviceTier,
    trafficWeight: z.number().int(),
    next: serviceTier.nullable(),
    nextTrafficWeight: z.number().int().nullable(),
    /** What the last closed week lacked for the next tier (empty at Gold). */
    improvements: z.array(improvement),
  }),
  evaluations: z.array(tierEvaluation),
});
export type ServiceDashboard = z.infer<typeof dashboardOutput>;

export const RANKING_SORT_FIELDS = ['tier', 'coverage', 'rate30s', 'satisfaction', 'conversations', 'name'] as const;
export const rankingInput = listInput(RANKING_SORT_FIELDS, {
  vertical: z.array(vertical).max(5).optional(),
  tier: z.array(serviceTier).max(4).optional(),
  q: z.string().trim().max(100).optional(),
});
export type RankingInput = z.input<typeof rankingInput>;
export const rankingItem = z.object({
  merchantId: z.string(),
  name: z.string(),
  vertical,
  tier: serviceTier,
  weekStart: z.string().nullable(),
  conversations: z.number().int(),
  coverage: z.number().nullable(),
  rate30s: z.number().nullable(),
  satisfaction: z.number().nullable(),
  resolved24h: z.number().nullable(),
  disputeRate: z.number().nullable(),
});
export type RankingItem = z.infer<typeof rankingItem>;
export const rankingOutput = pageOutput(rankingItem);

export const apiKey = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof apiKey>;
export const apiKeyListOutput = z.array(apiKey);
export const createKeyInput = z.object({ name: z.string().trim().min(1, 'service.keyNameRequired').max(60) });
/** The secret is in this answer only; the server keeps its hash. */
export const createKeyOutput = z.object({ key: apiKey, secret: z.string() });
export const revokeKeyInput = z.object({ id: z.string().min(1).max(64) });

export const reapplyOutput = z.object({ weekStart: z.string(), evaluated: z.number().int(), changed: z.number().int() });

/** A merchant's time zone (see timezone.ts): an IANA name with whole-hour offsets. */
export const merchantTimeZone = z
  .string({ error: 'service.timeZoneRequired' })
  .trim()
  .max(64, 'service.timeZoneUnknown')
  .superRefine((tz, ctx) => {
    const issue = timeZoneIssue(tz);
    if (issue) ctx.addIssue({ code: 'custom', message: issue });
  });

/** The service settings an operator keeps for their merchant. */
export const serviceSettings = z.object({ timeZone: z.string() });
export type ServiceSettings = z.infer<typeof serviceSettings>;
export const saveServiceSettingsInput = z.object({ timeZone: merchantTimeZone });
