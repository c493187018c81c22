import { addDays, platformDate, type ProgrammeContent, type ServiceTier, templateProgramme } from '@console/shared';

/** The demo merchant whose operator has not set up a programme yet (op.home): the page's empty state. */
export const MERCHANT_WITHOUT_PROGRAMME = 'm_home_01';

export interface DemoPerkVersion {
  id: string;
  merchantId: string;
  number: number;
  status: 'draft' | 'scheduled' | 'active' | 'superseded';
  basedOn: number | null;
  effectiveFrom: string | null;
  content: ProgrammeContent;
  revision: number;
  createdBy: string | null;
  publishedBy: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A believable programme that rises with the tier; `i` varies it between merchants. */
function programmeFor(i: number, serviceTier: ServiceTier, generous: boolean): ProgrammeContent {
  const c = templateProgramme();
  c.qualifyBy = i % 4 === 3 ? 'points' : 'spend';
  const unit = c.qualifyBy === 'spend' ? 100 : 1; // yuan in fen, or points
  c.tiers.T1.threshold = 0;
  c.tiers.T2.threshold = (1_000 + (i % 3) * 500) * unit;
  c.tiers.T3.threshold = (5_000 + (i % 4) * 1_000) * unit;
  c.tiers.T2.coupon = { value: (generous ? 20 : 15) * 100, minSpend: 199_00, monthlyQuota: 1 };
  c.tiers.T3.coupon = { value: (generous ? 50 : 40) * 100, minSpend: 399_00, monthlyQuota: 2 };
  c.tiers.T3.earlyAccessHours = generous ? 48 : 24;
  c.tiers.T2.earlyAccessHours = generous ? 12 : 0;
  c.tiers.T3.serviceLine = serviceTier === 'gold';
  c.offline = {
    inStoreEarnPerYuan: 1 + (i % 2),
    inStoreRedemption: generous,
    storeGroups: i % 3 === 0 ? ['华东直营店', '华南直营店'] : i % 3 === 1 ? ['全国门店'] : [],
  };
  return c;
}

/**
 * Every demo merchant but MERCHANT_WITHOUT_PROGRAMME runs a programme: version 1 half a year ago, version 2
 * (more generous) active for a month. Dates are relative to `now`, so the demo is current whenever it is seeded.
 */
export function demoProgrammes(
  cast: { merchants: { id: string; serviceTier: ServiceTier }[]; operators: { id: string; merchantId: string | null }[] },
  now: Date,
): DemoPerkVersion[] {
  const today = platformDate(now);
  const at = (date: string) => new Date(`${date}T02:00:00Z`);
  return cast.merchants
    .filter((m) => m.id !== MERCHANT_WITHOUT_PROGRAMME)
    .flatMap((m, i) => {
      const by = cast.operators.find((o) => o.merchantId === m.id)?.id ?? null;
      const first = addDays(today, -180);
      const second = addDays(today, -30);
      const version = (number: number, effectiveFrom: string, generous: boolean, status: 'active' | 'superseded'): DemoPerkVersion => ({
        id: `pv_${m.id}_${number}`,
        merchantId: m.id,
        number,
        status,
        basedOn: number === 1 ? null : number - 1,
        effectiveFrom,
        content: programmeFor(i, m.serviceTier, generous),
        revision: 2,
        createdBy: by,
        publishedBy: by,
        publishedAt: at(addDays(effectiveFrom, -3)),
        createdAt: at(addDays(effectiveFrom, -5)),
        updatedAt: at(effectiveFrom),
      });
      return [version(1, first, false, 'superseded'), version(2, second, true, 'active')];
    });
}
