import { markReadInput, markReadOutput, noInput, notificationListInput, notificationListOutput, unreadCountOutput } from '@console/shared';
import type { AppRouter } from '@console/bff/router';
import { paginate } from '../lib/list';
import type { MockStore } from '../store';
import { mock, type MockImpl } from '../trpc';
import type { MockNotification, NewNotification } from './fixtures';

const toNotification = ({ userId: _userId, ...n }: MockNotification) => n;

/** One notification per operator of the merchant, as the bff sends on a manager's decision. */
export function notifyMerchantOperators(store: MockStore, merchantId: string, n: NewNotification, at: Date) {
  const operators = store.data.users.filter((u) => u.merchantId === merchantId && u.role === 'operator');
  for (const o of operators) {
    store.data.notifications.push({ ...n, id: store.nextId('notification'), userId: o.id, readAt: null, createdAt: at.toISOString() });
  }
  return operators.length;
}

/** One notification per user named, as the bff sends on a (re)submission to the vertical's managers. */
export function notifyUsers(store: MockStore, userIds: readonly string[], n: NewNotification, at: Date) {
  for (const userId of userIds) store.data.notifications.push({ ...n, id: store.nextId('notification'), userId, readAt: null, createdAt: at.toISOString() });
  return userIds.length;
}

export const notificationsMocks = {
  /** The caller's own, newest first. */
  list: mock.authed.query(notificationListInput, notificationListOutput, ({ ctx, input }) => {
    const rows = ctx.store.data.notifications
      .filter((n) => n.userId === ctx.user.id && (!input.unreadOnly || n.readAt === null))
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id));
    const page = paginate(rows, input.page, input.pageSize);
    return { items: page.items.map(toNotification), total: page.total };
  }),

  unreadCount: mock.authed.query(noInput, unreadCountOutput, ({ ctx }) => ({
    count: ctx.store.data.notifications.filter((n) => n.userId === ctx.user.id && n.readAt === null).length,
  })),

  /** Only the caller's own unread ones are touched; ids of someone else's are ignored. */
  markRead: mock.authed.mutation(markReadInput, markReadOutput, ({ ctx, input }) => {
    const at = ctx.now().toISOString();
    let updated = 0;
    for (const n of ctx.store.data.notifications) {
      if (n.userId !== ctx.user.id || n.readAt !== null) continue;
      if ('ids' in input && !input.ids.includes(n.id)) continue;
      n.readAt = at;
      updated++;
    }
    return { updated };
  }),
} satisfies MockImpl<AppRouter>['notifications'];
