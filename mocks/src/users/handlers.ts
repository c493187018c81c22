import { roleChangeIssues, setRoleInput, type User, user, userListInput, userListOutput } from '@console/shared';
import type { AppRouter } from '@console/bff/router';
import { containsIgnoreCase, paginate, sortRows } from '../lib/list';
import type { MockStore } from '../store';
import { badRequest, mock, type MockImpl, notFound } from '../trpc';
import type { MockUser } from './fixtures';

function toUser(store: MockStore, row: MockUser): User {
  const { password: _password, ...rest } = row;
  return { ...rest, verticals: [...rest.verticals], merchantName: store.merchantName(row.merchantId) };
}

export const usersMocks = {
  list: mock.admin.query(userListInput, userListOutput, ({ ctx, input }) => {
    const f = input.filters;
    const rows = ctx.store.data.users.filter(
      (u) =>
        (!f.role?.length || f.role.includes(u.role)) &&
        (!f.q || containsIgnoreCase(u.username, f.q) || containsIgnoreCase(u.displayName, f.q)),
    );
    const sort = input.sort ?? { field: 'username', order: 'asc' as const };
    const page = paginate(
      sortRows(rows, (u) => u[sort.field], sort.order),
      input.page,
      input.pageSize,
    );
    return { items: page.items.map((u) => toUser(ctx.store, u)), total: page.total };
  }),

  setRole: mock.admin.mutation(setRoleInput, user, ({ ctx, input }) => {
    const { store } = ctx;
    const issues = roleChangeIssues(ctx.user.id, input);
    if (issues) badRequest(issues);
    const row = store.data.users.find((u) => u.id === input.userId);
    if (!row) throw notFound();
    if (input.role === 'operator' && !store.data.merchants.some((m) => m.id === input.merchantId)) {
      badRequest({ merchantId: ['users.unknownMerchant'] });
    }
    const before = toUser(store, row);
    row.role = input.role;
    row.merchantId = input.role === 'operator' ? input.merchantId : null;
    row.verticals = input.role === 'manager' ? [...new Set(input.verticals)] : [];
    const after = toUser(store, row);
    // A new role takes effect at once: the user's session ends and they sign in again.
    if (store.data.sessionUserId === row.id) store.signOut();
    store.audit({
      entityType: 'user',
      entityId: row.id,
      action: 'setRole',
      fromState: before.role,
      toState: after.role,
      actorId: ctx.user.id,
      actorRole: ctx.user.role,
      before,
      after,
    });
    return after;
  }),
} satisfies MockImpl<AppRouter>['users'];
