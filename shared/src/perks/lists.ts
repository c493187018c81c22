// Zod-free, so that a page needing only the tiers (a grid's columns, a preview) does not load zod with them.
import { MEMBER_TIERS } from '../launches/lists';

export const PERK_TIERS = MEMBER_TIERS;
export type PerkTier = (typeof PERK_TIERS)[number];
