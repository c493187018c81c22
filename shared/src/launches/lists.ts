// Zod-free, so that a page needing only these lists (a form's choices, a filter, a column) does not load zod with
// them; schema.ts builds its enums from them and re-exports them.
import type { LaunchContent, Season } from './schema';

export const CHANNELS = ['online_store', 'app_push', 'offline_stores'] as const;

export const MEMBER_TIERS = ['T1', 'T2', 'T3'] as const;

/** An empty draft for the create form. */
export function emptyLaunchContent(season: Season, year: number): LaunchContent {
  return { season, year, title: '', launchDate: null, story: '', channels: ['online_store'], earlyAccess: null, skus: [] };
}
