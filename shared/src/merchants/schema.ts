import { z } from 'zod';
import { listInput, pageOutput } from '../common/pagination';
import { vertical } from '../common/verticals';
import { SERVICE_TIERS } from './tier-list';

export { SERVICE_TIERS };
export const serviceTier = z.enum(SERVICE_TIERS);
export type ServiceTier = z.infer<typeof serviceTier>;

/** DSR scores are 1.00–5.00, kept as hundredths so they compare exactly. */
export const dsrScore = z.number().min(1).max(5);

export const merchant = z.object({
  id: z.string(),
  name: z.string(),
  vertical,
  dsrDescription: dsrScore,
  dsrService: dsrScore,
  dsrLogistics: dsrScore,
  violationPoints: z.number().int().min(0),
  crossBorder: z.boolean(),
  serviceTier,
  membersT1: z.number().int().min(0),
  membersT2: z.number().int().min(0),
  membersT3: z.number().int().min(0),
  createdAt: z.string(),
});
export type Merchant = z.infer<typeof merchant>;

export const MERCHANT_SORT_FIELDS = ['name', 'createdAt', 'violationPoints', 'dsrService'] as const;

export const merchantListInput = listInput(MERCHANT_SORT_FIELDS, {
  vertical: z.array(vertical).max(5).optional(),
  crossBorder: z.boolean().optional(),
  serviceTier: z.array(serviceTier).max(4).optional(),
  q: z.string().trim().max(100).optional(),
});
export type MerchantListInput = z.input<typeof merchantListInput>;

export const merchantListOutput = pageOutput(merchant);
export const merchantByIdInput = z.object({ id: z.string().min(1).max(64) });

/** A platform admin picks a store (e.g. for an operator's account) by name or id, across every vertical. */
export const MERCHANT_LOOKUP_LIMIT = 20;
export const merchantLookupInput = z.object({ q: z.string().trim().max(100).default('') });
export const merchantLookupItem = merchant.pick({ id: true, name: true, vertical: true });
export const merchantLookupOutput = z.array(merchantLookupItem).max(MERCHANT_LOOKUP_LIMIT);
export type MerchantLookupItem = z.infer<typeof merchantLookupItem>;
