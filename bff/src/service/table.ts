import type { ServiceFigures, TierThresholds } from '@console/shared';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Service conversations, one row per merchant and conversation id: a re-sent id replaces the row. Response
 * times are kept in milliseconds next to the instants so the SQL aggregates compare integers.
 */
export const serviceEvents = pgTable(
  'service_events',
  {
    merchantId: text('merchant_id').notNull(),
    conversationId: text('conversation_id').notNull(),
    channel: text('channel', { enum: ['chat', 'phone', 'app'] }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull(),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true, mode: 'date' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'date' }),
    firstResponseMs: integer('first_response_ms'),
    resolvedMs: integer('resolved_ms'),
    satisfaction: smallint('satisfaction'),
    dispute: boolean('dispute').notNull().default(false),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.merchantId, t.conversationId] }),
    index('service_events_merchant_started_idx').on(t.merchantId, t.startedAt),
    check('service_events_satisfaction_range', sql`${t.satisfaction} between 1 and 5`),
  ],
);

/**
 * Per merchant and UTC hour, the counts every figure is made of; rebuilt from the events of the touched hours at
 * each ingest. `withinStd[i]` counts first responses within RESPONSE_TIME_LADDER[i] seconds. The primary key's index
 * also carries every count the dashboard sums (INCLUDE, migration 0012: drizzle cannot say it here), so a merchant's
 * period is read from the index alone.
 */
export const serviceHourly = pgTable(
  'service_hourly',
  {
    merchantId: text('merchant_id').notNull(),
    hourStart: timestamp('hour_start', { withTimezone: true, mode: 'date' }).notNull(),
    conversations: integer('conversations').notNull(),
    answered: integer('answered').notNull(),
    within30s: integer('within_30s').notNull(),
    withinStd: integer('within_std').array().notNull(),
    resolved24h: integer('resolved_24h').notNull(),
    rated: integer('rated').notNull(),
    satisfied: integer('satisfied').notNull(),
    disputes: integer('disputes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.hourStart] })],
);

/**
 * Per merchant and UTC hour, how many first responses fell in each bucket of RESPONSE_BUCKETS_MS (`bucket_ms` is the
 * bucket's lower bound): the median and p90 of any period or day are read from these counts, not from the events.
 * Kept at ingest with the hourly rollup, by the same deltas.
 */
export const serviceResponseHourly = pgTable(
  'service_response_hourly',
  {
    merchantId: text('merchant_id').notNull(),
    hourStart: timestamp('hour_start', { withTimezone: true, mode: 'date' }).notNull(),
    bucketMs: integer('bucket_ms').notNull(),
    answered: integer('answered').notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.hourStart, t.bucketMs] })],
);

/**
 * The same histogram per merchant and LOCAL day (in the merchant's time zone): a 90-day dashboard reads 90 days of
 * counts instead of 2,160 hours of them. Kept at ingest with the hourly one; rebuilt from the hourly one when the
 * merchant's time zone changes. Its primary key's index includes `answered` (migration 0012), like the hourly one's.
 */
export const serviceResponseDaily = pgTable(
  'service_response_daily',
  {
    merchantId: text('merchant_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    bucketMs: integer('bucket_ms').notNull(),
    answered: integer('answered').notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.day, t.bucketMs] })],
);

/** Tier standards, one row per version; the newest applies. */
export const serviceStandards = pgTable('service_standards', {
  version: integer('version').primaryKey(),
  responseTimeSec: integer('response_time_sec').notNull(),
  thresholds: jsonb('thresholds').$type<Record<'gold' | 'silver' | 'standard', TierThresholds>>().notNull(),
  trafficWeights: jsonb('traffic_weights').$type<Record<'gold' | 'silver' | 'standard' | 'below', number>>().notNull(),
  note: text('note').notNull().default(''),
  createdBy: text('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export type EvaluationFigures = Pick<ServiceFigures, 'conversations' | 'coverage' | 'rate30s' | 'satisfaction' | 'resolved24h' | 'disputeRate'>;

/** A merchant's tier for one closed week (Monday, merchant's time zone) with the figures it was judged on. */
export const serviceTierEvaluations = pgTable(
  'service_tier_evaluations',
  {
    merchantId: text('merchant_id').notNull(),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    tier: text('tier', { enum: ['gold', 'silver', 'standard', 'below'] }).notNull(),
    standardsVersion: integer('standards_version').notNull(),
    figures: jsonb('figures').$type<EvaluationFigures>().notNull(),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.merchantId, t.weekStart] }), index('service_tier_evaluations_week_idx').on(t.weekStart, t.tier)],
);

/** Per-merchant API keys for the ingest endpoint: only a SHA-256 of the secret is kept. */
export const serviceApiKeys = pgTable(
  'service_api_keys',
  {
    id: text('id').primaryKey(),
    merchantId: text('merchant_id').notNull(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('service_api_keys_hash_idx').on(t.secretHash), index('service_api_keys_merchant_idx').on(t.merchantId)],
);
