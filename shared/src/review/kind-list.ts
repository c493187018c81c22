// Zod-free, so that a page needing only this list (a filter, a tag) does not load zod with it.
export const APPLICATION_KINDS = ['launch', 'brand_day', 'promotion'] as const;
