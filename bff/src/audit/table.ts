import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per state change of anything: who, when, from, to, why, and what before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    actorId: text('actor_id'),
    actorRole: text('actor_role'),
    reason: text('reason'),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  // Every search is newest first by (at, id), keyset-paged: each filter has an index that ends in (at, id), so a page
  // is an index range scan whatever its depth. A record's trail reads the entity index forwards.
  (t) => [
    index('audit_entity_idx').on(t.entityType, t.entityId, t.at, t.id),
    index('audit_at_idx').on(t.at, t.id),
    index('audit_actor_idx').on(t.actorId, t.at, t.id),
    index('audit_action_idx').on(t.action, t.at, t.id),
  ],
);
