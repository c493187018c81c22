import { z } from 'zod';

/** The five verticals (行业) of the platform; every merchant is in exactly one. */
export const VERTICALS = ['apparel', 'beauty', 'electronics', 'fmcg', 'home'] as const;
export const vertical = z.enum(VERTICALS);
export type Vertical = z.infer<typeof vertical>;
