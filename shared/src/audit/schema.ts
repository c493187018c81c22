import { z } from 'zod';
import { AUDIT_ENTITY_TYPES } from './lists';

// Zod-free, so that the audit page's filter choices do not load zod (see ./lists.ts).
export { AUDIT_ENTITY_TYPES };

export const auditEntityType = z.enum(AUDIT_ENTITY_TYPES);
export type AuditEntityType = z.infer<typeof auditEntityType>;

/** The largest page of an audit search, and the most rows one CSV export holds (narrow the filters for more). */
export const AUDIT_PAGE_MAX = 100;
export const AUDIT_EXPORT_MAX = 10_000;

/** Who made a change: a user (with the role they had), or null for the system (date checks, weekly evaluation). */
export const auditActor = z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullish(), username: z.string().nullish(), role: z.string() });

/** One state change: who, when, what record, from which state to which, why, and what before and after. */
export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  actor: auditActor.nullable(),
  actorRole: z.string().nullable(),
  reason: z.string().nullable(),
  before: z.json().nullable(),
  after: z.json().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

const isoTime = z.iso.datetime({ offset: true, message: 'audit.badTime' });
/** `at|id` of the last row of the page before (the database's own timestamp text, so no precision is lost). */
export const auditCursor = z.string().max(80).regex(/^[0-9][0-9\-: .+T]*\|[0-9]{1,18}$/, 'audit.badCursor');

export const auditFilters = z
  .object({
    /** A user's id, or `system` for changes nobody made by hand. */
    actorId: z.string().trim().min(1).max(64).optional(),
    entityType: auditEntityType.optional(),
    entityId: z.string().trim().min(1).max(80).optional(),
    action: z.string().trim().min(1).max(40).optional(),
    /** From this moment (inclusive) … */
    from: isoTime.optional(),
    /** … to this one (exclusive). */
    to: isoTime.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.entityId && !f.entityType) ctx.addIssue({ code: 'custom', path: ['entityType'], message: 'audit.entityTypeRequired' });
    if (f.from && f.to && Date.parse(f.to) <= Date.parse(f.from)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'audit.rangeReversed' });
  });
export type AuditFilters = z.infer<typeof auditFilters>;

/** Newest first, one page after `cursor` (keyset paging: the same cost on page 1 and page 10,000). */
export const auditSearchInput = z.object({
  filters: auditFilters.default({}),
  cursor: auditCursor.optional(),
  pageSize: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
});
export const auditSearchOutput = z.object({ items: z.array(auditEntry), nextCursor: auditCursor.nullable() });

export const auditExportInput = z.object({ filters: auditFilters.default({}), locale: z.enum(['zh-CN', 'en']).default('zh-CN') });
export const auditExportOutput = z.object({ csv: z.string(), rows: z.number().int().min(0), truncated: z.boolean() });

/** One record's own trail, oldest first, for anyone who may see the record. */
export const auditTrailInput = z.object({ entityType: auditEntityType, entityId: z.string().trim().min(1).max(80) });
export const auditTrailOutput = z.array(auditEntry);
