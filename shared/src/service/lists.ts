// Zod-free, so that a page needing only these lists (a form's choices, a filter, a column) does not load zod with
// them; schema.ts builds its enums from them and re-exports them.

export const SERVICE_CHANNELS = ['chat', 'phone', 'app'] as const;

/** At most this many events per ingest call or CSV upload; a bigger batch is refused whole. */
export const MAX_EVENT_BATCH = 5000;

/** The figures a tier is judged on (no percentiles: those need raw events). */
export const TIER_METRICS = ['coverage', 'rate30s', 'satisfaction', 'resolved24h', 'disputeRate'] as const;

/** Response times an admin may choose for a covered hour; the hourly rollup counts each of them. */
export const RESPONSE_TIME_LADDER = [15, 30, 45, 60, 90, 120, 180, 300] as const;

export const RATED_TIERS = ['gold', 'silver', 'standard'] as const;
