import {
  type ApiKey,
  COVERED_HOUR_PERCENT,
  DEFAULT_STANDARDS,
  type HeatCell,
  improvementsFor,
  lastClosedWeekStart,
  RATE_30S_MS,
  ratioOf,
  RESOLVED_WITHIN_MS,
  RESPONSE_BUCKETS_MS,
  RESPONSE_TIME_LADDER,
  firstResponseOf,
  type RankingItem,
  type rankingInput,
  SATISFIED_MIN_RATING,
  type ServiceDashboard,
  type ServiceEvent,
  type ServiceFigures,
  type ServiceStandards,
  type ServiceStandardsContent,
  type ServiceTier,
  type SessionUser,
  tierFor,
  trafficReward,
  type TierEvaluation,
  type Vertical,
} from '@console/shared';
import { randomBytes, sha256, toBase64Url, toHex } from '../auth/encoding';
import { and, asc, desc, eq, ilike, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { writeAudit } from '../audit/repo';
import type { Db } from '../db/client';
import { likeContains } from '../merchants/repo';
import { merchants } from '../merchants/table';
import { notifyMerchantOperators } from '../notifications/repo';
import { type EvaluationFigures, serviceApiKeys, serviceStandards, serviceTierEvaluations } from './table';

/** The rows of a raw query, on PGlite and node-postgres alike. */
async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
const iso = (v: unknown) => new Date(v as string | Date).toISOString();
const MAX_INT = 2_147_483_647;

// ---------------------------------------------------------------------------------------------------------
// Ingest

/** RESPONSE_BUCKETS_MS as a PostgreSQL array literal, for `width_bucket(ms, bounds)` (lower bound: `bounds[that]`). */
const BOUNDS = sql.raw(`'{${RESPONSE_BUCKETS_MS.join(',')}}'::int[]`);
const bucketOf = (ms: SQL) => sql`(${BOUNDS})[width_bucket(${ms}, ${BOUNDS})]`;

/** The rollup columns of a set of events, each event weighted by `sign` (1 to add it, -1 to take it back). */
function rollupColumns(sign: SQL) {
  const when = (cond: string) => sql`sum(case when ${sql.raw(cond)} then ${sign} else 0 end)::int`;
  return {
    conversations: sql`sum(${sign})::int`,
    answered: when('first_response_ms is not null'),
    within30s: when(`first_response_ms <= ${RATE_30S_MS}`),
    withinStd: sql`array[${sql.join(
      RESPONSE_TIME_LADDER.map((s) => when(`first_response_ms <= ${s * 1000}`)),
      sql`, `,
    )}]`,
    resolved24h: when(`resolved_ms <= ${RESOLVED_WITHIN_MS}`),
    rated: when('satisfaction is not null'),
    satisfied: when(`satisfaction >= ${SATISFIED_MIN_RATING}`),
    disputes: when('dispute'),
  };
}
const ROLLUP_COLUMNS = sql.raw('merchant_id, hour_start, conversations, answered, within_30s, within_std, resolved_24h, rated, satisfied, disputes');
const selectRollup = (sign: SQL) => {
  const c = rollupColumns(sign);
  return sql`merchant_id, date_trunc('hour', started_at, 'UTC'), ${c.conversations}, ${c.answered}, ${c.within30s}, ${c.withinStd}, ${c.resolved24h}, ${c.rated}, ${c.satisfied}, ${c.disputes}`;
};

/**
 * Writes a batch of one merchant's events (already validated) and keeps both rollups (hourly counts and the
 * response-time histogram) in ONE statement: the events are upserted, and every rollup row they touch gets the new
 * events' counts added and the replaced events' old counts taken back (`on conflict … do update set x = x + excluded.x`).
 * The statement reads the replaced rows as they were before it (one snapshot), so a re-sent conversation id moves
 * to its new hour and is never counted twice; the figures never see half a batch. Hours a replacement emptied
 * are deleted after. A per-merchant advisory lock keeps two batches of one merchant from taking back the same
 * old row twice.
 */
export async function ingestEvents(db: Db, merchantId: string, events: readonly ServiceEvent[], now: Date) {
  return db.transaction(async (tx) => {
    const d = tx as unknown as Db;
    await d.execute(sql`select pg_advisory_xact_lock(hashtext(${`service:${merchantId}`}))`);
    const rows = events.map((e) => eventRow(merchantId, e, now));
    // The zone is read under the lock a zone change also takes, so the daily histogram follows one zone.
    const zone = sql`(select time_zone from merchants where id = ${merchantId})`;
    const [r] = await rowsOf<{ accepted: number; replaced: number; oldFrom: string | null; oldTo: string | null }>(
      d,
      sql`with input as (
          select * from jsonb_populate_recordset(null::service_events, ${eventsJson(rows)}::jsonb)
        ), old as (
          select e.* from service_events e join input i on e.merchant_id = i.merchant_id and e.conversation_id = i.conversation_id
        ), written as (
          insert into service_events select * from input
          on conflict (merchant_id, conversation_id) do update set
            channel = excluded.channel, started_at = excluded.started_at, first_response_at = excluded.first_response_at,
            resolved_at = excluded.resolved_at, first_response_ms = excluded.first_response_ms, resolved_ms = excluded.resolved_ms,
            satisfaction = excluded.satisfaction, dispute = excluded.dispute, received_at = excluded.received_at
          returning 1
        ), delta as (
          select merchant_id, started_at, first_response_ms, resolved_ms, satisfaction, dispute, 1 as sign from input
          union all
          select merchant_id, started_at, first_response_ms, resolved_ms, satisfaction, dispute, -1 from old
        ), hourly as (
          insert into service_hourly (${ROLLUP_COLUMNS})
          select ${selectRollup(sql`sign`)} from delta group by 1, 2
          on conflict (merchant_id, hour_start) do update set
            conversations = service_hourly.conversations + excluded.conversations,
            answered = service_hourly.answered + excluded.answered,
            within_30s = service_hourly.within_30s + excluded.within_30s,
            within_std = array[${sql.join(
              RESPONSE_TIME_LADDER.map((_, k) => sql.raw(`service_hourly.within_std[${k + 1}] + excluded.within_std[${k + 1}]`)),
              sql`, `,
            )}],
            resolved_24h = service_hourly.resolved_24h + excluded.resolved_24h,
            rated = service_hourly.rated + excluded.rated,
            satisfied = service_hourly.satisfied + excluded.satisfied,
            disputes = service_hourly.disputes + excluded.disputes
          returning 1
        ), response as (
          insert into service_response_hourly (merchant_id, hour_start, bucket_ms, answered)
          select merchant_id, date_trunc('hour', started_at, 'UTC'), ${bucketOf(sql`first_response_ms`)}, sum(sign)::int
          from delta where first_response_ms is not null group by 1, 2, 3
          on conflict (merchant_id, hour_start, bucket_ms) do update set answered = service_response_hourly.answered + excluded.answered
          returning 1
        ), daily as (
          insert into service_response_daily (merchant_id, day, bucket_ms, answered)
          select merchant_id, (started_at at time zone ${zone})::date, ${bucketOf(sql`first_response_ms`)}, sum(sign)::int
          from delta where first_response_ms is not null group by 1, 2, 3
          on conflict (merchant_id, day, bucket_ms) do update set answered = service_response_daily.answered + excluded.answered
          returning 1
        )
        select (select count(*) from input)::int as accepted, (select count(*) from old)::int as replaced,
          (select min(started_at) from old) as "oldFrom", (select max(started_at) from old) as "oldTo",
          (select count(*) from written)::int + (select count(*) from hourly)::int + (select count(*) from response)::int
            + (select count(*) from daily)::int as touched`,
    );
    if (r!.replaced > 0) {
      // A replaced event may have left its old hour (or bucket) with nothing in it: "no data", not a covered hour.
      const inOld = sql`merchant_id = ${merchantId} and hour_start >= date_trunc('hour', ${iso(r!.oldFrom)}::timestamptz, 'UTC') and hour_start <= ${iso(r!.oldTo)}::timestamptz`;
      await d.execute(sql`delete from service_hourly where ${inOld} and conversations = 0`);
      await d.execute(sql`delete from service_response_hourly where ${inOld} and answered = 0`);
      await d.execute(sql`delete from service_response_daily where merchant_id = ${merchantId} and answered = 0
        and day between (${iso(r!.oldFrom)}::timestamptz at time zone ${zone})::date and (${iso(r!.oldTo)}::timestamptz at time zone ${zone})::date`);
    }
    return { accepted: r!.accepted, replaced: r!.replaced };
  });
}

/** Counts the events `where` selects into both rollups (hourly counts, response histogram), from nothing. */
export async function insertRollup(db: Db, where: SQL) {
  await db.execute(sql`insert into service_hourly (${ROLLUP_COLUMNS}) select ${selectRollup(sql`1`)} from service_events where ${where} group by 1, 2`);
  await db.execute(sql`
    insert into service_response_hourly (merchant_id, hour_start, bucket_ms, answered)
    select merchant_id, date_trunc('hour', started_at, 'UTC'), ${bucketOf(sql`first_response_ms`)}, count(*)::int
    from service_events where first_response_ms is not null and (${where}) group by 1, 2, 3`);
  await db.execute(sql`
    insert into service_response_daily (merchant_id, day, bucket_ms, answered)
    select e.merchant_id, (e.started_at at time zone m.time_zone)::date, ${bucketOf(sql`e.first_response_ms`)}, count(*)::int
    from service_events e join merchants m on m.id = e.merchant_id
    where e.first_response_ms is not null and (${where}) group by 1, 2, 3`);
}

/** Rows as the JSON `jsonb_populate_recordset(null::service_events, …)` reads (column names). */
export function eventsJson(rows: ReturnType<typeof eventRow>[]) {
  return JSON.stringify(
    rows.map((r) => ({
      merchant_id: r.merchantId,
      conversation_id: r.conversationId,
      channel: r.channel,
      started_at: r.startedAt,
      first_response_at: r.firstResponseAt,
      resolved_at: r.resolvedAt,
      first_response_ms: r.firstResponseMs,
      resolved_ms: r.resolvedMs,
      satisfaction: r.satisfaction,
      dispute: r.dispute,
      received_at: r.receivedAt,
    })),
  );
}

/** The table row of a validated event. */
export function eventRow(merchantId: string, e: ServiceEvent, receivedAt: Date) {
  const started = Date.parse(e.startedAt);
  const first = e.firstResponseAt === null ? null : Date.parse(e.firstResponseAt);
  const resolved = e.resolvedAt === null ? null : Date.parse(e.resolvedAt);
  return {
    merchantId,
    conversationId: e.conversationId,
    channel: e.channel,
    startedAt: new Date(started),
    firstResponseAt: first === null ? null : new Date(first),
    resolvedAt: resolved === null ? null : new Date(resolved),
    firstResponseMs: first === null ? null : Math.min(first - started, MAX_INT),
    resolvedMs: resolved === null ? null : Math.min(resolved - started, MAX_INT),
    satisfaction: e.satisfaction,
    dispute: e.dispute,
    receivedAt,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Standards

function toStandards(r: typeof serviceStandards.$inferSelect): ServiceStandards {
  return {
    version: r.version,
    responseTimeSec: r.responseTimeSec,
    thresholds: r.thresholds,
    trafficWeights: r.trafficWeights,
    note: r.note,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
  };
}

/** The standards in force: the newest version (version 1, the defaults, is written the first time it is asked for). */
export async function currentStandards(db: Db): Promise<ServiceStandards> {
  const [row] = await db.select().from(serviceStandards).orderBy(desc(serviceStandards.version)).limit(1);
  if (row) return toStandards(row);
  await db
    .insert(serviceStandards)
    .values({ version: 1, ...DEFAULT_STANDARDS, createdAt: new Date(0) })
    .onConflictDoNothing();
  return currentStandards(db);
}

export async function standardsHistory(db: Db) {
  await currentStandards(db);
  return (await db.select().from(serviceStandards).orderBy(desc(serviceStandards.version)).limit(50)).map(toStandards);
}

export class StaleStandards extends Error {
  constructor(public currentVersion: number) {
    super('errors.staleVersion');
  }
}

/** A new version of the standards, audited; refused when someone saved another since `expectedVersion`. */
export async function saveStandards(db: Db, user: SessionUser, content: ServiceStandardsContent, expectedVersion: number, now: Date) {
  return db.transaction(async (tx) => {
    const before = await currentStandards(tx as unknown as Db);
    if (before.version !== expectedVersion) throw new StaleStandards(before.version);
    const [row] = await tx
      .insert(serviceStandards)
      .values({ version: before.version + 1, ...content, createdBy: user.displayName, createdAt: now })
      .returning();
    const after = toStandards(row!);
    await writeAudit(tx as unknown as Db, {
      entityType: 'service_standards',
      entityId: String(after.version),
      action: 'save',
      actorId: user.id,
      actorRole: user.role,
      before,
      after,
      at: now,
    });
    return after;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Figures (all in SQL over the hourly rollups; percentiles read from the summed response histogram)

const ladderIndex = (sec: number) => sql.raw(String((RESPONSE_TIME_LADDER as readonly number[]).indexOf(sec) + 1));

/** `[from, to]` local dates in `tz` as UTC bounds, half-open. */
const bounds = (from: string, to: string, tz: string) => ({
  start: sql`((${from}::date)::timestamp at time zone ${tz})`,
  end: sql`((${to}::date + 1)::timestamp at time zone ${tz})`,
});

export interface Period {
  from: string;
  to: string;
}

type Histogram = [number, number][];

interface PeriodRow {
  totals: { conversations: number; within30s: number; resolved24h: number; rated: number; satisfied: number; disputes: number; coveredSlots: number; slots: number };
  /** [weekday, hour, conversations, within the standard, covered] per weekday × hour slot with conversations. */
  heat: [number, number, number, number, boolean][];
  days: Omit<ServiceDashboard['trend'][number], 'firstResponseMedianSec' | 'firstResponseP90Sec'>[];
  /** [hour start, conversations, within the standard], newest first. */
  breaches: [string, number, number][];
  /** Per local date: [date, bucket lower bounds, counts]. */
  histograms: [string, number[], number[]][];
}

/**
 * Every figure of one merchant's period in ONE statement (one round trip, one scan of its hours): the hourly rollup
 * rows of the period are read once by their key range (merchant, hour) and summed four ways — the totals, the
 * weekday × hour slots of the heat map (a slot is covered when 80% of all its conversations were answered within the
 * standard), the local days of the trend and the missed hours — and the response-time histogram of each local day
 * (the merchant's zone) comes from the daily rollup in key order (90 rows a bucket instead of 2,160 hourly ones).
 * Median and p90 of each day and of the period are read from those by the shared rule. Each part comes back as JSON,
 * parsed once.
 */
async function periodFigures(db: Db, merchantId: string, tz: string, period: Period, responseTimeSec: number) {
  const { start, end } = bounds(period.from, period.to, tz);
  const i = ladderIndex(responseTimeSec);
  const pct = sql.raw(String(COVERED_HOUR_PERCENT));
  const inDays = sql`merchant_id = ${merchantId} and day between ${period.from}::date and ${period.to}::date`;
  const [row] = await rowsOf<PeriodRow>(
    db,
    sql`with h as (
        select hour_start, hour_start at time zone ${tz} as local, conversations, within_30s, within_std[${i}] as within,
          resolved_24h, rated, satisfied, disputes, within_std[${i}] * 100 >= ${pct} * conversations as covered
        from service_hourly where merchant_id = ${merchantId} and hour_start >= ${start} and hour_start < ${end}
      ), slots as (
        select extract(isodow from local)::int as weekday, extract(hour from local)::int as hour,
          sum(conversations)::int as conversations, sum(within)::int as within, sum(within) * 100 >= ${pct} * sum(conversations) as covered
        from h group by 1, 2
      ), days as (
        select to_char(local, 'YYYY-MM-DD') as date, sum(conversations)::int as conversations,
          (count(*) filter (where covered))::float8 / count(*) as coverage,
          sum(within_30s)::float8 / nullif(sum(conversations), 0) as "rate30s",
          sum(satisfied)::float8 / nullif(sum(rated), 0) as satisfaction,
          sum(resolved_24h)::float8 / nullif(sum(conversations), 0) as "resolved24h"
        from h group by 1
      )
      select
        (select json_build_object('conversations', coalesce(sum(conversations), 0), 'within30s', coalesce(sum(within_30s), 0),
          'resolved24h', coalesce(sum(resolved_24h), 0), 'rated', coalesce(sum(rated), 0), 'satisfied', coalesce(sum(satisfied), 0),
          'disputes', coalesce(sum(disputes), 0),
          'coveredSlots', (select count(*) filter (where covered) from slots), 'slots', (select count(*) from slots)) from h) as totals,
        (select coalesce(json_agg(json_build_array(weekday, hour, conversations, within, covered)), '[]') from slots) as heat,
        (select coalesce(json_agg(d order by d.date), '[]') from days d) as days,
        (select coalesce(json_agg(json_build_array(hour_start, conversations, within) order by hour_start desc), '[]')
          from (select hour_start, conversations, within from h where not covered order by hour_start desc limit ${MAX_BREACHES}) b) as breaches,
        (select coalesce(json_agg(json_build_array(to_char(day, 'YYYY-MM-DD'), b, n)), '[]')
          from (select day, array_agg(bucket_ms order by bucket_ms) as b, array_agg(answered order by bucket_ms) as n
            from service_response_daily where ${inDays} group by day) x) as histograms`,
  );
  // node-postgres parses json columns; PGlite too (a string is parsed here in case a driver leaves it as text).
  const r = Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, typeof v === 'string' ? JSON.parse(v) : v])) as unknown as PeriodRow;
  const t = r.totals;
  const pairs = (b: number[], n: number[]): Histogram => b.map((lower, k) => [lower, n[k]!]);
  const histograms = new Map<string, Histogram>(r.histograms.map(([day, b, n]) => [day, pairs(b, n)]));
  // The period's histogram is the sum of its days', which came anyway for the trend: summing those few thousand
  // bucket counts here spares a second read of the same 17,000 index entries (measured 47 vs 67 ms p50 under load 19).
  const total = new Map<number, number>();
  for (const [, b, n] of r.histograms) b.forEach((lower, k) => total.set(lower, (total.get(lower) ?? 0) + n[k]!));
  const figures: ServiceFigures = {
    conversations: t.conversations,
    coverage: ratioOf(t.coveredSlots, t.slots),
    rate30s: ratioOf(t.within30s, t.conversations),
    firstResponse: firstResponseOf([...total].sort((x, y) => x[0] - y[0])),
    resolved24h: ratioOf(t.resolved24h, t.conversations),
    satisfaction: ratioOf(t.satisfied, t.rated),
    disputeRate: ratioOf(t.disputes, t.conversations),
  };
  const byCell = new Map(r.heat.map((c) => [`${c[0]}:${c[1]}`, c]));
  const heatmap: HeatCell[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      const c = byCell.get(`${weekday}:${hour}`);
      heatmap.push({
        weekday,
        hour,
        conversations: c?.[2] ?? 0,
        withinStandard: c?.[3] ?? 0,
        state: !c || c[2] === 0 ? 'noData' : c[4] ? 'covered' : 'missed',
      });
    }
  }
  const trend = r.days.map((day) => {
    const fr = firstResponseOf(histograms.get(day.date) ?? []);
    return { ...day, firstResponseMedianSec: fr.medianSec, firstResponseP90Sec: fr.p90Sec };
  });
  const breaches = r.breaches.map(([hourStart, conversations, withinStandard]) => ({ hourStart: iso(hourStart), conversations, withinStandard }));
  return { figures, heatmap, trend, breaches };
}

export const MAX_BREACHES = 50;

// ---------------------------------------------------------------------------------------------------------
// Weekly tiers

interface WeekRow {
  id: string;
  tier: ServiceTier;
  conversations: number;
  covered: number;
  hours: number;
  within30s: number;
  resolved24h: number;
  rated: number;
  satisfied: number;
  disputes: number;
}

/**
 * Evaluates one closed week (the Monday it starts on) for every merchant, or the given ones: figures in SQL from
 * the rollup, the tier by the shared rule, stored with its figures; the merchant record takes the tier, and the
 * operators of a merchant whose tier changed are told.
 */
export async function evaluateWeek(db: Db, weekStart: string, now: Date, onlyMerchants?: string[], actor?: { id: string; role: string }) {
  return db.transaction(async (tx) => {
    const d = tx as unknown as Db;
    const standards = await currentStandards(d);
    const i = ladderIndex(standards.responseTimeSec);
    const rows = await rowsOf<WeekRow>(
      d,
      sql`select m.id, m.service_tier as tier, coalesce(sum(h.conversations), 0)::int as conversations,
          (count(h.hour_start) filter (where h.within_std[${i}] * 100 >= ${sql.raw(String(COVERED_HOUR_PERCENT))} * h.conversations))::int as covered,
          count(h.hour_start)::int as hours, coalesce(sum(h.within_30s), 0)::int as "within30s", coalesce(sum(h.resolved_24h), 0)::int as "resolved24h",
          coalesce(sum(h.rated), 0)::int as rated, coalesce(sum(h.satisfied), 0)::int as satisfied, coalesce(sum(h.disputes), 0)::int as disputes
        from merchants m
        left join service_hourly h on h.merchant_id = m.id
          and h.hour_start >= ((${weekStart}::date)::timestamp at time zone m.time_zone)
          and h.hour_start < ((${weekStart}::date + 7)::timestamp at time zone m.time_zone)
        ${onlyMerchants ? sql`where m.id in (${sql.join(onlyMerchants.map((m) => sql`${m}`), sql`, `)})` : sql``}
        group by m.id, m.service_tier`,
    );
    let changed = 0;
    const evaluations = rows.map((r) => {
      const figures: EvaluationFigures = {
        conversations: r.conversations,
        coverage: ratioOf(r.covered, r.hours),
        rate30s: ratioOf(r.within30s, r.conversations),
        satisfaction: ratioOf(r.satisfied, r.rated),
        resolved24h: ratioOf(r.resolved24h, r.conversations),
        disputeRate: ratioOf(r.disputes, r.conversations),
      };
      return { merchantId: r.id, weekStart, tier: tierFor(figures, standards), standardsVersion: standards.version, figures, evaluatedAt: now, was: r.tier };
    });
    for (let k = 0; k < evaluations.length; k += 1000) {
      await tx
        .insert(serviceTierEvaluations)
        .values(evaluations.slice(k, k + 1000).map(({ was: _was, ...e }) => e))
        .onConflictDoUpdate({
          target: [serviceTierEvaluations.merchantId, serviceTierEvaluations.weekStart],
          set: {
            tier: sql`excluded.tier`,
            standardsVersion: sql`excluded.standards_version`,
            figures: sql`excluded.figures`,
            evaluatedAt: sql`excluded.evaluated_at`,
          },
        });
    }
    for (const e of evaluations) {
      if (e.tier === e.was) continue;
      changed++;
      await tx.update(merchants).set({ serviceTier: e.tier }).where(eq(merchants.id, e.merchantId));
      await writeAudit(d, {
        entityType: 'merchant',
        entityId: e.merchantId,
        action: 'service_tier',
        fromState: e.was,
        toState: e.tier,
        actorId: actor?.id ?? null,
        actorRole: actor?.role ?? null,
        before: { serviceTier: e.was },
        after: { serviceTier: e.tier, weekStart, standardsVersion: standards.version, figures: e.figures },
        reason: `week ${weekStart}, standards v${standards.version}`,
        at: now,
      });
      await notifyMerchantOperators(
        d,
        e.merchantId,
        { kind: 'service', key: 'notifications.service.tierChanged', params: { from: e.was, to: e.tier, week: weekStart }, entityType: 'service', entityId: e.merchantId },
        now,
      );
    }
    return { weekStart, evaluated: evaluations.length, changed };
  });
}

/** Evaluates the last closed week once: the first reader after a week closes does it for everybody. */
export async function ensureWeekEvaluated(db: Db, now: Date) {
  const week = lastClosedWeekStart(now);
  const [done] = await db.select({ w: serviceTierEvaluations.weekStart }).from(serviceTierEvaluations).where(eq(serviceTierEvaluations.weekStart, week)).limit(1);
  if (!done) await evaluateWeek(db, week, now);
  return week;
}

export async function evaluationsOf(db: Db, merchantId: string, limit = 12): Promise<TierEvaluation[]> {
  const rows = await db
    .select()
    .from(serviceTierEvaluations)
    .where(eq(serviceTierEvaluations.merchantId, merchantId))
    .orderBy(desc(serviceTierEvaluations.weekStart))
    .limit(limit);
  return rows.map((r) => ({ weekStart: r.weekStart, tier: r.tier, standardsVersion: r.standardsVersion, figures: r.figures, evaluatedAt: r.evaluatedAt.toISOString() }));
}

// ---------------------------------------------------------------------------------------------------------
// Dashboard and ranking

export type DashboardScope = { merchantId: string } | { verticals: readonly Vertical[] };

export async function findServiceMerchant(db: Db, id: string, scope: DashboardScope) {
  const [m] = await db
    .select({ id: merchants.id, name: merchants.name, vertical: merchants.vertical, timeZone: merchants.timeZone, serviceTier: merchants.serviceTier })
    .from(merchants)
    .where(and(eq(merchants.id, id), 'merchantId' in scope ? eq(merchants.id, scope.merchantId) : inArray(merchants.vertical, [...scope.verticals])))
    .limit(1);
  return m ?? null;
}

export async function dashboard(db: Db, merchant: NonNullable<Awaited<ReturnType<typeof findServiceMerchant>>>, period: Period, now: Date): Promise<ServiceDashboard> {
  // The first reader after a week closes evaluates it; the standards are read meanwhile (a read either way).
  const [, standards] = await Promise.all([ensureWeekEvaluated(db, now), currentStandards(db)]);
  // Independent reads: on PostgreSQL they run side by side on the pool; on PGlite they queue on its one connection.
  const [{ figures, heatmap, trend, breaches }, evaluations, [fresh]] = await Promise.all([
    periodFigures(db, merchant.id, merchant.timeZone, period, standards.responseTimeSec),
    evaluationsOf(db, merchant.id),
    // The tier is the merchant record's (what eligibility reads); its reasons are the last evaluation's figures.
    db.select({ tier: merchants.serviceTier }).from(merchants).where(eq(merchants.id, merchant.id)),
  ]);
  const tier = fresh?.tier ?? merchant.serviceTier;
  const reward = trafficReward(standards, tier);
  const last = evaluations[0];
  return {
    merchant: { ...merchant, serviceTier: tier },
    period,
    figures,
    heatmap,
    trend,
    breaches,
    standards,
    tier: {
      current: tier,
      trafficWeight: reward.current,
      next: reward.next,
      nextTrafficWeight: reward.nextWeight,
      improvements: last ? improvementsFor(last.figures, standards, reward.next) : [],
    },
    evaluations,
  };
}

const share = (metric: string) => sql`((${serviceTierEvaluations.figures} -> ${metric} ->> 'share')::float8)`;
const tierRankSql = sql`(case ${merchants.serviceTier} when 'gold' then 3 when 'silver' then 2 when 'standard' then 1 else 0 end)`;

/** The merchants of the manager's verticals, by tier and the last closed week's figures; paged in SQL. */
export async function ranking(db: Db, scope: readonly Vertical[], input: z.output<typeof rankingInput>, now: Date) {
  const week = await ensureWeekEvaluated(db, now);
  const f = input.filters;
  const allowed = f.vertical?.length ? f.vertical.filter((v) => scope.includes(v)) : [...scope];
  if (allowed.length === 0) return { items: [], total: 0 };
  const where = and(
    inArray(merchants.vertical, allowed),
    f.tier?.length ? inArray(merchants.serviceTier, f.tier) : undefined,
    f.q ? ilike(merchants.name, likeContains(f.q)) : undefined,
  );
  const sort = input.sort ?? { field: 'tier', order: 'desc' as const };
  const dir = (e: SQL) => (sort.order === 'asc' ? sql`${e} asc nulls first` : sql`${e} desc nulls last`);
  const order: SQL[] =
    sort.field === 'name'
      ? [dir(sql`${merchants.name}`)]
      : sort.field === 'tier'
        ? [dir(tierRankSql), sql`${share('coverage')} desc nulls last`, sql`${share('rate30s')} desc nulls last`]
        : sort.field === 'conversations'
          ? [dir(sql`((${serviceTierEvaluations.figures} ->> 'conversations')::int)`)]
          : [dir(share(sort.field))];
  const joined = db
    .select({
      merchantId: merchants.id,
      name: merchants.name,
      vertical: merchants.vertical,
      tier: merchants.serviceTier,
      weekStart: serviceTierEvaluations.weekStart,
      figures: serviceTierEvaluations.figures,
    })
    .from(merchants)
    .leftJoin(serviceTierEvaluations, and(eq(serviceTierEvaluations.merchantId, merchants.id), eq(serviceTierEvaluations.weekStart, week)))
    .where(where);
  const [rows, [total]] = await Promise.all([
    joined
      .orderBy(...order, asc(merchants.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(merchants).where(where),
  ]);
  const items: RankingItem[] = rows.map((r) => ({
    merchantId: r.merchantId,
    name: r.name,
    vertical: r.vertical,
    tier: r.tier,
    weekStart: r.weekStart,
    conversations: r.figures?.conversations ?? 0,
    coverage: r.figures?.coverage.share ?? null,
    rate30s: r.figures?.rate30s.share ?? null,
    satisfaction: r.figures?.satisfaction.share ?? null,
    resolved24h: r.figures?.resolved24h.share ?? null,
    disputeRate: r.figures?.disputeRate.share ?? null,
  }));
  return { items, total: total?.n ?? 0 };
}

// ---------------------------------------------------------------------------------------------------------
// API keys

/** SHA-256 of an API key's secret, hex (Web Crypto, so mock mode runs it too). */
export const hashSecret = async (secret: string) => toHex(await sha256(secret));

const toKey = (r: typeof serviceApiKeys.$inferSelect): ApiKey => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  createdAt: r.createdAt.toISOString(),
  createdBy: r.createdBy,
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  revokedAt: r.revokedAt?.toISOString() ?? null,
});

export async function listKeys(db: Db, merchantId: string) {
  const rows = await db.select().from(serviceApiKeys).where(eq(serviceApiKeys.merchantId, merchantId)).orderBy(desc(serviceApiKeys.createdAt), asc(serviceApiKeys.id));
  return rows.map(toKey);
}

/** A new key; its secret is returned this once and only its hash is stored. */
export async function createKey(db: Db, merchantId: string, user: SessionUser, name: string, now: Date) {
  const secret = `svc_${toBase64Url(randomBytes(24))}`;
  const id = `key_${toHex(randomBytes(6))}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(serviceApiKeys)
      .values({ id, merchantId, name, prefix: secret.slice(0, 10), secretHash: await hashSecret(secret), createdBy: user.displayName, createdAt: now })
      .returning();
    await writeAudit(tx as unknown as Db, { entityType: 'service_api_key', entityId: id, action: 'create', actorId: user.id, actorRole: user.role, after: { name, merchantId }, at: now });
    return { key: toKey(row!), secret };
  });
}

/** Revokes one of the merchant's own keys; another merchant's id is simply not found. */
export async function revokeKey(db: Db, merchantId: string, user: SessionUser, id: string, now: Date) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(serviceApiKeys)
      .set({ revokedAt: now })
      .where(and(eq(serviceApiKeys.id, id), eq(serviceApiKeys.merchantId, merchantId), isNull(serviceApiKeys.revokedAt)))
      .returning();
    if (!row) return null;
    await writeAudit(tx as unknown as Db, {
      entityType: 'service_api_key',
      entityId: id,
      action: 'revoke',
      actorId: user.id,
      actorRole: user.role,
      before: { name: row.name, merchantId, revokedAt: null },
      after: { name: row.name, merchantId, revokedAt: now.toISOString() },
      at: now,
    });
    return toKey(row);
  });
}

/** The merchant a live key belongs to, or null (unknown or revoked). */
export async function merchantOfKey(db: Db, secret: string, now: Date) {
  const [row] = await db
    .update(serviceApiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(serviceApiKeys.secretHash, await hashSecret(secret)), isNull(serviceApiKeys.revokedAt)))
    .returning({ merchantId: serviceApiKeys.merchantId });
  return row?.merchantId ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// Settings

export async function settingsOf(db: Db, merchantId: string) {
  const [row] = await db.select({ timeZone: merchants.timeZone }).from(merchants).where(eq(merchants.id, merchantId));
  return row ?? null;
}

/** Whether the database knows the zone by that name (what its `at time zone` will read). */
export async function databaseKnowsZone(db: Db, tz: string) {
  const [row] = await rowsOf<{ known: boolean }>(db, sql`select exists (select 1 from pg_timezone_names where name = ${tz}) as known`);
  return row?.known === true;
}

/**
 * Sets the operator's own merchant's time zone (the query names the merchant: another's cannot be reached), audited
 * with before and after. The rollups are per UTC hour, so every figure, heat-map cell and day follows at once;
 * tiers of weeks already evaluated keep the figures they were judged on.
 */
export async function saveSettings(db: Db, merchantId: string, user: SessionUser, timeZone: string, now: Date) {
  return db.transaction(async (tx) => {
    const d = tx as unknown as Db;
    await d.execute(sql`select pg_advisory_xact_lock(hashtext(${`service:${merchantId}`}))`);
    const [before] = await tx.select({ timeZone: merchants.timeZone }).from(merchants).where(eq(merchants.id, merchantId)).for('update');
    if (!before) return null;
    if (before.timeZone === timeZone) return before;
    const [after] = await tx.update(merchants).set({ timeZone }).where(eq(merchants.id, merchantId)).returning({ timeZone: merchants.timeZone });
    // Local days move with the zone: the daily histograms are summed again from the hourly ones.
    await d.execute(sql`delete from service_response_daily where merchant_id = ${merchantId}`);
    await d.execute(sql`
      insert into service_response_daily (merchant_id, day, bucket_ms, answered)
      select merchant_id, (hour_start at time zone ${timeZone})::date, bucket_ms, sum(answered)::int
      from service_response_hourly where merchant_id = ${merchantId} group by 1, 2, 3`);
    await writeAudit(tx as unknown as Db, {
      entityType: 'merchant',
      entityId: merchantId,
      action: 'service_settings',
      actorId: user.id,
      actorRole: user.role,
      before,
      after: after!,
      at: now,
    });
    return after!;
  });
}
