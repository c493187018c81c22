import type { ProgrammeContent } from '@console/shared';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../auth/table';
import { merchants } from '../merchants/table';

/**
 * Every version of every merchant's member programme, never deleted once published: drafts are edited
 * (optimistic on `revision`), then published with an effective date; the date check in the repo makes the
 * due one active. The content (tiers, offline, cost assumptions) is one JSON document: it is validated,
 * costed and diffed as a whole and never queried by field.
 */
export const perkVersions = pgTable(
  'perk_versions',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id')
      .notNull()
      .references(() => merchants.id),
    /** 1, 2, 3… per merchant, drafts included. */
    number: integer('number').notNull(),
    status: text('status', { enum: ['draft', 'scheduled', 'active', 'superseded'] }).notNull(),
    /** The newest published version when the draft was started; a publish checks it is still the newest. */
    basedOn: integer('based_on'),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    content: jsonb('content').$type<ProgrammeContent>().notNull(),
    revision: integer('revision').notNull().default(1),
    createdBy: text('created_by').references(() => users.id),
    publishedBy: text('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('perk_versions_merchant_number_idx').on(t.merchantId, t.number),
    // One active version per merchant, whatever races the date check runs into.
    uniqueIndex('perk_versions_one_active_idx').on(t.merchantId).where(sql`${t.status} = 'active'`),
    // The date check: scheduled versions whose day has come.
    index('perk_versions_due_idx').on(t.effectiveFrom).where(sql`${t.status} = 'scheduled'`),
    check('perk_versions_published_dated', sql`${t.status} = 'draft' or ${t.effectiveFrom} is not null`),
  ],
);
export type PerkVersionRow = typeof perkVersions.$inferSelect;
