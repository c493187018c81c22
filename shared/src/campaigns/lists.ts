// Zod-free, so that a page needing only these lists and limits (a form's choices, a CSV import's cap) does not load
// zod with them; schema.ts builds its enums from them.

export const BRAND_DAY_RESOURCES = ['homepage_banner', 'app_push', 'livestream_slot', 'member_coupon'] as const;
export const MAX_HERO_SKUS = 20;

export const FESTIVALS = ['mid_year_618', 'double11'] as const;
export const PARTICIPATION_MODES = ['selected_items', 'store_wide'] as const;
/** Phases a registration may join (registration itself is not one to join). */
export const JOINABLE_PHASES = ['presale', 'official'] as const;
/** Markets a cross-border merchant may sell to in a global festival. */
export const TARGET_MARKETS = ['HK', 'MO', 'TW', 'SG', 'MY', 'JP', 'KR', 'US', 'AU', 'GB'] as const;
/** The server accepts at most this many SKU rows on a registration (and a CSV import). */
export const PROMO_SKU_CAP = 2000;
