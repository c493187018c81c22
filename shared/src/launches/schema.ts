import { z } from 'zod';
import { listInput, pageOutput } from '../common/pagination';
import { codeText, multiLineText, oneLineText } from '../common/text';
import { applicationState, reviewAction } from '../review/state-schemas';
import { applicationId, applicationWorkflow, expectedVersion } from '../review/schema';
import { SEASONS } from './seasons';
import { CHANNELS, MEMBER_TIERS, emptyLaunchContent } from './lists';

// Zod-free, so that a page needing only these (the launch form) does not load zod (see ./lists.ts).
export { CHANNELS, MEMBER_TIERS, emptyLaunchContent };

// In a zod-free module so the launches list can name the seasons without loading zod.
export { SEASONS };
export const season = z.enum(SEASONS);
export type Season = z.infer<typeof season>;

export const channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof channel>;

export const memberTier = z.enum(MEMBER_TIERS);
export type MemberTier = z.infer<typeof memberTier>;

/** Hard caps on what the server accepts at all; the launch rules (5–500 SKUs…) are checked on submit. */
export const SKU_HARD_CAP = 2000;

/**
 * A SKU row. In a draft any field may still be unfinished (empty text, null numbers); the rules in
 * `rules.ts` require them on submit. Money is integer fen. Codes are printable ASCII; names and URLs refuse
 * control, bidi and invisible characters (`common/text.ts`).
 */
export const sku = z.object({
  code: codeText(64),
  name: oneLineText(200),
  listPrice: z.number().int().min(0).max(100_000_000_00).nullable(),
  launchPrice: z.number().int().min(0).max(100_000_000_00).nullable(),
  stock: z.number().int().min(0).max(100_000_000).nullable(),
  imageUrl: oneLineText(2000),
});
/** A SKU as read back: text stored before the character rules existed must still be readable. */
const storedSku = sku.extend({ code: z.string(), name: z.string(), imageUrl: z.string() });
export type Sku = z.infer<typeof sku>;

export const earlyAccess = z.object({
  tier: memberTier,
  hours: z.number().int().min(1).max(168),
});

/** What an operator writes: everything but the workflow fields. */
export const launchContent = z.object({
  season,
  year: z.number().int().min(2000).max(2100),
  title: oneLineText(100),
  /** YYYY-MM-DD in the platform's time zone; may be missing in a draft. */
  launchDate: z.iso.date().nullable(),
  story: multiLineText(5000),
  channels: z.array(channel).max(3).refine((c) => new Set(c).size === c.length, 'launches.channelsDuplicate'),
  /** Members of this tier and above see the launch this many hours early; null: no early access. */
  earlyAccess: earlyAccess.nullable(),
  skus: z.array(sku).max(SKU_HARD_CAP),
});
export type LaunchContent = z.infer<typeof launchContent>;

/** A launch as the server answers: the text rules apply to what is written, not to what is read back. */
export const launch = launchContent.extend({
  title: z.string(),
  story: z.string(),
  skus: z.array(storedSku),
  ...applicationWorkflow.shape,
});
export type Launch = z.infer<typeof launch>;

export const launchListItem = launch.omit({ skus: true, story: true, lastDecision: true, allowedActions: true }).extend({
  skuCount: z.number().int(),
});
export type LaunchListItem = z.infer<typeof launchListItem>;

export const LAUNCH_SORT_FIELDS = ['updatedAt', 'createdAt', 'launchDate', 'submittedAt', 'title'] as const;
export const launchListInput = listInput(LAUNCH_SORT_FIELDS, {
  state: z.array(applicationState).max(10).optional(),
  season: season.optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  q: oneLineText(100).optional(),
});
export type LaunchListInput = z.input<typeof launchListInput>;
export const launchListOutput = pageOutput(launchListItem);

export const launchByIdInput = z.object({ id: applicationId });
export const launchCreateInput = launchContent;
export const launchUpdateInput = launchContent.extend({ id: applicationId, version: expectedVersion });
export const launchActionInput = z.object({ id: applicationId, version: expectedVersion });
export const launchWithdrawInput = launchActionInput.extend({ reason: multiLineText(2000).optional() });
export const launchDeleteOutput = z.object({ id: z.string(), deleted: z.literal(true) });
