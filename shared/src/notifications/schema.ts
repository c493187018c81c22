import { z } from 'zod';
import { pageInput, pageOutput } from '../common/pagination';
import { NOTIFICATION_CATEGORIES } from './categories';

/** A message to one user about a decision on their work; `key` + `params` are rendered by the web's i18n. */
export const notification = z.object({
  id: z.number().int(),
  kind: z.string(),
  /** i18n key, e.g. `notifications.launch.approved`. */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notification>;

export const notificationCategory = z.enum(NOTIFICATION_CATEGORIES);
/** The list, newest first: all of the caller's, or only unread ones, or only some categories (none given: every one). */
export const notificationListInput = pageInput.extend({
  unreadOnly: z.boolean().default(false),
  categories: z.array(notificationCategory).max(NOTIFICATION_CATEGORIES.length).default([]),
});

/**
 * The live feed of the caller's new notifications (a tRPC subscription over server-sent events). Each event carries
 * its notification id as the SSE event id; a client that reconnects sends the last one it got (tRPC's
 * `httpSubscriptionLink` does) and receives what it missed since, each once, then the live ones.
 */
export const notificationFeedInput = z
  .object({ lastEventId: z.string().regex(/^\d{1,15}$/, 'errors.invalidField').nullish() })
  .strict()
  .default({});
export const notificationFeedEvent = notification;
export const notificationListOutput = pageOutput(notification);
export const unreadCountOutput = z.object({ count: z.number().int().min(0) });
/** Marks the given ids read, or all of the caller's when `all` is true. Only the caller's own are touched. */
export const markReadInput = z.union([
  z.object({ ids: z.array(z.number().int()).min(1).max(100) }),
  z.object({ all: z.literal(true) }),
]);
export const markReadOutput = z.object({ updated: z.number().int().min(0) });
