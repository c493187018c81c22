import { CATEGORY_KINDS, type Notification, type NotificationCategory } from '@console/shared';
import { and, asc, count, desc, eq, gt, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import { users } from '../auth/table';
import type { Db } from '../db/client';
import { preparedPerDb } from '../db/prepared';
import { type NotificationRow, notifications } from './table';

export interface NewNotification {
  kind: string;
  key: string;
  params: Record<string, string | number>;
  entityType: string | null;
  entityId: string | null;
}

export const toNotification = (r: NotificationRow): Notification => ({
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
  return insertAndPublish(db, operators.map((o) => o.id), n, at);
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
  return insertAndPublish(db, userIds, n, at);
}

/** The channel every bff process LISTENs on (PostgreSQL, or PGlite in the same process): see ./live.ts. */
export const NOTIFY_CHANNEL = 'console_notifications';
/** Entries per NOTIFY payload (PostgreSQL refuses payloads of 8000 bytes or more; an entry is < 60 bytes). */
const ENTRIES_PER_NOTIFY = 100;
/** Any constant the bff's advisory locks share as their first key (the second is the user). */
const NOTIFY_LOCK_SPACE = 421_515_302;

/**
 * Inserts the notifications and announces them to the live feeds, inside the caller's transaction:
 *  - first it takes a transaction-scoped advisory lock per recipient (sorted, so two calls cannot wait on each other),
 *    so that a user's notifications are numbered in the order they commit. A live feed resumes from the last id a
 *    client saw ("everything after 41"); with ids handed out in commit order no later commit can carry a lower id.
 *  - then pg_notify names the new ids and their users. PostgreSQL (and PGlite) delivers a NOTIFY only when its
 *    transaction commits, and never when it rolls back: a feed never shows a decision that did not happen.
 */
async function insertAndPublish(db: Db, userIds: readonly string[], n: NewNotification, at: Date) {
  const recipients = [...new Set(userIds)].sort();
  if (recipients.length === 0) return 0;
  // One statement for all the locks, taken in the sorted order.
  await db.execute(
    sql`select count(pg_advisory_xact_lock(${NOTIFY_LOCK_SPACE}, hashtext(u))) from (select u from unnest(${sql.raw('ARRAY[')}${sql.join(
      recipients.map((r) => sql`${r}`),
      sql`, `,
    )}${sql.raw(']::text[]')}) as u order by u) as sorted`,
  );
  const rows = await db
    .insert(notifications)
    .values(recipients.map((userId) => ({ ...n, userId, createdAt: at })))
    .returning({ id: notifications.id, userId: notifications.userId });
  for (let i = 0; i < rows.length; i += ENTRIES_PER_NOTIFY) {
    const payload = JSON.stringify(rows.slice(i, i + ENTRIES_PER_NOTIFY).map((r) => [r.id, r.userId]));
    await db.execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${payload})`);
  }
  return rows.length;
}

/** The rows named by ids (a NOTIFY's), for the live feeds of this process. */
export async function notificationsByIds(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.select().from(notifications).where(inArray(notifications.id, [...ids])).orderBy(asc(notifications.id));
}

/** A user's notifications after `afterId`, oldest first: what a reconnecting feed missed (at most `limit`). */
export async function notificationsAfter(db: Db, userId: string, afterId: number, limit: number) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), gt(notifications.id, afterId)))
    .orderBy(asc(notifications.id))
    .limit(limit);
}

/** The id a new feed starts after: the user's newest notification (0 when none). */
export async function latestNotificationId(db: Db, userId: string) {
  const [row] = await db.select({ id: sql<number>`coalesce(max(${notifications.id}), 0)::bigint` }).from(notifications).where(eq(notifications.userId, userId));
  return Number(row?.id ?? 0);
}

/** The kinds of the given categories, as SQL (see CATEGORY_KINDS in shared). */
function categoriesWhere(categories: readonly NotificationCategory[]): SQL | undefined {
  if (categories.length === 0) return undefined;
  const parts: SQL[] = [];
  for (const c of categories) {
    const k = CATEGORY_KINDS[c];
    if (k.exact?.length) parts.push(inArray(notifications.kind, [...k.exact]));
    for (const suffix of k.suffixes ?? []) parts.push(like(notifications.kind, `%${suffix.replace(/[\\%_]/g, '\\$&')}`));
  }
  return or(...parts);
}

export async function listNotifications(
  db: Db,
  userId: string,
  input: { page: number; pageSize: number; unreadOnly: boolean; categories: readonly NotificationCategory[] },
) {
  const where = and(eq(notifications.userId, userId), input.unreadOnly ? isNull(notifications.readAt) : undefined, categoriesWhere(input.categories));
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

/** Asked by every page of the console (the bell): a count on the partial index of unread rows, the same plan for every user. */
const unreadCountQuery = preparedPerDb((db) =>
  db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, sql.placeholder('userId')), isNull(notifications.readAt)))
    .prepare('notifications_unread_count'),
);

export async function unreadCount(db: Db, userId: string) {
  const [row] = await unreadCountQuery(db).execute({ userId });
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
