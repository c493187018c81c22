import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const merchants = pgTable(
  'merchants',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    vertical: text('vertical', { enum: ['apparel', 'beauty', 'electronics', 'fmcg', 'home'] }).notNull(),
    // DSR scores kept as hundredths (470 = 4.70) so that eligibility thresholds compare exactly.
    dsrDescription: integer('dsr_description').notNull(),
    dsrService: integer('dsr_service').notNull(),
    dsrLogistics: integer('dsr_logistics').notNull(),
    violationPoints: integer('violation_points').notNull().default(0),
    crossBorder: boolean('cross_border').notNull().default(false),
    serviceTier: text('service_tier', { enum: ['gold', 'silver', 'standard', 'below'] }).notNull().default('standard'),
    /** IANA zone (whole-hour offsets) in which its service hours and days are counted. */
    timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
    membersT1: integer('members_t1').notNull().default(0),
    membersT2: integer('members_t2').notNull().default(0),
    membersT3: integer('members_t3').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('merchants_vertical_name_idx').on(t.vertical, t.name),
    index('merchants_name_idx').on(t.name),
    index('merchants_created_idx').on(t.createdAt),
    // "Name contains …" (ILIKE '%…%') from the list's search box: trigrams, not a scan of every merchant.
    index('merchants_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    check('merchants_dsr_range', sql`${t.dsrDescription} between 100 and 500 and ${t.dsrService} between 100 and 500 and ${t.dsrLogistics} between 100 and 500`),
    check('merchants_violation_points_nonneg', sql`${t.violationPoints} >= 0`),
  ],
);
export type MerchantRow = typeof merchants.$inferSelect;
