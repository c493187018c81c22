import { describe, expect, it } from 'vitest';
import { toFieldErrors } from '../launches/rules';
import { brandDaySubmitIssues, nearestFreeDates, promoSkuIssues, promotionSubmitIssues, withinStoreWideDiscount } from './rules';
import type { BrandDayContent, PromoSku, PromotionContent } from './schema';

const now = new Date('2026-12-01T02:00:00Z');

const brandDay = (over: Partial<BrandDayContent> = {}): BrandDayContent => ({
  date: '2027-03-08',
  theme: '女王节品牌日',
  proposal: '全店新品首发',
  gmvTarget: 500_000_00,
  discountDepth: 20,
  resources: ['homepage_banner'],
  heroSkus: [{ code: 'H-1', name: '真丝衬衫', price: 59900 }],
  ...over,
});

describe('the 50% rule, in integer fen', () => {
  it('reference 1,999 fen (odd): festival 999 passes (1,998 ≤ 1,999), 1,000 fails (2,000 > 1,999)', () => {
    expect(withinStoreWideDiscount(999, 1999)).toBe(true);
    expect(withinStoreWideDiscount(1000, 1999)).toBe(false);
    expect(withinStoreWideDiscount(1000, 2000)).toBe(true);
  });

  it('names the failing row in store-wide mode only', () => {
    const row = (festivalPrice: number, referencePrice: number): PromoSku => ({ code: 'A', name: 'a', festivalPrice, referencePrice, stock: 1 });
    expect(promoSkuIssues(row(999, 1999), 4, 'store_wide')).toEqual([]);
    expect(promoSkuIssues(row(1000, 1999), 4, 'store_wide')).toEqual([{ path: 'skus.4.festivalPrice', key: 'campaigns.aboveHalfPrice', params: { referencePrice: 1999 } }]);
    expect(promoSkuIssues(row(1000, 1999), 4, 'selected_items')).toEqual([]);
    expect(promoSkuIssues(row(2000, 1999), 0, 'selected_items')).toEqual([{ path: 'skus.0.festivalPrice', key: 'campaigns.aboveReferencePrice', params: { referencePrice: 1999 } }]);
  });
});

describe('Brand Day submission', () => {
  const ctx = { now, taken: new Set(['2027-03-09']), blackouts: [{ startsOn: '2027-06-16', endsOn: '2027-06-18' }] };

  it('accepts a complete application', () => {
    expect(brandDaySubmitIssues(brandDay(), ctx)).toEqual([]);
  });

  it('refuses taken, blacked-out, too-soon and too-far dates', () => {
    const dateKey = (date: string) => brandDaySubmitIssues(brandDay({ date }), ctx).map((i) => i.key);
    expect(dateKey('2027-03-09')).toEqual(['campaigns.dateTaken']);
    expect(dateKey('2027-06-17')).toEqual(['campaigns.dateBlackout']);
    expect(dateKey('2026-12-30')).toEqual(['campaigns.dateTooSoon']);
    expect(dateKey('2026-12-31')).toEqual([]);
    expect(dateKey('2027-12-02')).toEqual(['campaigns.dateTooFar']);
  });

  it('names every missing field and each bad hero SKU', () => {
    const issues = brandDaySubmitIssues(
      brandDay({ date: null, theme: ' ', proposal: '', gmvTarget: 0, discountDepth: 95, resources: [], heroSkus: [{ code: 'A', name: '', price: 0 }, { code: 'A', name: 'b', price: 1 }] }),
      ctx,
    );
    expect(toFieldErrors(issues)).toEqual({
      date: ['campaigns.dateRequired'],
      theme: ['campaigns.themeRequired'],
      proposal: ['campaigns.proposalRequired'],
      gmvTarget: ['campaigns.gmvTargetPositive'],
      discountDepth: ['campaigns.discountDepthRange'],
      resources: ['campaigns.resourcesRequired'],
      'heroSkus.0.name': ['launches.skuNameRequired'],
      'heroSkus.0.price': ['campaigns.pricePositive'],
      'heroSkus.1.code': ['launches.skuCodeDuplicate'],
    });
  });
});

describe('618 / Double 11 registration', () => {
  const reg = (over: Partial<PromotionContent> = {}): PromotionContent => ({
    festival: 'double11',
    year: 2026,
    title: '双十一报名',
    mode: 'store_wide',
    phases: ['presale', 'official'],
    global: false,
    targetMarkets: [],
    skus: [{ code: 'A', name: 'a', festivalPrice: 500, referencePrice: 1000, stock: 10 }],
    ...over,
  });
  const window = { startsOn: '2026-10-20', endsOn: '2026-11-11', submissionDeadline: '2026-10-10', global: true };
  const ctx: { window: typeof window | null; phases: ('registration' | 'presale' | 'official')[]; crossBorder: boolean } = { window, phases: ['registration', 'presale', 'official'], crossBorder: true };

  it('accepts a store-wide Double 11 registration at exactly half price', () => {
    expect(promotionSubmitIssues(reg(), { ...ctx, phases: [...ctx.phases] })).toEqual([]);
  });

  it('offers store-wide and global only on Double 11, global only to cross-border merchants with markets', () => {
    const keys = (c: Partial<PromotionContent>, x: Partial<typeof ctx> = {}) =>
      promotionSubmitIssues(reg(c), { ...ctx, phases: [...ctx.phases], ...x } as never).map((i) => `${i.path}:${i.key}`);
    expect(keys({ festival: 'mid_year_618' }, { window: { ...window, global: false } })).toEqual(['mode:campaigns.storeWideDouble11Only']);
    expect(keys({ global: true, targetMarkets: ['HK'] }, { crossBorder: false })).toEqual(['global:campaigns.globalCrossBorderOnly']);
    expect(keys({ global: true, targetMarkets: [] })).toEqual(['targetMarkets:campaigns.targetMarketsRequired']);
    expect(keys({ global: true, targetMarkets: ['SG'] }, { window: { ...window, global: false } })).toEqual(['global:campaigns.globalNotOffered']);
    expect(keys({ phases: [] })).toEqual(['phases:campaigns.phasesRequired']);
    expect(keys({ phases: ['presale'] }, { phases: ['official'] } as never)).toEqual(['phases:campaigns.phaseNotInCalendar']);
    expect(keys({}, { window: null })).toEqual(['festival:campaigns.noFestivalWindow']);
  });
});

describe('nearest free dates', () => {
  it('offers the three nearest free dates, earlier first on a tie, skipping taken and blacked-out days and the range ends', () => {
    const opts = { taken: new Set(['2027-03-08', '2027-03-07', '2027-03-09']), blackouts: [{ startsOn: '2027-03-10', endsOn: '2027-03-10' }], earliest: '2027-01-01', latest: '2027-12-01' };
    expect(nearestFreeDates('2027-03-08', opts)).toEqual(['2027-03-06', '2027-03-05', '2027-03-11']);
    expect(nearestFreeDates('2027-01-01', { ...opts, taken: new Set(['2027-01-01']) })).toEqual(['2027-01-02', '2027-01-03', '2027-01-04']);
    expect(nearestFreeDates('2027-01-02', { ...opts, earliest: '2027-01-02', latest: '2027-01-03', taken: new Set(['2027-01-02']) })).toEqual(['2027-01-03']);
  });
});
