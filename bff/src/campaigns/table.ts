import type { Eligibility, HeroSku, PromoSku } from '@console/shared';
import { BRAND_DAY_RESOURCES, FESTIVALS, JOINABLE_PHASES, PARTICIPATION_MODES, TARGET_MARKETS } from '@console/shared';
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { applications } from '../review/table';

/**
 * The content of a Brand Day application (品牌日); its workflow row is in `applications` (same id).
 * `approved` mirrors the workflow's approval so that the database itself holds one approved Brand Day per
 * date (a unique partial index): two approvals racing for one date cannot both commit, whatever the code does.
 */
export const brandDays = pgTable(
  'brand_days',
  {
    id: text('id')
      .primaryKey()
      .references(() => applications.id, { onDelete: 'cascade' }),
    merchantId: text('merchant_id').notNull(),
    date: date('date', { mode: 'string' }),
    theme: text('theme').notNull().default(''),
    proposal: text('proposal').notNull().default(''),
    gmvTarget: bigint('gmv_target', { mode: 'number' }),
    discountDepth: integer('discount_depth'),
    resources: text('resources', { enum: BRAND_DAY_RESOURCES }).array().notNull().default([]),
    heroSkus: jsonb('hero_skus').$type<HeroSku[]>().notNull().default([]),
    approved: boolean('approved').notNull().default(false),
    /** Eligibility as it stood at the latest submission, for the reviewer. */
    eligibilityAtSubmission: jsonb('eligibility_at_submission').$type<Eligibility>(),
  },
  (t) => [
    uniqueIndex('brand_days_one_approved_per_date').on(t.date).where(sql`${t.approved}`),
    index('brand_days_date_idx').on(t.date),
    index('brand_days_merchant_date_idx').on(t.merchantId, t.date),
    check('brand_days_approved_has_date', sql`not ${t.approved} or ${t.date} is not null`),
  ],
);
export type BrandDayRow = typeof brandDays.$inferSelect;

/** The content of a 618 / Double 11 registration (大促报名); SKUs kept as one JSON list like a launch's. */
export const promotions = pgTable(
  'promotions',
  {
    id: text('id')
      .primaryKey()
      .references(() => applications.id, { onDelete: 'cascade' }),
    merchantId: text('merchant_id').notNull(),
    festival: text('festival', { enum: FESTIVALS }).notNull(),
    year: integer('year').notNull(),
    mode: text('mode', { enum: PARTICIPATION_MODES }).notNull(),
    phases: text('phases', { enum: JOINABLE_PHASES }).array().notNull().default([]),
    global: boolean('global').notNull().default(false),
    targetMarkets: text('target_markets', { enum: TARGET_MARKETS }).array().notNull().default([]),
    skus: jsonb('skus').$type<PromoSku[]>().notNull().default([]),
    skuCount: integer('sku_count').notNull().default(0),
    eligibilityAtSubmission: jsonb('eligibility_at_submission').$type<Eligibility>(),
  },
  (t) => [index('promotions_merchant_festival_idx').on(t.merchantId, t.year, t.festival)],
);
export type PromotionRow = typeof promotions.$inferSelect;
