import type { AuditEntityType, AuditEntry, AuditFilters } from '@console/shared';
import { AUDIT_EXPORT_MAX } from '@console/shared';
import { and, desc, eq, gte, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { users } from '../auth/table';
import type { Db } from '../db/client';
import { auditLog } from './table';

export type AuditInsert = typeof auditLog.$inferInsert;

/** Writes an audit row; call it with the transaction that makes the change so both land or neither. */
export async function writeAudit(db: Db, entry: AuditInsert) {
  await db.insert(auditLog).values(entry);
}

// ---------------------------------------------------------------------------------------------------------
// Reading

const columns = {
  e: auditLog,
  /** The database's own text of `at`: the cursor carries it, so microseconds survive the round trip. */
  atText: sql<string>`${auditLog.at}::text`,
  name: users.displayName,
  nameEn: users.displayNameEn,
  username: users.username,
};
type Row = { e: typeof auditLog.$inferSelect; atText: string; name: string | null; nameEn: string | null; username: string | null };

function toEntry({ e, name, nameEn, username }: Row): AuditEntry {
  return {
    id: e.id,
    at: e.at.toISOString(),
    entityType: e.entityType,
    entityId: e.entityId,
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    actor: e.actorId ? { id: e.actorId, name: name ?? e.actorId, nameEn, username, role: e.actorRole ?? '' } : null,
    actorRole: e.actorRole,
    reason: e.reason,
    before: (e.before ?? null) as AuditEntry['before'],
    after: (e.after ?? null) as AuditEntry['after'],
  };
}

function filterWhere(f: AuditFilters): SQL[] {
  const where: SQL[] = [];
  if (f.actorId === 'system') where.push(isNull(auditLog.actorId));
  else if (f.actorId) where.push(eq(auditLog.actorId, f.actorId));
  if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.from) where.push(gte(auditLog.at, new Date(f.from)));
  if (f.to) where.push(lt(auditLog.at, new Date(f.to)));
  return where;
}

const cursorOf = (r: Row) => `${r.atText}|${r.e.id}`;

/**
 * The admin's search, newest first, keyset-paged on (at, id): the page after `cursor` is an index range scan
 * (every filter's index ends in at, id), so the thousandth page costs what the first does. One row more than the
 * page is read to know whether there is a next one; no count over a million rows.
 */
export async function searchAudit(db: Db, input: { filters: AuditFilters; cursor?: string; pageSize: number }) {
  const where = filterWhere(input.filters);
  if (input.cursor) {
    const bar = input.cursor.lastIndexOf('|');
    const at = input.cursor.slice(0, bar);
    const id = Number(input.cursor.slice(bar + 1));
    where.push(sql`(${auditLog.at}, ${auditLog.id}) < (${at}::timestamptz, ${id})`);
  }
  const rows = await db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...where))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(input.pageSize + 1);
  const page = rows.slice(0, input.pageSize);
  return { items: page.map(toEntry), nextCursor: rows.length > input.pageSize ? cursorOf(page.at(-1)!) : null };
}

/** The rows an export holds: the search's, newest first, at most AUDIT_EXPORT_MAX (and whether more matched). */
export async function exportAudit(db: Db, filters: AuditFilters) {
  const rows = await db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...filterWhere(filters)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_EXPORT_MAX + 1);
  return { entries: rows.slice(0, AUDIT_EXPORT_MAX).map(toEntry), truncated: rows.length > AUDIT_EXPORT_MAX };
}

/** The most recent changes, for the admin's home. */
export async function recentAudit(db: Db, limit: number) {
  return (await searchAudit(db, { filters: {}, pageSize: limit })).items;
}

/** One record's trail, oldest first (at most the last 500 changes). */
export async function trailOf(db: Db, entityType: AuditEntityType, entityId: string) {
  const rows = await db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(500);
  return rows.reverse().map(toEntry);
}
