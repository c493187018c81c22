// Zod-free, so that a page needing only this list (a filter, a tag) does not load zod with it.
export const SERVICE_TIERS = ['gold', 'silver', 'standard', 'below'] as const;
