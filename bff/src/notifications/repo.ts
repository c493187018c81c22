import type { Notification } from '@console/shared';
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { users } from '../auth/table';
import type { Db } from '../db/client';
import { type NotificationRow, notifications } from './table';

export interface NewNotification {
  kind: string;
  key: string;
  params: Record<string, string | number>;
  entityType: string | null;
  entityId: string | null;
}

const toNotification = (r: NotificationRow): Notification => ({
  id: r.id,
  kind: r.kind,
  key: r.key,
  params: r.params,
  entityType: r.entityType,
  entityId: r.entityId,
  readAt: r.readAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

/** One notification per operator of the merchant; call it inside the transaction that makes the decision. */
export async function notifyMerchantOperators(db: Db, merchantId: string, n: NewNotification, at: Date) {
  const operators = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.merchantId, merchantId), eq(users.role, 'operator')));
  if (operators.length === 0) return 0;
  await db.insert(notifications).values(operators.map((o) => ({ ...n, userId: o.id, createdAt: at })));
  return operators.length;
}

/** The managers of a vertical (category managers whose verticals include it). */
export async function verticalManagers(db: Db, vertical: string) {
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.role, 'manager'), sql`${vertical} = any(${users.verticals})`));
}

/** One notification per user named; call it inside the transaction that makes the change. */
export async function notifyUsers(db: Db, userIds: readonly string[], n: NewNotification, at: Date) {
  if (userIds.length === 0) return 0;
  await db.insert(notifications).values(userIds.map((userId) => ({ ...n, userId, createdAt: at })));
  return userIds.length;
}

export async function listNotifications(db: Db, userId: string, input: { page: number; pageSize: number; unreadOnly: boolean }) {
  const where = and(eq(notifications.userId, userId), input.unreadOnly ? isNull(notifications.readAt) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return { items: rows.map(toNotification), total: total?.n ?? 0 };
}

export async function unreadCount(db: Db, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks the caller's own notifications read; ids of someone else's are ignored by the query itself. */
export async function markRead(db: Db, userId: string, ids: number[] | 'all', at: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids === 'all' ? undefined : inArray(notifications.id, ids)))
    .returning({ id: notifications.id });
  return rows.length;
}
