import type { Sku } from '@console/shared';
import { date, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { applications } from '../review/table';

/**
 * The content of a seasonal launch; its workflow row is in `applications` (same id). SKUs are kept as one
 * JSON list: they are edited, validated, snapshotted and diffed as a whole, and never queried one by one.
 */
export const launches = pgTable(
  'launches',
  {
    id: text('id')
      .primaryKey()
      .references(() => applications.id, { onDelete: 'cascade' }),
    merchantId: text('merchant_id').notNull(),
    season: text('season', { enum: ['SS', 'AW'] }).notNull(),
    year: integer('year').notNull(),
    launchDate: date('launch_date', { mode: 'string' }),
    story: text('story').notNull().default(''),
    channels: text('channels').array().notNull().default([]),
    earlyAccessTier: text('early_access_tier', { enum: ['T1', 'T2', 'T3'] }),
    earlyAccessHours: integer('early_access_hours'),
    skus: jsonb('skus').$type<Sku[]>().notNull().default([]),
    skuCount: integer('sku_count').notNull().default(0),
  },
  (t) => [index('launches_merchant_season_idx').on(t.merchantId, t.year, t.season), index('launches_date_idx').on(t.launchDate)],
);
export type LaunchRow = typeof launches.$inferSelect;
