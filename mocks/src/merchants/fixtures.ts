import type { Merchant } from '@console/shared';
import { demoMerchants } from '@console/bff/demo';

export { DEMO_MERCHANT_NAMES, merchantId } from '@console/bff/demo';

/**
 * The 25 demo merchants, 5 per vertical: the bff seed's own (pure) demo data, as the wire shows a merchant
 * (DSR scores as decimals, times as ISO strings), so mock mode shows what a freshly seeded bff shows.
 */
export function createMerchants(): Merchant[] {
  return demoMerchants().map((m) => ({
    ...m,
    dsrDescription: m.dsrDescription / 100,
    dsrService: m.dsrService / 100,
    dsrLogistics: m.dsrLogistics / 100,
    createdAt: m.createdAt.toISOString(),
  }));
}
