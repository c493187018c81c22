import { z } from 'zod';
import { isoDate } from '../calendar/schema';
import { listInput, pageOutput } from '../common/pagination';
import { applicationId, applicationWorkflow, expectedVersion } from '../review/schema';
import { applicationState, reviewAction } from '../review/state-schemas';
import { BRAND_DAY_RESOURCES, FESTIVALS, JOINABLE_PHASES, MAX_HERO_SKUS, PARTICIPATION_MODES, PROMO_SKU_CAP, TARGET_MARKETS } from './lists';

export { BRAND_DAY_RESOURCES, FESTIVALS, JOINABLE_PHASES, MAX_HERO_SKUS, PARTICIPATION_MODES, PROMO_SKU_CAP, TARGET_MARKETS };

// ---------------------------------------------------------------------------------------------------------
// Eligibility: what the merchant has, what the rule wants, and whether it passes

export const ELIGIBILITY_CRITERIA = [
  'dsrDescription',
  'dsrService',
  'dsrLogistics',
  'violationPoints',
  'serviceTier',
  'brandDayGap',
  'leadTime',
  'horizon',
  'deadline',
] as const;
export const eligibilityCriterion = z.enum(ELIGIBILITY_CRITERIA);
export type EligibilityCriterion = z.infer<typeof eligibilityCriterion>;

export const criterionResult = z.object({
  criterion: eligibilityCriterion,
  /** The merchant's value as the UI shows it: `4.69`, `5`, `silver`, `2027-03-02`; null when there is none. */
  value: z.union([z.string(), z.number()]).nullable(),
  /** The threshold: `4.70`, `< 6`, `silver`, `90`… */
  threshold: z.union([z.string(), z.number()]),
  pass: z.boolean(),
  /** i18n key of what to do to pass; null when it passes. */
  improve: z.string().nullable(),
});
export type CriterionResult = z.infer<typeof criterionResult>;

export const eligibility = z.object({
  eligible: z.boolean(),
  criteria: z.array(criterionResult),
  /** UTC instant it was computed at. */
  at: z.string(),
});
export type Eligibility = z.infer<typeof eligibility>;

// ---------------------------------------------------------------------------------------------------------
// Brand Day (品牌日)

export const brandDayResource = z.enum(BRAND_DAY_RESOURCES);
export type BrandDayResource = z.infer<typeof brandDayResource>;

export const heroSku = z.object({
  code: z.string().trim().max(64),
  name: z.string().trim().max(200),
  /** Brand Day price, fen. */
  price: z.number().int().min(0).max(100_000_000_00).nullable(),
});
export type HeroSku = z.infer<typeof heroSku>;

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((l) => new Set(l).size === l.length, 'campaigns.duplicateChoice');

/** What an operator writes for a Brand Day; a draft may be unfinished, the rules apply on submit. */
export const brandDayContent = z.object({
  date: isoDate.nullable(),
  theme: z.string().trim().max(100),
  proposal: z.string().trim().max(5000),
  /** Fen. */
  gmvTarget: z.number().int().min(0).max(1_000_000_000_000_00).nullable(),
  /** Percent off the usual price, 1–90. */
  discountDepth: z.number().int().min(0).max(100).nullable(),
  resources: uniqueList(brandDayResource, BRAND_DAY_RESOURCES.length),
  heroSkus: z.array(heroSku).max(MAX_HERO_SKUS),
});
export type BrandDayContent = z.infer<typeof brandDayContent>;

// ---------------------------------------------------------------------------------------------------------
// 618 and Double 11 registration (大促报名)

export const festival = z.enum(FESTIVALS);
export type Festival = z.infer<typeof festival>;

export const participationMode = z.enum(PARTICIPATION_MODES);
export type ParticipationMode = z.infer<typeof participationMode>;

export const joinablePhase = z.enum(JOINABLE_PHASES);

export const targetMarket = z.enum(TARGET_MARKETS);

export const promoSku = z.object({
  code: z.string().trim().max(64),
  name: z.string().trim().max(200),
  /** Fen. */
  festivalPrice: z.number().int().min(0).max(100_000_000_00).nullable(),
  /** The lowest price of the last 30 days, fen. */
  referencePrice: z.number().int().min(0).max(100_000_000_00).nullable(),
  /** Committed stock. */
  stock: z.number().int().min(0).max(100_000_000).nullable(),
});
export type PromoSku = z.infer<typeof promoSku>;

export const promotionContent = z.object({
  festival,
  year: z.number().int().min(2000).max(2100),
  title: z.string().trim().max(100),
  mode: participationMode,
  phases: uniqueList(joinablePhase, JOINABLE_PHASES.length),
  global: z.boolean(),
  targetMarkets: uniqueList(targetMarket, TARGET_MARKETS.length),
  skus: z.array(promoSku).max(PROMO_SKU_CAP),
});
export type PromotionContent = z.infer<typeof promotionContent>;

// ---------------------------------------------------------------------------------------------------------
// Applications on the wire

export const CAMPAIGN_KINDS = ['brand_day', 'promotion'] as const;
export const campaignKind = z.enum(CAMPAIGN_KINDS);
export type CampaignKind = z.infer<typeof campaignKind>;

const workflow = applicationWorkflow.extend({ title: z.string() });

export const brandDay = workflow.extend({ kind: z.literal('brand_day'), content: brandDayContent });
export type BrandDay = z.infer<typeof brandDay>;
export const promotion = workflow.extend({ kind: z.literal('promotion'), content: promotionContent });
export type Promotion = z.infer<typeof promotion>;
export const campaignApplication = z.discriminatedUnion('kind', [brandDay, promotion]);
export type CampaignApplication = z.infer<typeof campaignApplication>;

export const campaignListItem = workflow.omit({ lastDecision: true, allowedActions: true }).extend({
  kind: campaignKind,
  /** Brand Day: the requested date; promotion: null. */
  date: isoDate.nullable(),
  /** Promotion: the festival; Brand Day: null. */
  festival: festival.nullable(),
  year: z.number().int().nullable(),
  skuCount: z.number().int(),
});
export type CampaignListItem = z.infer<typeof campaignListItem>;

export const CAMPAIGN_SORT_FIELDS = ['updatedAt', 'createdAt', 'submittedAt', 'title'] as const;
export const campaignListInput = listInput(CAMPAIGN_SORT_FIELDS, {
  kind: z.array(campaignKind).max(2).optional(),
  state: z.array(applicationState).max(11).optional(),
  q: z.string().trim().max(100).optional(),
});
export type CampaignListInput = z.input<typeof campaignListInput>;
export const campaignListOutput = pageOutput(campaignListItem);

export const campaignByIdInput = z.object({ id: applicationId });
export const campaignActionInput = z.object({ id: applicationId, version: expectedVersion });
export const campaignWithdrawInput = campaignActionInput.extend({ reason: z.string().trim().max(2000).optional() });
export const campaignDeleteOutput = z.object({ id: z.string(), deleted: z.literal(true) });

export const brandDayCreateInput = brandDayContent;
export const brandDayUpdateInput = brandDayContent.extend({ id: applicationId, version: expectedVersion });
export const promotionCreateInput = promotionContent;
export const promotionUpdateInput = promotionContent.extend({ id: applicationId, version: expectedVersion });

/** The caller's own standing for a campaign, before any form is filled. */
export const brandDayEligibilityInput = z.object({ date: isoDate.nullable().default(null) });
export const promotionEligibilityInput = z.object({ festival, year: z.number().int().min(2000).max(2100) });

// ---------------------------------------------------------------------------------------------------------
// Brand Day availability: free, taken, or applied for by me — never by whom

export const DAY_STATUSES = ['free', 'taken', 'mine_approved', 'mine_pending', 'blackout', 'unavailable'] as const;
export const dayStatus = z.enum(DAY_STATUSES);
export type DayStatus = z.infer<typeof dayStatus>;

export const availabilityInput = z
  .object({ from: isoDate, to: isoDate })
  .refine((r) => r.from <= r.to, { path: ['to'], message: 'campaigns.rangeReversed' })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 400 * 86_400_000, { path: ['to'], message: 'campaigns.rangeTooLong' });
export const availabilityDay = z.object({
  date: isoDate,
  status: dayStatus,
  /** How many applications (of any merchant) wait for this date; no names. */
  pending: z.number().int().min(0),
});
export const availabilityOutput = z.object({ earliest: isoDate, latest: isoDate, days: z.array(availabilityDay) });
export type AvailabilityDay = z.infer<typeof availabilityDay>;

/** The reviewer's context of a campaign application: eligibility then and now, and (Brand Day) the same date's rivals. */
export const campaignReviewContext = z.object({
  eligibilityAtSubmission: eligibility.nullable(),
  eligibilityNow: eligibility,
  sameDate: z.array(
    z.object({
      id: z.string(),
      merchantName: z.string(),
      state: applicationState,
      submittedAt: z.string().nullable(),
    }),
  ),
  /** Applications for the same date in verticals the reviewer does not see. */
  sameDateElsewhere: z.number().int().min(0),
});
export type CampaignReviewContext = z.infer<typeof campaignReviewContext>;
