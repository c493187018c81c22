import { describe, expect, it } from 'vitest';
import type { ServiceTier } from '../merchants/schema';
import { brandDayEligibility, brandDayRange, promotionEligibility, type Standing } from './eligibility';
import type { EligibilityCriterion } from './schema';

const strong: Standing = { dsrDescription: 4.8, dsrService: 4.8, dsrLogistics: 4.8, violationPoints: 0, serviceTier: 'gold', crossBorder: false };
// Tuesday 2026-12-01 10:00 in China.
const now = new Date('2026-12-01T02:00:00Z');

const criterion = (e: { criteria: { criterion: EligibilityCriterion; pass: boolean }[] }, c: EligibilityCriterion) => e.criteria.find((x) => x.criterion === c)!;
const bd = (m: Partial<Standing>, date: string | null = null, own: string[] = [], at = now) => brandDayEligibility({ ...strong, ...m }, { date, now: at, ownApprovedDates: own });
const promo = (m: Partial<Standing>, deadline: string | null = '2026-12-10', at = now) => promotionEligibility({ ...strong, ...m }, { deadline, now: at });

describe('Brand Day eligibility', () => {
  it('passes a strong merchant and explains every criterion with value and threshold', () => {
    const e = bd({}, '2027-01-15');
    expect(e.eligible).toBe(true);
    expect(e.criteria.map((c) => c.criterion)).toEqual(['dsrDescription', 'dsrService', 'dsrLogistics', 'violationPoints', 'serviceTier', 'leadTime', 'horizon', 'brandDayGap']);
    expect(criterion(e, 'dsrService')).toEqual({ criterion: 'dsrService', value: '4.80', threshold: '4.70', pass: true, improve: null });
  });

  it.each(['dsrDescription', 'dsrService', 'dsrLogistics'] as const)('%s: 4.69 fails and says what to improve, 4.70 passes', (field) => {
    const low = bd({ [field]: 4.69 });
    expect(low.eligible).toBe(false);
    expect(criterion(low, field)).toEqual({ criterion: field, value: '4.69', threshold: '4.70', pass: false, improve: `campaigns.improve.${field}` });
    expect(bd({ [field]: 4.7 }).eligible).toBe(true);
  });

  it('violation points: 5 passes, 6 fails', () => {
    expect(criterion(bd({ violationPoints: 5 }), 'violationPoints')).toMatchObject({ value: 5, threshold: 6, pass: true });
    expect(criterion(bd({ violationPoints: 6 }), 'violationPoints')).toMatchObject({ value: 6, pass: false, improve: 'campaigns.improve.violationPoints' });
  });

  it.each([
    ['gold', true],
    ['silver', true],
    ['standard', false],
    ['below', false],
  ] as [ServiceTier, boolean][])('service tier %s: %s', (tier, pass) => {
    expect(criterion(bd({ serviceTier: tier }), 'serviceTier')).toMatchObject({ value: tier, threshold: 'silver', pass });
  });

  it('the 30-day lead: 29 days ahead fails, 30 passes (platform date)', () => {
    expect(criterion(bd({}, '2026-12-30'), 'leadTime')).toMatchObject({ value: 29, threshold: 30, pass: false, improve: 'campaigns.improve.leadTime' });
    expect(criterion(bd({}, '2026-12-31'), 'leadTime')).toMatchObject({ value: 30, pass: true });
    // 2026-12-01 16:00 UTC is already 2 December in China: the same date is then 29 days away.
    expect(criterion(bd({}, '2026-12-31', [], new Date('2026-12-01T16:00:00Z')), 'leadTime')).toMatchObject({ value: 29, pass: false });
  });

  it('the horizon: up to the same day 12 months on', () => {
    expect(brandDayRange('2026-12-01')).toEqual({ earliest: '2026-12-31', latest: '2027-12-01' });
    expect(brandDayRange('2027-02-28').latest).toBe('2028-02-28');
    expect(criterion(bd({}, '2027-12-01'), 'horizon').pass).toBe(true);
    expect(criterion(bd({}, '2027-12-02'), 'horizon')).toMatchObject({ pass: false, threshold: '2027-12-01' });
  });

  it('the 90-day rule counts approved Brand Days on either side: 89 days fails, 90 passes', () => {
    const date = '2027-06-01';
    expect(criterion(bd({}, date, ['2027-03-04']), 'brandDayGap')).toMatchObject({ value: 89, threshold: 90, pass: false, improve: 'campaigns.improve.brandDayGap' });
    expect(criterion(bd({}, date, ['2027-03-03']), 'brandDayGap')).toMatchObject({ value: 90, pass: true });
    expect(criterion(bd({}, date, ['2027-08-29']), 'brandDayGap')).toMatchObject({ value: 89, pass: false });
    expect(criterion(bd({}, date, ['2027-08-30']), 'brandDayGap')).toMatchObject({ value: 90, pass: true });
    expect(criterion(bd({}, date, ['2027-03-03', '2027-08-29']), 'brandDayGap')).toMatchObject({ value: 89, pass: false });
    expect(criterion(bd({}, date, []), 'brandDayGap')).toMatchObject({ value: null, pass: true });
  });
});

describe('618 / Double 11 eligibility', () => {
  it.each(['dsrDescription', 'dsrService', 'dsrLogistics'] as const)('%s: 4.59 fails, 4.60 passes', (field) => {
    expect(criterion(promo({ [field]: 4.59 }), field)).toMatchObject({ value: '4.59', threshold: '4.60', pass: false });
    expect(promo({ [field]: 4.6 }).eligible).toBe(true);
  });

  it('violation points: 11 passes, 12 fails', () => {
    expect(criterion(promo({ violationPoints: 11 }), 'violationPoints')).toMatchObject({ pass: true, threshold: 12 });
    expect(criterion(promo({ violationPoints: 12 }), 'violationPoints')).toMatchObject({ pass: false });
  });

  it.each([
    ['gold', true],
    ['silver', true],
    ['standard', true],
    ['below', false],
  ] as [ServiceTier, boolean][])('service tier %s: %s', (tier, pass) => {
    expect(criterion(promo({ serviceTier: tier }), 'serviceTier')).toMatchObject({ threshold: 'standard', pass });
  });

  it('the deadline holds to 23:59:59 of its day in Asia/Shanghai and closes at 00:00', () => {
    // 2026-10-10 23:59:59 China = 15:59:59 UTC.
    expect(criterion(promo({}, '2026-10-10', new Date('2026-10-10T15:59:59Z')), 'deadline')).toMatchObject({ value: '2026-10-10', pass: true });
    expect(criterion(promo({}, '2026-10-10', new Date('2026-10-10T16:00:00Z')), 'deadline')).toMatchObject({
      value: '2026-10-11',
      threshold: '2026-10-10',
      pass: false,
      improve: 'campaigns.improve.deadline',
    });
    expect(promo({}, null).eligible).toBe(false);
  });
});
