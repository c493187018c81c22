import { describe, expect, it } from 'vitest';
import { programmeContent, type ProgrammeContent } from './schema';
import { diffProgrammeContent } from './diff';
import {
  earlyAccessOffers,
  effectiveDateIssues,
  estimateMonthlyCost,
  programmeIssues,
  publishedStatuses,
  templateProgramme,
  tierBenefits,
} from './rules';

const gold = { serviceTier: 'gold' as const };
const programme = (edit: (c: ProgrammeContent) => void = () => {}) => {
  const c = templateProgramme();
  edit(c);
  return c;
};

describe('the template', () => {
  it('is a valid programme that breaks no rule', () => {
    expect(programmeContent.safeParse(templateProgramme()).success).toBe(true);
    expect(programmeIssues(templateProgramme(), { serviceTier: 'below' })).toEqual([]);
  });
});

describe('thresholds strictly rise from T1 to T3', () => {
  it('refuses a T2 threshold equal to T1’s, on the T2 cell', () => {
    const c = programme((c) => {
      c.tiers.T1.threshold = 1_000_00;
      c.tiers.T2.threshold = 1_000_00;
    });
    expect(programmeIssues(c, gold)).toEqual([{ path: 'tiers.T2.threshold', key: 'perks.thresholdNotAbove', params: { tier: 'T1', threshold: 1_000_00 } }]);
  });
  it('accepts a T2 threshold one fen above T1’s', () => {
    const c = programme((c) => {
      c.tiers.T1.threshold = 1_000_00;
      c.tiers.T2.threshold = 1_000_01;
    });
    expect(programmeIssues(c, gold)).toEqual([]);
  });
  it('refuses T3 equal to T2 and accepts one fen (or point) more', () => {
    const equal = programme((c) => (c.tiers.T3.threshold = c.tiers.T2.threshold));
    expect(programmeIssues(equal, gold).map((i) => i.path)).toEqual(['tiers.T3.threshold']);
    const above = programme((c) => (c.tiers.T3.threshold = c.tiers.T2.threshold + 1));
    expect(programmeIssues(above, gold)).toEqual([]);
  });
  it('refuses a T3 threshold below T2’s', () => {
    const c = programme((c) => (c.tiers.T3.threshold = 0));
    expect(programmeIssues(c, gold)).toEqual([expect.objectContaining({ path: 'tiers.T3.threshold' })]);
  });
});

describe('a higher tier never gets less of a numeric perk', () => {
  const cases: [string, (c: ProgrammeContent, d: number) => void][] = [
    ['pointsMultiplier', (c, d) => (c.tiers.T3.pointsMultiplier = c.tiers.T2.pointsMultiplier - d / 10)],
    ['coupon.value', (c, d) => (c.tiers.T3.coupon.value = c.tiers.T2.coupon.value - d)],
    ['coupon.monthlyQuota', (c, d) => (c.tiers.T3.coupon.monthlyQuota = c.tiers.T2.coupon.monthlyQuota - d)],
    ['birthdayGift', (c, d) => (c.tiers.T3.birthdayGift = c.tiers.T2.birthdayGift - d)],
    ['earlyAccessHours', (c, d) => {
      c.tiers.T2.earlyAccessHours = 12;
      c.tiers.T3.earlyAccessHours = 12 - d;
    }],
  ];
  it.each(cases)('%s: equal is allowed', (_, set) => expect(programmeIssues(programme((c) => set(c, 0)), gold)).toEqual([]));
  it.each(cases)('%s: one less is refused on the higher tier’s cell', (path, set) =>
    expect(programmeIssues(programme((c) => set(c, 1)), gold)).toEqual([
      expect.objectContaining({ path: `tiers.T3.${path}`, key: 'perks.lessThanLowerTier', params: expect.objectContaining({ tier: 'T2' }) }),
    ]),
  );
  it('a perk a lower tier has cannot be missing from a higher one (free shipping)', () => {
    const c = programme((c) => (c.tiers.T2.freeShipping = true));
    expect(programmeIssues(c, gold)).toEqual([]);
    c.tiers.T3.freeShipping = false;
    expect(programmeIssues(c, gold)).toEqual([{ path: 'tiers.T3.freeShipping', key: 'perks.lostFromLowerTier', params: { tier: 'T2' } }]);
  });
});

describe('a dedicated service line only while the service tier is Gold', () => {
  const withLine = programme((c) => (c.tiers.T3.serviceLine = true));
  it('Gold: allowed', () => expect(programmeIssues(withLine, { serviceTier: 'gold' })).toEqual([]));
  it('Silver: refused on the cell, naming the tier', () =>
    expect(programmeIssues(withLine, { serviceTier: 'silver' })).toEqual([
      { path: 'tiers.T3.serviceLine', key: 'perks.serviceLineNeedsGold', params: { serviceTier: 'silver' } },
    ]));
  it('Silver without a service line: nothing to say', () => expect(programmeIssues(templateProgramme(), { serviceTier: 'silver' })).toEqual([]));
});

describe('coupons', () => {
  it('a monthly quota needs a value', () => {
    const c = programme((c) => (c.tiers.T1.coupon = { value: 0, minSpend: 0, monthlyQuota: 1 }));
    expect(programmeIssues(c, gold)).toContainEqual({ path: 'tiers.T1.coupon.value', key: 'perks.couponValueRequired' });
  });
});

describe('monthly cost estimate', () => {
  it('matches a hand computation', () => {
    const c = templateProgramme();
    c.tiers.T3.serviceLine = true;
    c.assumptions = {
      couponRedemptionBp: 2500, // 25%
      birthdayShareBp: 800, // 8%
      basePointsPerMember: 300,
      pointCostFenPer100: 100, // 1 fen a point
      shippingCostPerMemberFen: 800,
      serviceCostPerMemberFen: 250,
      inStoreSpendPerMemberFen: 0, // no store spend: online only (the in-store case below)
    };
    const members = { T1: 10_000, T2: 2_000, T3: 300 };
    const e = estimateMonthlyCost(c, members);
    // T1: multiplier 1×, no coupon, no gift, nothing free: 0.
    expect(e.cells.T1).toEqual({ coupons: 0, birthday: 0, points: 0, inStorePoints: 0, shipping: 0, serviceLine: 0 });
    // T2: coupons 2000 × 1 × ¥20 × 25% = ¥10,000; birthday 2000 × 8% × ¥30 = ¥4,800;
    //     points 2000 × 300 × 0.2 × ¥0.01 = ¥1,200.
    expect(e.cells.T2).toEqual({ coupons: 10_000_00, birthday: 4_800_00, points: 1_200_00, inStorePoints: 0, shipping: 0, serviceLine: 0 });
    // T3: coupons 300 × 2 × ¥50 × 25% = ¥7,500; birthday 300 × 8% × ¥100 = ¥2,400; points 300 × 300 × 0.5 × ¥0.01 = ¥450;
    //     shipping 300 × ¥8 = ¥2,400; service line 300 × ¥2.50 = ¥750.
    expect(e.cells.T3).toEqual({ coupons: 7_500_00, birthday: 2_400_00, points: 450_00, inStorePoints: 0, shipping: 2_400_00, serviceLine: 750_00 });
    expect(e.byTier).toEqual({ T1: 0, T2: 16_000_00, T3: 13_500_00 });
    expect(e.byPerk.coupons).toBe(17_500_00);
    expect(e.total).toBe(29_500_00);
  });

  it('counts in-store points (线上线下打通): members × store spend × points per yuan × the tier’s multiplier × cost of a point', () => {
    const c = templateProgramme(); // multipliers T1 1×, T2 1.2×, T3 1.5×
    c.offline.inStoreEarnPerYuan = 2;
    c.assumptions.inStoreSpendPerMemberFen = 80_00; // ¥80 a member a month in the stores
    c.assumptions.pointCostFenPer100 = 100; // 1 fen a point
    const e = estimateMonthlyCost(c, { T1: 10_000, T2: 2_000, T3: 300 });
    // T1: 10,000 × ¥80 × 2 × 1.0 = 1,600,000 points = ¥16,000; T2: 2,000 × 80 × 2 × 1.2 = 384,000 = ¥3,840;
    // T3: 300 × 80 × 2 × 1.5 = 72,000 = ¥720.
    expect([e.cells.T1.inStorePoints, e.cells.T2.inStorePoints, e.cells.T3.inStorePoints]).toEqual([16_000_00, 3_840_00, 720_00]);
    expect(e.byPerk.inStorePoints).toBe(20_560_00);
    // In the totals like every other perk.
    const online = estimateMonthlyCost(c, { T1: 10_000, T2: 2_000, T3: 300 }, { ...c.assumptions, inStoreSpendPerMemberFen: 0 });
    expect(e.total - online.total).toBe(20_560_00);
    // No store points without an earn rate, or without store spend.
    c.offline.inStoreEarnPerYuan = 0;
    expect(estimateMonthlyCost(c, { T1: 10_000, T2: 2_000, T3: 300 }).byPerk.inStorePoints).toBe(0);
  });

  it('a version saved before the store spend assumption existed reads 0: the estimate it was published with', () => {
    const old = structuredClone(templateProgramme()) as unknown as { assumptions: Record<string, unknown> };
    delete old.assumptions.inStoreSpendPerMemberFen;
    expect(programmeContent.parse(old).assumptions.inStoreSpendPerMemberFen).toBe(0);
  });

  it('rounds each cell to the fen', () => {
    const c = templateProgramme();
    c.assumptions.couponRedemptionBp = 3333; // 33.33%: 3 × ¥20 × 1 × 33.33% = ¥19.998 → ¥20.00
    expect(estimateMonthlyCost(c, { T1: 0, T2: 3, T3: 0 }).cells.T2.coupons).toBe(20_00);
  });

  it('no members: no cost', () => expect(estimateMonthlyCost(templateProgramme(), { T1: 0, T2: 0, T3: 0 }).total).toBe(0));
});

describe('versions by date', () => {
  const published = [
    { number: 1, effectiveFrom: '2026-01-01' },
    { number: 3, effectiveFrom: '2026-06-01' },
    { number: 4, effectiveFrom: '2026-12-07' },
  ];
  it('the latest effective date not after today is active; later ones scheduled; earlier superseded', () => {
    expect(Object.fromEntries(publishedStatuses(published, '2026-12-06'))).toEqual({ 1: 'superseded', 3: 'active', 4: 'scheduled' });
  });
  it('a scheduled version becomes active on its date', () => {
    expect(Object.fromEntries(publishedStatuses(published, '2026-12-07'))).toEqual({ 1: 'superseded', 3: 'superseded', 4: 'active' });
  });
  it('nothing active before the first date', () => {
    expect([...publishedStatuses(published, '2025-12-31').values()]).toEqual(['scheduled', 'scheduled', 'scheduled']);
  });
  it('an effective date is today or later, and not before the newest published one', () => {
    expect(effectiveDateIssues('2026-12-01', { today: '2026-12-01', latestEffectiveFrom: null })).toEqual([]);
    expect(effectiveDateIssues('2026-11-30', { today: '2026-12-01', latestEffectiveFrom: null })).toEqual([
      { path: 'effectiveFrom', key: 'perks.effectiveInPast', params: { today: '2026-12-01' } },
    ]);
    expect(effectiveDateIssues('2026-12-06', { today: '2026-12-01', latestEffectiveFrom: '2026-12-07' })[0]?.key).toBe('perks.effectiveBeforeLatest');
    expect(effectiveDateIssues('2026-12-07', { today: '2026-12-01', latestEffectiveFrom: '2026-12-07' })).toEqual([]);
  });
});

describe('what a shopper reads', () => {
  it('lists a T2 member’s perks with their values', () => {
    const c = programme((c) => (c.offline = { inStoreEarnPerYuan: 2, inStoreRedemption: true, storeGroups: ['上海直营店', '杭州门店'] }));
    expect(tierBenefits(c, 'T2')).toEqual([
      { key: 'perks.shopper.qualifySpend', params: { threshold: 2_000_00 } },
      { key: 'perks.shopper.multiplier', params: { multiplier: 1.2 } },
      { key: 'perks.shopper.coupon', params: { count: 1, value: 20_00, minSpend: 199_00 } },
      { key: 'perks.shopper.birthday', params: { value: 30_00 } },
      { key: 'perks.shopper.inStoreEarn', params: { count: 2 } },
      { key: 'perks.shopper.inStoreRedeem' },
      { key: 'perks.shopper.storeGroups', params: { groups: '上海直营店、杭州门店' } },
    ]);
  });
  it('offers launches the tiers with early access and their hours', () => {
    const c = programme((c) => (c.tiers.T2.earlyAccessHours = 12));
    expect(earlyAccessOffers(c)).toEqual([
      { tier: 'T2', hours: 12 },
      { tier: 'T3', hours: 24 },
    ]);
  });
});

describe('diff of two versions', () => {
  it('names the changed cells by path', () => {
    const before = templateProgramme();
    const after = programme((c) => (c.tiers.T2.coupon.value = 30_00));
    expect(diffProgrammeContent(before, after)).toEqual({ fields: [{ path: 'tiers.T2.coupon.value', before: 20_00, after: 30_00 }], rows: [], same: false });
    expect(diffProgrammeContent(before, templateProgramme()).same).toBe(true);
  });
});

describe('schema', () => {
  it('takes a multiplier with one decimal, not two', () => {
    const c = templateProgramme();
    c.tiers.T2.pointsMultiplier = 1.25;
    expect(programmeContent.safeParse(c).success).toBe(false);
    c.tiers.T2.pointsMultiplier = 1.3;
    expect(programmeContent.safeParse(c).success).toBe(true);
  });
});
