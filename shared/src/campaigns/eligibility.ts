import type { ServiceTier } from '../merchants/schema';
import { addDays, daysBetween, platformDate } from '../review/business-days';
import type { CriterionResult, Eligibility } from './schema';

/** The merchant figures eligibility reads (DSR as the API carries it: 1.00–5.00). */
export interface Standing {
  dsrDescription: number;
  dsrService: number;
  dsrLogistics: number;
  violationPoints: number;
  serviceTier: ServiceTier;
  crossBorder: boolean;
}

/** The numbers of the Brand Day rules (DOMAIN.md "Campaign applications"). DSR in hundredths. */
export const BRAND_DAY_RULES = {
  minDsr: 470,
  /** Fewer than this many violation points over 365 days. */
  violationPointsBelow: 6,
  minTier: 'silver' as ServiceTier,
  /** No approved Brand Day of the same merchant closer than this on either side. */
  gapDays: 90,
  /** The date is at least this many days after today. */
  minLeadDays: 30,
  /** …and at most this many months ahead. */
  horizonMonths: 12,
} as const;

/** 618 and Double 11 registration. */
export const PROMOTION_RULES = {
  minDsr: 460,
  violationPointsBelow: 12,
  minTier: 'standard' as ServiceTier,
  /** Store-wide 50% off: 2 × festival price ≤ reference price, in fen. */
  storeWideFactor: 2,
} as const;

/** Service tiers from the lowest; "Silver or better" is a rank comparison. */
export const TIER_RANK: Record<ServiceTier, number> = { below: 0, standard: 1, silver: 2, gold: 3 };

const hundredths = (score: number) => Math.round(score * 100);
const dsrText = (h: number) => (h / 100).toFixed(2);

function common(m: Standing, rules: { minDsr: number; violationPointsBelow: number; minTier: ServiceTier }): CriterionResult[] {
  const dsr = (criterion: 'dsrDescription' | 'dsrService' | 'dsrLogistics'): CriterionResult => {
    const value = hundredths(m[criterion]);
    const pass = value >= rules.minDsr;
    return { criterion, value: dsrText(value), threshold: dsrText(rules.minDsr), pass, improve: pass ? null : `campaigns.improve.${criterion}` };
  };
  const violationsPass = m.violationPoints < rules.violationPointsBelow;
  const tierPass = TIER_RANK[m.serviceTier] >= TIER_RANK[rules.minTier];
  return [
    dsr('dsrDescription'),
    dsr('dsrService'),
    dsr('dsrLogistics'),
    {
      criterion: 'violationPoints',
      value: m.violationPoints,
      threshold: rules.violationPointsBelow,
      pass: violationsPass,
      improve: violationsPass ? null : 'campaigns.improve.violationPoints',
    },
    { criterion: 'serviceTier', value: m.serviceTier, threshold: rules.minTier, pass: tierPass, improve: tierPass ? null : 'campaigns.improve.serviceTier' },
  ];
}

const result = (criteria: CriterionResult[], now: Date): Eligibility => ({ eligible: criteria.every((c) => c.pass), criteria, at: now.toISOString() });

/** The first and last date a Brand Day may be asked for on `today` (YYYY-MM-DD, platform time). */
export function brandDayRange(today: string): { earliest: string; latest: string } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // Same day 12 months on; 29 February falls back to 28 February.
  const target = new Date(Date.UTC(y, m - 1 + BRAND_DAY_RULES.horizonMonths, 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastOfMonth));
  return { earliest: addDays(today, BRAND_DAY_RULES.minLeadDays), latest: target.toISOString().slice(0, 10) };
}

/** Days from `date` to the merchant's nearest other approved Brand Day (either side), or null when there is none. */
export function nearestOwnBrandDayGap(date: string, ownApprovedDates: readonly string[]): number | null {
  let best: number | null = null;
  for (const d of ownApprovedDates) {
    if (d === date) continue;
    const gap = Math.abs(daysBetween(d, date));
    if (best === null || gap < best) best = gap;
  }
  return best;
}

/**
 * Brand Day eligibility: DSR ≥ 4.70 each, fewer than 6 violation points, Silver or better; with a date also
 * the 30-day lead, the 12-month horizon and no approved Brand Day of its own within 90 days on either side.
 */
export function brandDayEligibility(m: Standing, ctx: { date: string | null; now: Date; ownApprovedDates: readonly string[] }): Eligibility {
  const criteria = common(m, BRAND_DAY_RULES);
  if (ctx.date) {
    const today = platformDate(ctx.now);
    const { latest } = brandDayRange(today);
    const lead = daysBetween(today, ctx.date);
    const leadPass = lead >= BRAND_DAY_RULES.minLeadDays;
    criteria.push({ criterion: 'leadTime', value: lead, threshold: BRAND_DAY_RULES.minLeadDays, pass: leadPass, improve: leadPass ? null : 'campaigns.improve.leadTime' });
    const horizonPass = ctx.date <= latest;
    criteria.push({ criterion: 'horizon', value: ctx.date, threshold: latest, pass: horizonPass, improve: horizonPass ? null : 'campaigns.improve.horizon' });
    const gap = nearestOwnBrandDayGap(ctx.date, ctx.ownApprovedDates);
    const gapPass = gap === null || gap >= BRAND_DAY_RULES.gapDays;
    criteria.push({ criterion: 'brandDayGap', value: gap, threshold: BRAND_DAY_RULES.gapDays, pass: gapPass, improve: gapPass ? null : 'campaigns.improve.brandDayGap' });
  }
  return result(criteria, ctx.now);
}

/**
 * 618 / Double 11 eligibility: DSR ≥ 4.60 each, fewer than 12 violation points, Standard or better, and not
 * after the registration deadline (the whole deadline day counts, Asia/Shanghai).
 */
export function promotionEligibility(m: Standing, ctx: { deadline: string | null; now: Date }): Eligibility {
  const criteria = common(m, PROMOTION_RULES);
  const today = platformDate(ctx.now);
  const open = ctx.deadline !== null && today <= ctx.deadline;
  criteria.push({ criterion: 'deadline', value: today, threshold: ctx.deadline ?? '—', pass: open, improve: open ? null : 'campaigns.improve.deadline' });
  return result(criteria, ctx.now);
}
