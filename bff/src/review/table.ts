import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../auth/table';
import { merchants } from '../merchants/table';
import { APPLICATION_KINDS, APPLICATION_STATES, DECISION_ACTIONS, type StoredDecision } from '@console/shared';

export type { StoredDecision };

/**
 * Every application of every kind (launch, brand_day, promotion) with its workflow state. The kind's content
 * lives in its own table (`launches`); this one is what the review queue reads.
 */
export const applications = pgTable(
  'applications',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: APPLICATION_KINDS }).notNull(),
    merchantId: text('merchant_id')
      .notNull()
      .references(() => merchants.id),
    /** The merchant's vertical, copied so the queue filters and sorts on one index. */
    vertical: text('vertical', { enum: ['apparel', 'beauty', 'electronics', 'fmcg', 'home'] }).notNull(),
    state: text('state', { enum: APPLICATION_STATES }).notNull(),
    /** Optimistic concurrency: bumped by every change; writers say which version they saw. */
    version: integer('version').notNull().default(1),
    title: text('title').notNull().default(''),
    /** The latest (re)submission; the queue's "oldest first" and the overdue clock. */
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    submissionCount: integer('submission_count').notNull().default(0),
    claimedBy: text('claimed_by').references(() => users.id),
    claimedAt: timestamp('claimed_at', { withTimezone: true, mode: 'date' }),
    lastDecision: jsonb('last_decision').$type<StoredDecision>(),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    // The manager queue: vertical in (...) and state in (...) order by submitted_at, id.
    index('applications_queue_idx').on(t.vertical, t.state, t.submittedAt, t.id),
    index('applications_merchant_idx').on(t.merchantId, t.kind, t.updatedAt),
    index('applications_kind_state_idx').on(t.kind, t.state),
    // The queue's title search (ILIKE '%…%'): trigrams, not a scan of every application in the verticals.
    index('applications_title_trgm_idx').using('gin', t.title.op('gin_trgm_ops')),
    index('applications_claimed_idx').on(t.claimedBy, t.submittedAt).where(sql`${t.claimedBy} is not null`),
    check('applications_version_positive', sql`${t.version} >= 1`),
  ],
);
export type ApplicationRow = typeof applications.$inferSelect;

/** Every submission's full content, numbered, with the decision taken on it. Never updated but for the decision. */
export const applicationVersions = pgTable(
  'application_versions',
  {
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull(),
    submittedBy: text('submitted_by').references(() => users.id),
    decision: text('decision', { enum: DECISION_ACTIONS }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decidedBy: text('decided_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.number] })],
);
export type ApplicationVersionRow = typeof applicationVersions.$inferSelect;
