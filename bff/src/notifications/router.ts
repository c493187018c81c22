import { markReadInput, markReadOutput, noInput, notificationFeedEvent, notificationFeedInput, notificationListInput, notificationListOutput, unreadCountOutput } from '@console/shared';
import { TRPCError, tracked } from '@trpc/server';
import { sessionOpen } from '../auth/repo';
import { authedProcedure, router } from '../trpc';
import { FeedClosed } from './live';
import * as repo from './repo';

/** How often an open feed checks that its session is still open (a sign-out elsewhere, the idle or absolute limit). */
export const FEED_SESSION_RECHECK_MS = 60_000;

/** Every signed-in user's own notifications; nobody reads or marks another's. */
export const notificationsRouter = router({
  list: authedProcedure
    .input(notificationListInput)
    .output(notificationListOutput)
    .query(({ ctx, input }) => repo.listNotifications(ctx.db, ctx.user.id, input)),

  unreadCount: authedProcedure
    .input(noInput)
    .output(unreadCountOutput)
    .query(async ({ ctx }) => ({ count: await repo.unreadCount(ctx.db, ctx.user.id) })),

  markRead: authedProcedure
    .input(markReadInput)
    .output(markReadOutput)
    .mutation(async ({ ctx, input }) => ({ updated: await repo.markRead(ctx.db, ctx.user.id, 'all' in input ? 'all' : input.ids, ctx.now()) })),

  /**
   * The caller's new notifications as they are committed, on any bff process (server-sent events). Each event's id
   * is the notification's; a reconnecting client sends the last one (`lastEventId`) and gets what it missed, once.
   * Ends with UNAUTHORIZED when the session ends; with SERVICE_UNAVAILABLE when this process stops, which tells the
   * client to reconnect (to another process).
   */
  feed: authedProcedure
    .meta({ access: 'authenticated', events: notificationFeedEvent })
    .input(notificationFeedInput)
    .subscription(async function* ({ ctx, input, signal }) {
      if (!ctx.live) throw new TRPCError({ code: 'METHOD_NOT_SUPPORTED', message: 'errors.methodNotAllowed' });
      const idHash = ctx.sessionIdHash;
      const feed = ctx.live.subscribe(ctx.user.id, {
        afterId: input.lastEventId ? Number(input.lastEventId) : null,
        signal,
        recheck: idHash ? { everyMs: FEED_SESSION_RECHECK_MS, allowed: () => sessionOpen(ctx.db, idHash, ctx.now()) } : undefined,
      });
      try {
        for await (const row of feed) yield tracked(String(row.id), notificationFeedEvent.parse(repo.toNotification(row)));
      } catch (err) {
        if (err instanceof FeedClosed) {
          throw err.reason === 'revoked'
            ? new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.unauthorized' })
            : new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'errors.unavailable' });
        }
        throw err;
      }
    }),
});
