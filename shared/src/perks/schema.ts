import { z } from 'zod';
import { listInput, pageOutput } from '../common/pagination';
import { vertical } from '../common/verticals';
import { serviceTier } from '../merchants/schema';
import { personRef } from '../review/schema';

/**
 * A merchant's member programme (会员价值化): three tiers T1 (entry) … T3 (top), each with a qualification
 * threshold and its perks, the offline side (线上线下打通) and the cost assumptions it was estimated with.
 * Money is integer fen; rates are basis points (1/100 of a percent, 833 = 8.33%).
 */
export { PERK_TIERS, type PerkTier } from './lists';

const FEN_MAX = 100_000_000_00; // ¥100 million: beyond any perk
const fen = z.number().int().min(0).max(FEN_MAX);
const basisPoints = z.number().int().min(0).max(10_000);

export const QUALIFY_BY = ['spend', 'points'] as const;
export const qualifyBy = z.enum(QUALIFY_BY);
export type QualifyBy = z.infer<typeof qualifyBy>;

export const coupon = z.object({
  /** Face value in fen; 0 with a quota of 0: no coupon. */
  value: fen,
  /** Minimum spend in fen for the coupon to apply. */
  minSpend: fen,
  /** Coupons per member per month. */
  monthlyQuota: z.number().int().min(0).max(31),
});

export const tierConfig = z.object({
  /** Annual spend in fen (qualifyBy spend) or points (qualifyBy points) to reach the tier. */
  threshold: z.number().int().min(0).max(FEN_MAX),
  /** Points earned per point of base earn: 1 = no bonus, 1.5 = half again; one decimal. */
  pointsMultiplier: z
    .number()
    .min(1)
    .max(10)
    .refine((v) => Math.abs(Math.round(v * 10) - v * 10) < 1e-9, 'perks.multiplierOneDecimal'),
  coupon,
  freeShipping: z.boolean(),
  /** Value of the birthday gift in fen; 0: none. */
  birthdayGift: fen,
  /** Hours before everyone else that members of this tier see a launch; 0: none. */
  earlyAccessHours: z.number().int().min(0).max(168),
  /** A dedicated customer-service line (专属客服); only while the merchant's service tier is Gold. */
  serviceLine: z.boolean(),
});
export type TierConfig = z.infer<typeof tierConfig>;

export const offlineConfig = z.object({
  /** Points a member earns per yuan spent in the merchant's physical stores, into the same balance and tier. */
  inStoreEarnPerYuan: z.number().int().min(0).max(100),
  /** Points may be redeemed at the till. */
  inStoreRedemption: z.boolean(),
  /** The store groups that honour the perks (names as the merchant keeps them). */
  storeGroups: z
    .array(z.string().trim().min(1).max(40))
    .max(50)
    .refine((g) => new Set(g).size === g.length, 'perks.storeGroupsDuplicate'),
});
export type OfflineConfig = z.infer<typeof offlineConfig>;

/** What the cost estimate assumes; saved with the version so an estimate can be read again later. */
export const costAssumptions = z.object({
  /** Share of issued coupons that are used. */
  couponRedemptionBp: basisPoints,
  /** Share of members with their birthday in the month (1/12 ≈ 833). */
  birthdayShareBp: basisPoints,
  /** Points an average member earns online in a month at 1× (in-store points: inStoreSpendPerMemberFen). */
  basePointsPerMember: z.number().int().min(0).max(1_000_000),
  /**
   * What an average member spends a month in the merchant's physical stores, in fen: with the in-store earn rate it
   * gives the points store purchases add to the one balance (线上线下打通). Versions saved before it existed read 0,
   * the estimate they were published with.
   */
  inStoreSpendPerMemberFen: fen.default(0),
  /** What 100 points cost the merchant, in fen. */
  pointCostFenPer100: z.number().int().min(0).max(100_000),
  /** Shipping a member's orders costs the merchant this much a month when it is free for them. */
  shippingCostPerMemberFen: fen,
  /** A dedicated service line costs this much per member and month. */
  serviceCostPerMemberFen: fen,
});
export type CostAssumptions = z.infer<typeof costAssumptions>;

export const programmeContent = z.object({
  qualifyBy,
  tiers: z.object({ T1: tierConfig, T2: tierConfig, T3: tierConfig }),
  offline: offlineConfig,
  assumptions: costAssumptions,
});
export type ProgrammeContent = z.infer<typeof programmeContent>;

/** draft → scheduled (published, effective later) → active (its date has come) → superseded (a later one is active). */
export const VERSION_STATUSES = ['draft', 'scheduled', 'active', 'superseded'] as const;
export const versionStatus = z.enum(VERSION_STATUSES);
export type VersionStatus = z.infer<typeof versionStatus>;

export const memberCounts = z.object({ T1: z.number().int().min(0), T2: z.number().int().min(0), T3: z.number().int().min(0) });
export type MemberCounts = z.infer<typeof memberCounts>;

export const versionSummary = z.object({
  id: z.string(),
  merchantId: z.string(),
  number: z.number().int().min(1),
  status: versionStatus,
  /** The published version this draft started from (null: none existed); publishing checks it is still the latest. */
  basedOn: z.number().int().nullable(),
  /** YYYY-MM-DD, platform time; null for a draft. */
  effectiveFrom: z.iso.date().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: personRef.nullable(),
  /** Optimistic lock of a draft's edits. */
  revision: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VersionSummary = z.infer<typeof versionSummary>;

export const programmeVersion = versionSummary.extend({ content: programmeContent });
export type ProgrammeVersion = z.infer<typeof programmeVersion>;

export const merchantContext = z.object({
  id: z.string(),
  name: z.string(),
  vertical,
  serviceTier,
  members: memberCounts,
});
export type MerchantContext = z.infer<typeof merchantContext>;

const merchantRef = z.string().min(1).max(64);

/** The programme page: the merchant, its active version, what is scheduled and the drafts (operators only). */
export const programmeInput = z.object({ merchantId: merchantRef.optional() }).default({});
export const programmeOutput = z.object({
  merchant: merchantContext,
  active: programmeVersion.nullable(),
  scheduled: z.array(versionSummary),
  drafts: z.array(versionSummary),
  /** Number of the newest published version (scheduled or not), null when nothing was published. */
  latestPublished: z.number().int().nullable(),
  /** A starting point for a first draft: what the platform suggests. */
  template: programmeContent,
});
export type ProgrammeOutput = z.infer<typeof programmeOutput>;

export const PERK_VERSION_SORT_FIELDS = ['number'] as const;
export const versionListInput = listInput(PERK_VERSION_SORT_FIELDS, {
  merchantId: merchantRef.optional(),
  status: z.array(versionStatus).max(4).optional(),
});
export type VersionListInput = z.input<typeof versionListInput>;
export const versionListOutput = pageOutput(versionSummary);

export const versionByNumberInput = z.object({ merchantId: merchantRef.optional(), number: z.number().int().min(1) });
export const versionDiffInput = z.object({
  merchantId: merchantRef.optional(),
  from: z.number().int().min(1),
  to: z.number().int().min(1),
});

export const createDraftInput = z.object({
  /** Start from this version's content; default: the newest published one, or the template. */
  from: z.number().int().min(1).optional(),
});
export const saveDraftInput = z.object({ id: z.string().min(1).max(64), revision: z.number().int().min(1), content: programmeContent });
/** A rule a programme breaks, on its cell (`tiers.T2.threshold`): the shared rules' Issue on the wire. */
export const programmeIssue = z.object({
  path: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
/**
 * The saved draft, and what publishing it would refuse by the programme rules (the merchant's service tier as the bff
 * reads it now): a draft may break them, so saving returns them rather than refusing. The effective date is checked
 * on publish only.
 */
export const saveDraftOutput = programmeVersion.extend({ issues: z.array(programmeIssue) });
export const publishInput = z.object({
  id: z.string().min(1).max(64),
  revision: z.number().int().min(1),
  effectiveFrom: z.iso.date(),
});
export const deleteDraftInput = z.object({ id: z.string().min(1).max(64), revision: z.number().int().min(1) });
export const deleteDraftOutput = z.object({ id: z.string(), deleted: z.literal(true) });

/** A manager's list: the merchants of their verticals and where each programme stands. */
export const PERK_MERCHANT_SORT_FIELDS = ['name'] as const;
export const perkMerchantListInput = listInput(PERK_MERCHANT_SORT_FIELDS, {
  vertical: z.array(vertical).max(5).optional(),
  q: z.string().trim().max(100).optional(),
});
export const perkMerchantItem = z.object({
  merchantId: z.string(),
  merchantName: z.string(),
  vertical,
  serviceTier,
  activeNumber: z.number().int().nullable(),
  activeSince: z.string().nullable(),
  scheduledNumber: z.number().int().nullable(),
  scheduledFrom: z.string().nullable(),
  publishedCount: z.number().int().min(0),
});
export type PerkMerchantItem = z.infer<typeof perkMerchantItem>;
export const perkMerchantListOutput = pageOutput(perkMerchantItem);

