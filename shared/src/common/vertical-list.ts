// Zod-free, so that a page needing only this list (a filter, a tag) does not load zod with it.
export const VERTICALS = ['apparel', 'beauty', 'electronics', 'fmcg', 'home'] as const;
