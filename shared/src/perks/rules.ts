import type { EarlyAccessOffer, Issue } from '../launches/rules';
import type { ServiceTier } from '../merchants/schema';
import { PERK_TIERS, type PerkTier } from './lists';
import type {
  CostAssumptions,
  MemberCounts,
  ProgrammeContent,
  TierConfig,
  VersionStatus,
} from './schema';

/**
 * The rules of a member programme (DOMAIN.md "Member perks"), pure: the editor runs them as the operator types,
 * the bff runs them again before it publishes. Every issue names the cell that is wrong (`tiers.T2.threshold`).
 */

/** The numeric perks a higher tier never gets less of, by path inside a tier. */
export const NUMERIC_PERKS = ['pointsMultiplier', 'coupon.value', 'coupon.monthlyQuota', 'birthdayGift', 'earlyAccessHours'] as const;
/** The yes/no perks a higher tier keeps when a lower one has them. */
export const FLAG_PERKS = ['freeShipping', 'serviceLine'] as const;
export type NumericPerk = (typeof NUMERIC_PERKS)[number];

export function perkValue(t: TierConfig, path: NumericPerk): number {
  switch (path) {
    case 'coupon.value':
      return t.coupon.value;
    case 'coupon.monthlyQuota':
      return t.coupon.monthlyQuota;
    default:
      return t[path];
  }
}

/** The service tier a dedicated service line needs. */
export const SERVICE_LINE_TIER: ServiceTier = 'gold';

export interface ProgrammeContext {
  /** The merchant's service tier, from the merchant record. */
  serviceTier: ServiceTier;
}

/** Everything wrong with a programme, each on its cell. Empty: it may be published. */
export function programmeIssues(c: ProgrammeContent, ctx: ProgrammeContext): Issue[] {
  const issues: Issue[] = [];
  PERK_TIERS.forEach((tier, i) => {
    const t = c.tiers[tier];
    const at = (path: string) => `tiers.${tier}.${path}`;
    if (t.coupon.monthlyQuota > 0 && t.coupon.value === 0) issues.push({ path: at('coupon.value'), key: 'perks.couponValueRequired' });
    if (t.serviceLine && ctx.serviceTier !== SERVICE_LINE_TIER) {
      issues.push({ path: at('serviceLine'), key: 'perks.serviceLineNeedsGold', params: { serviceTier: ctx.serviceTier } });
    }
    const lowerTier = i > 0 ? PERK_TIERS[i - 1]! : null;
    if (!lowerTier) return;
    const lower = c.tiers[lowerTier];
    // Thresholds strictly rise: an equal threshold would make the higher tier unreachable on its own.
    if (t.threshold <= lower.threshold) {
      issues.push({ path: at('threshold'), key: 'perks.thresholdNotAbove', params: { tier: lowerTier, threshold: lower.threshold } });
    }
    for (const perk of NUMERIC_PERKS) {
      const mine = perkValue(t, perk);
      const theirs = perkValue(lower, perk);
      if (mine < theirs) issues.push({ path: at(perk), key: 'perks.lessThanLowerTier', params: { tier: lowerTier, value: theirs } });
    }
    for (const flag of FLAG_PERKS) {
      if (lower[flag] && !t[flag]) issues.push({ path: at(flag), key: 'perks.lostFromLowerTier', params: { tier: lowerTier } });
    }
  });
  return issues;
}

export interface PublishContext {
  /** Today in the platform's time zone (YYYY-MM-DD). */
  today: string;
  /** The effective date of the newest published version, or null. */
  latestEffectiveFrom: string | null;
}

/** Where a publish's effective date is wrong: not in the past, not before a version already published. */
export function effectiveDateIssues(effectiveFrom: string, ctx: PublishContext): Issue[] {
  if (effectiveFrom < ctx.today) return [{ path: 'effectiveFrom', key: 'perks.effectiveInPast', params: { today: ctx.today } }];
  if (ctx.latestEffectiveFrom && effectiveFrom < ctx.latestEffectiveFrom) {
    return [{ path: 'effectiveFrom', key: 'perks.effectiveBeforeLatest', params: { date: ctx.latestEffectiveFrom } }];
  }
  return [];
}

/**
 * The status of each published version on `today`: the one with the latest effective date not after today
 * (the higher number on a tie) is active, later ones are scheduled, earlier ones superseded.
 */
export function publishedStatuses(
  published: readonly { number: number; effectiveFrom: string }[],
  today: string,
): Map<number, Exclude<VersionStatus, 'draft'>> {
  let active: { number: number; effectiveFrom: string } | null = null;
  for (const v of published) {
    if (v.effectiveFrom > today) continue;
    if (!active || v.effectiveFrom > active.effectiveFrom || (v.effectiveFrom === active.effectiveFrom && v.number > active.number)) active = v;
  }
  const out = new Map<number, Exclude<VersionStatus, 'draft'>>();
  for (const v of published) {
    out.set(v.number, v.effectiveFrom > today ? 'scheduled' : v.number === active?.number ? 'active' : 'superseded');
  }
  return out;
}

// ------------------------------------------------------------------------------------------------------------
// Cost

export const COST_PERKS = ['coupons', 'birthday', 'points', 'inStorePoints', 'shipping', 'serviceLine'] as const;
export type CostPerk = (typeof COST_PERKS)[number];

export interface CostEstimate {
  /** Fen per month, by tier and perk; each cell rounded to the fen. */
  cells: Record<PerkTier, Record<CostPerk, number>>;
  byTier: Record<PerkTier, number>;
  byPerk: Record<CostPerk, number>;
  total: number;
}

/**
 * The monthly cost of a programme in fen, from the members per tier and the stated assumptions:
 * - coupons: members × monthly quota × value × redemption rate;
 * - birthday: members × share with a birthday this month × gift value;
 * - points: members × base points online × (multiplier − 1) × cost of a point (only the bonus above 1× is the perk's:
 *   online base points are the marketplace's own);
 * - in-store points (线上线下打通): members × in-store spend in yuan × in-store points per yuan × multiplier × cost of a
 *   point: all of them, since a store purchase earns points in the member's balance only through the programme, at
 *   the tier's multiplier like any purchase;
 * - shipping: members × shipping cost per member, when free;
 * - service line: members × cost per member, when dedicated.
 */
export function estimateMonthlyCost(c: ProgrammeContent, members: MemberCounts, a: CostAssumptions = c.assumptions): CostEstimate {
  const cells = {} as CostEstimate['cells'];
  const byPerk = Object.fromEntries(COST_PERKS.map((p) => [p, 0])) as Record<CostPerk, number>;
  const byTier = {} as Record<PerkTier, number>;
  let total = 0;
  for (const tier of PERK_TIERS) {
    const t = c.tiers[tier];
    const n = members[tier];
    const row: Record<CostPerk, number> = {
      coupons: Math.round((n * t.coupon.monthlyQuota * t.coupon.value * a.couponRedemptionBp) / 10_000),
      birthday: Math.round((n * a.birthdayShareBp * t.birthdayGift) / 10_000),
      points: Math.round((n * a.basePointsPerMember * (Math.round(t.pointsMultiplier * 10) - 10) * a.pointCostFenPer100) / 1000),
      // fen/100 → yuan, multiplier in tenths, cost per 100 points: ÷ (100 × 10 × 100).
      inStorePoints: Math.round(
        (n * (a.inStoreSpendPerMemberFen ?? 0) * c.offline.inStoreEarnPerYuan * Math.round(t.pointsMultiplier * 10) * a.pointCostFenPer100) / 100_000,
      ),
      shipping: t.freeShipping ? n * a.shippingCostPerMemberFen : 0,
      serviceLine: t.serviceLine ? n * a.serviceCostPerMemberFen : 0,
    };
    cells[tier] = row;
    byTier[tier] = 0;
    for (const p of COST_PERKS) {
      byTier[tier] += row[p];
      byPerk[p] += row[p];
    }
    total += byTier[tier];
  }
  return { cells, byTier, byPerk, total };
}

// ------------------------------------------------------------------------------------------------------------
// What a shopper reads

/** One line of "what does a T2 member get?": an i18n key and its values (money in fen, for the web to format). */
export interface Benefit {
  key: string;
  params?: Record<string, string | number>;
}

/** The perks of one tier as a shopper would read them, in the order a shopper cares about. */
export function tierBenefits(c: ProgrammeContent, tier: PerkTier): Benefit[] {
  const t = c.tiers[tier];
  const out: Benefit[] = [];
  out.push({ key: c.qualifyBy === 'spend' ? 'perks.shopper.qualifySpend' : 'perks.shopper.qualifyPoints', params: { threshold: t.threshold } });
  if (t.pointsMultiplier > 1) out.push({ key: 'perks.shopper.multiplier', params: { multiplier: t.pointsMultiplier } });
  if (t.coupon.monthlyQuota > 0 && t.coupon.value > 0) {
    out.push({
      key: t.coupon.minSpend > 0 ? 'perks.shopper.coupon' : 'perks.shopper.couponNoMin',
      params: { count: t.coupon.monthlyQuota, value: t.coupon.value, minSpend: t.coupon.minSpend },
    });
  }
  if (t.freeShipping) out.push({ key: 'perks.shopper.freeShipping' });
  if (t.birthdayGift > 0) out.push({ key: 'perks.shopper.birthday', params: { value: t.birthdayGift } });
  if (t.earlyAccessHours > 0) out.push({ key: 'perks.shopper.earlyAccess', params: { hours: t.earlyAccessHours } });
  if (t.serviceLine) out.push({ key: 'perks.shopper.serviceLine' });
  if (c.offline.inStoreEarnPerYuan > 0) out.push({ key: 'perks.shopper.inStoreEarn', params: { count: c.offline.inStoreEarnPerYuan } });
  if (c.offline.inStoreRedemption) out.push({ key: 'perks.shopper.inStoreRedeem' });
  if (c.offline.storeGroups.length) out.push({ key: 'perks.shopper.storeGroups', params: { groups: c.offline.storeGroups.join('、') } });
  return out;
}

/** The tiers with early access to launches and their hours, for a launch's member early access. */
export function earlyAccessOffers(c: ProgrammeContent): EarlyAccessOffer[] {
  return PERK_TIERS.filter((t) => c.tiers[t].earlyAccessHours > 0).map((tier) => ({ tier, hours: c.tiers[tier].earlyAccessHours }));
}

// ------------------------------------------------------------------------------------------------------------
// A first programme

const tier = (over: Partial<TierConfig> & Pick<TierConfig, 'threshold'>): TierConfig => ({
  pointsMultiplier: 1,
  coupon: { value: 0, minSpend: 0, monthlyQuota: 0 },
  freeShipping: false,
  birthdayGift: 0,
  earlyAccessHours: 0,
  serviceLine: false,
  ...over,
});

export const DEFAULT_ASSUMPTIONS: CostAssumptions = {
  couponRedemptionBp: 3000,
  birthdayShareBp: 833,
  basePointsPerMember: 200,
  pointCostFenPer100: 100,
  inStoreSpendPerMemberFen: 50_00,
  shippingCostPerMemberFen: 600,
  serviceCostPerMemberFen: 300,
};

/** What the platform suggests to a merchant without a programme: modest perks that rise with the tier. */
export function templateProgramme(): ProgrammeContent {
  return {
    qualifyBy: 'spend',
    tiers: {
      T1: tier({ threshold: 0 }),
      T2: tier({ threshold: 2_000_00, pointsMultiplier: 1.2, coupon: { value: 20_00, minSpend: 199_00, monthlyQuota: 1 }, birthdayGift: 30_00 }),
      T3: tier({
        threshold: 8_000_00,
        pointsMultiplier: 1.5,
        coupon: { value: 50_00, minSpend: 399_00, monthlyQuota: 2 },
        freeShipping: true,
        birthdayGift: 100_00,
        earlyAccessHours: 24,
      }),
    },
    offline: { inStoreEarnPerYuan: 1, inStoreRedemption: false, storeGroups: [] },
    assumptions: { ...DEFAULT_ASSUMPTIONS },
  };
}
