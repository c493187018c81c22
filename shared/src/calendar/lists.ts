// Zod-free, so that a page needing only these lists (a form's choices, a filter, a column) does not load zod with
// them; schema.ts builds its enums from them and re-exports them.

/** The marketing year (两新一促一节) as data that platform admins keep. */
export const WINDOW_KINDS = ['ss_launch', 'aw_launch', 'mid_year_618', 'double11', 'brand_day', 'brand_day_blackout'] as const;

/** 618 and Double 11 run in phases (a phase-less window is the festival itself); other windows have none. */
export const WINDOW_PHASES = ['registration', 'presale', 'official'] as const;
