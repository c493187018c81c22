import type { CalendarWindow } from '../calendar/schema';
import { type Issue } from '../launches/rules';
import { addDays, daysBetween, platformDate } from '../review/business-days';
import { BRAND_DAY_RULES, brandDayRange, PROMOTION_RULES } from './eligibility';
import type { BrandDayContent, HeroSku, PromoSku, PromotionContent } from './schema';

/** Hero SKUs and promotion SKUs: how many a submission takes. */
export const CAMPAIGN_LIMITS = { maxHeroSkus: 20, minPromoSkus: 1, maxPromoSkus: 2000, maxDiscountDepth: 90, minDiscountDepth: 1 } as const;

/** Dates closed to Brand Days (admin-kept blackout windows), as inclusive ranges. */
export type DateRange = Pick<CalendarWindow, 'startsOn' | 'endsOn'>;
export const inRanges = (date: string, ranges: readonly DateRange[]) => ranges.some((r) => date >= r.startsOn && date <= r.endsOn);

function duplicateCodes(rows: readonly { code: string }[], path: string): Issue[] {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  rows.forEach((r, i) => {
    const code = r.code.trim();
    if (!code) return;
    const seen = first.get(code);
    if (seen === undefined) first.set(code, i);
    else issues.push({ path: `${path}.${i}.code`, key: 'launches.skuCodeDuplicate', params: { code, row: seen + 1 } });
  });
  return issues;
}

function heroSkuIssues(s: HeroSku, i: number): Issue[] {
  const at = (f: keyof HeroSku) => `heroSkus.${i}.${f}`;
  const issues: Issue[] = [];
  if (!s.code.trim()) issues.push({ path: at('code'), key: 'launches.skuCodeRequired' });
  if (!s.name.trim()) issues.push({ path: at('name'), key: 'launches.skuNameRequired' });
  if (s.price === null) issues.push({ path: at('price'), key: 'campaigns.priceRequired' });
  else if (s.price <= 0) issues.push({ path: at('price'), key: 'campaigns.pricePositive' });
  return issues;
}

export interface BrandDaySubmitContext {
  now: Date;
  /** Dates already held by an approved Brand Day of any merchant (other than this application). */
  taken: ReadonlySet<string>;
  blackouts: readonly DateRange[];
}

/** What must hold when a Brand Day is submitted, beyond eligibility (which the bff checks alongside). */
export function brandDaySubmitIssues(c: BrandDayContent, ctx: BrandDaySubmitContext): Issue[] {
  const issues: Issue[] = [];
  const { earliest, latest } = brandDayRange(platformDate(ctx.now));
  if (!c.date) issues.push({ path: 'date', key: 'campaigns.dateRequired' });
  else if (c.date < earliest) issues.push({ path: 'date', key: 'campaigns.dateTooSoon', params: { earliest, days: BRAND_DAY_RULES.minLeadDays } });
  else if (c.date > latest) issues.push({ path: 'date', key: 'campaigns.dateTooFar', params: { latest } });
  else if (inRanges(c.date, ctx.blackouts)) issues.push({ path: 'date', key: 'campaigns.dateBlackout' });
  else if (ctx.taken.has(c.date)) issues.push({ path: 'date', key: 'campaigns.dateTaken' });
  if (!c.theme.trim()) issues.push({ path: 'theme', key: 'campaigns.themeRequired' });
  if (!c.proposal.trim()) issues.push({ path: 'proposal', key: 'campaigns.proposalRequired' });
  if (c.gmvTarget === null || c.gmvTarget <= 0) issues.push({ path: 'gmvTarget', key: 'campaigns.gmvTargetPositive' });
  if (c.discountDepth === null || c.discountDepth < CAMPAIGN_LIMITS.minDiscountDepth || c.discountDepth > CAMPAIGN_LIMITS.maxDiscountDepth) {
    issues.push({ path: 'discountDepth', key: 'campaigns.discountDepthRange', params: { min: CAMPAIGN_LIMITS.minDiscountDepth, max: CAMPAIGN_LIMITS.maxDiscountDepth } });
  }
  if (c.resources.length === 0) issues.push({ path: 'resources', key: 'campaigns.resourcesRequired' });
  if (c.heroSkus.length === 0) issues.push({ path: 'heroSkus', key: 'campaigns.heroSkusRequired' });
  else if (c.heroSkus.length > CAMPAIGN_LIMITS.maxHeroSkus) issues.push({ path: 'heroSkus', key: 'campaigns.heroSkusTooMany', params: { max: CAMPAIGN_LIMITS.maxHeroSkus } });
  c.heroSkus.forEach((s, i) => issues.push(...heroSkuIssues(s, i)));
  issues.push(...duplicateCodes(c.heroSkus, 'heroSkus'));
  return issues;
}

/** Store-wide 50% off, exactly in fen: 2 × festival ≤ reference (1,999 against 999 passes, against 1,000 fails). */
export const withinStoreWideDiscount = (festivalPrice: number, referencePrice: number) => PROMOTION_RULES.storeWideFactor * festivalPrice <= referencePrice;

/** Problems of one promotion SKU row; `index` is its position (0-based) for the path. */
export function promoSkuIssues(s: PromoSku, index: number, mode: PromotionContent['mode']): Issue[] {
  const at = (f: keyof PromoSku) => `skus.${index}.${f}`;
  const issues: Issue[] = [];
  if (!s.code.trim()) issues.push({ path: at('code'), key: 'launches.skuCodeRequired' });
  if (!s.name.trim()) issues.push({ path: at('name'), key: 'launches.skuNameRequired' });
  if (s.referencePrice === null) issues.push({ path: at('referencePrice'), key: 'campaigns.referencePriceRequired' });
  else if (s.referencePrice <= 0) issues.push({ path: at('referencePrice'), key: 'campaigns.pricePositive' });
  if (s.festivalPrice === null) issues.push({ path: at('festivalPrice'), key: 'campaigns.festivalPriceRequired' });
  else if (s.festivalPrice <= 0) issues.push({ path: at('festivalPrice'), key: 'campaigns.pricePositive' });
  else if (s.referencePrice !== null && s.referencePrice > 0) {
    if (mode === 'store_wide' && !withinStoreWideDiscount(s.festivalPrice, s.referencePrice)) {
      issues.push({ path: at('festivalPrice'), key: 'campaigns.aboveHalfPrice', params: { referencePrice: s.referencePrice } });
    } else if (s.festivalPrice > s.referencePrice) {
      issues.push({ path: at('festivalPrice'), key: 'campaigns.aboveReferencePrice', params: { referencePrice: s.referencePrice } });
    }
  }
  if (s.stock === null) issues.push({ path: at('stock'), key: 'launches.stockRequired' });
  else if (s.stock < 1) issues.push({ path: at('stock'), key: 'launches.stockMin', params: { min: 1 } });
  return issues;
}

export const promoDuplicateCodeIssues = (skus: readonly { code: string }[]) => duplicateCodes(skus, 'skus');

export interface PromotionSubmitContext {
  /** The festival's window (phase-less) and its phases from the calendar; null when the calendar has none. */
  window: Pick<CalendarWindow, 'startsOn' | 'endsOn' | 'submissionDeadline' | 'global'> | null;
  phases: readonly NonNullable<CalendarWindow['phase']>[];
  crossBorder: boolean;
}

/** What must hold when a 618 / Double 11 registration is submitted, beyond eligibility (deadline included there). */
export function promotionSubmitIssues(c: PromotionContent, ctx: PromotionSubmitContext): Issue[] {
  const issues: Issue[] = [];
  if (!ctx.window) issues.push({ path: 'festival', key: 'campaigns.noFestivalWindow', params: { festival: c.festival, year: c.year } });
  if (!c.title.trim()) issues.push({ path: 'title', key: 'launches.titleRequired' });
  if (c.mode === 'store_wide' && c.festival !== 'double11') issues.push({ path: 'mode', key: 'campaigns.storeWideDouble11Only' });
  // A festival the calendar splits into phases is joined phase by phase; one without phases is joined whole.
  const joinable = ctx.phases.filter((p) => p !== 'registration');
  if (joinable.length > 0 && c.phases.length === 0) issues.push({ path: 'phases', key: 'campaigns.phasesRequired' });
  for (const p of c.phases) if (ctx.window && !ctx.phases.includes(p)) issues.push({ path: 'phases', key: 'campaigns.phaseNotInCalendar', params: { phase: p } });
  if (c.global) {
    if (c.festival !== 'double11' || !ctx.window?.global) issues.push({ path: 'global', key: 'campaigns.globalNotOffered' });
    else if (!ctx.crossBorder) issues.push({ path: 'global', key: 'campaigns.globalCrossBorderOnly' });
    if (c.targetMarkets.length === 0) issues.push({ path: 'targetMarkets', key: 'campaigns.targetMarketsRequired' });
  } else if (c.targetMarkets.length > 0) {
    issues.push({ path: 'targetMarkets', key: 'campaigns.targetMarketsWithoutGlobal' });
  }
  if (c.skus.length < CAMPAIGN_LIMITS.minPromoSkus) issues.push({ path: 'skus', key: 'campaigns.skusRequired' });
  c.skus.forEach((s, i) => issues.push(...promoSkuIssues(s, i, c.mode)));
  issues.push(...promoDuplicateCodeIssues(c.skus));
  return issues;
}

/**
 * The `count` free dates nearest to `date` (ties: the earlier first) between `earliest` and `latest`: not held
 * by an approved Brand Day and not blacked out. What a declined applicant is offered instead.
 */
export function nearestFreeDates(
  date: string,
  opts: { taken: ReadonlySet<string>; blackouts: readonly DateRange[]; earliest: string; latest: string; count?: number },
): string[] {
  const count = opts.count ?? 3;
  const out: string[] = [];
  const free = (d: string) => d >= opts.earliest && d <= opts.latest && !opts.taken.has(d) && !inRanges(d, opts.blackouts);
  const span = Math.max(daysBetween(opts.earliest, date), daysBetween(date, opts.latest), 0);
  for (let k = 1; k <= span && out.length < count; k++) {
    for (const d of [addDays(date, -k), addDays(date, k)]) if (out.length < count && free(d)) out.push(d);
  }
  return out;
}
