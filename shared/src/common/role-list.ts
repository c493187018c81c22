// Zod-free, so that a page needing only this list (a filter, a tag) does not load zod with it.
export const ROLES = ['operator', 'manager', 'admin'] as const;
