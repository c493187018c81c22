import { markReadInput, markReadOutput, noInput, notificationListInput, notificationListOutput, unreadCountOutput } from '@console/shared';
import { authedProcedure, router } from '../trpc';
import * as repo from './repo';

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
});
