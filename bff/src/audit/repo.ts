import type { Db } from '../db/client';
import { auditLog } from './table';

export type AuditEntry = typeof auditLog.$inferInsert;

/** Writes an audit row; call it with the transaction that makes the change so both land or neither. */
export async function writeAudit(db: Db, entry: AuditEntry) {
  await db.insert(auditLog).values(entry);
}
