import type { ServiceEvent } from '@console/shared';
import { sql } from 'drizzle-orm';
import { ingestEvents, insertRollup } from '../../src/service/repo';
import { createUser } from '../../src/test/harness';
import type { BenchContext, BenchRow } from '../lib';
import { measure } from '../lib';

/**
 * Service SLA at scale:
 * - ingest: BENCH_SERVICE_INGEST events (default 1,000,000) through the same write as the endpoint, in batches of
 *   5,000 (upsert + rollup rebuild of the touched hours), reported per batch and as events per second;
 * - the dashboard of one merchant over 90 days (figures, heat map, percentiles, trend, breaches) with
 *   BENCH_SERVICE_EVENTS events in the table (default 10,000,000 on PostgreSQL, 1,000,000 on PGlite), spread over
 *   every merchant of the bench world (…_PGLITE variants of both variables for the PGlite run), written in SQL (generate_series) then rolled up in one statement;
 * - the manager's ranking over every merchant of the world (BENCH_MERCHANTS), evaluated for the last closed week.
 */
const DAY = 86_400_000;

export default async function service(ctx: BenchContext): Promise<BenchRow[]> {
  const db = ctx.database.db;
  const rows: BenchRow[] = [];
  const now = new Date();
  const merchantId = ctx.world.sampleMerchantIds.apparel[0]!;

  // Ingest.
  const pglite = ctx.database.kind === 'pglite';
  const ingestTotal = Number((pglite && process.env.BENCH_SERVICE_INGEST_PGLITE) || process.env.BENCH_SERVICE_INGEST || 1_000_000);
  const batch = 5000;
  let seq = 0;
  const makeBatch = (): ServiceEvent[] =>
    Array.from({ length: batch }, () => {
      const i = seq++;
      const started = now.getTime() - 200 * DAY + (i % (90 * 24 * 60)) * 60_000;
      return {
        conversationId: `bench-${i}`,
        channel: 'chat',
        startedAt: new Date(started).toISOString(),
        firstResponseAt: new Date(started + (i % 90) * 1000).toISOString(),
        resolvedAt: new Date(started + 3_600_000).toISOString(),
        satisfaction: i % 3 === 0 ? 5 : null,
        dispute: i % 500 === 0,
      };
    });
  const ingestMerchant = ctx.world.sampleMerchantIds.beauty[0]!;
  const batches = Math.max(1, Math.round(ingestTotal / batch));
  const t0 = performance.now();
  const ingestRow = await measure('service', `ingest ${batch.toLocaleString('en')} events (upsert + rollup)`, Math.max(1, batches - 5), async () => {
    const r = await ingestEvents(db, ingestMerchant, makeBatch(), now);
    return r.accepted;
  });
  const seconds = (performance.now() - t0) / 1000;
  console.log(`  ${ctx.label}: ingested ${seq.toLocaleString('en')} events in ${seconds.toFixed(1)} s = ${Math.round(seq / seconds).toLocaleString('en')} events/s`);
  rows.push(ingestRow);

  // 10M events across the world (SQL-generated), then one rollup.
  const total = Number((pglite && process.env.BENCH_SERVICE_EVENTS_PGLITE) || process.env.BENCH_SERVICE_EVENTS || (pglite ? 1_000_000 : 10_000_000));
  const g0 = performance.now();
  await db.execute(sql`
    with ids as (select array_agg(id order by id) as a, count(*)::int as n from merchants)
    insert into service_events (merchant_id, conversation_id, channel, started_at, first_response_at, resolved_at, first_response_ms, resolved_ms, satisfaction, dispute)
    select ids.a[1 + (g % ids.n)], 'g' || g, 'chat', ts, ts + (g % 120) * interval '1 second', ts + interval '2 hours', (g % 120) * 1000, 7200000,
      case when g % 3 = 0 then (g % 5) + 1 end, g % 400 = 0
    from ids, generate_series(1, ${total}) g
    cross join lateral (select ${now.toISOString()}::timestamptz - (((g / ids.n) * 433) % (120 * 24 * 60)) * interval '1 minute' - (g % 60) * interval '1 second' as ts) t
    on conflict do nothing`);
  await db.execute(sql`delete from service_hourly`);
  await db.execute(sql`delete from service_response_hourly`);
  await db.execute(sql`delete from service_response_daily`);
  await insertRollup(db, sql`true`);
  await db.execute(sql`analyze`);
  console.log(`  ${ctx.label}: wrote ${total.toLocaleString('en')} events and their rollup in ${((performance.now() - g0) / 1000).toFixed(1)} s`);

  const op = await createUser(db, { role: 'operator', merchantId, username: `bench.service.${Date.now()}` });
  const { caller } = await ctx.callerFor(op);
  const to = new Date(now.getTime() - DAY).toISOString().slice(0, 10);
  const from = new Date(now.getTime() - 90 * DAY).toISOString().slice(0, 10);
  await caller.service.dashboard({ period: { from, to } }); // evaluates the last closed week once, for everybody
  rows.push(await measure('service', 'dashboard, one merchant, 90 days', ctx.iterations, async () => (await caller.service.dashboard({ period: { from, to } })).figures.conversations));
  // The merchant that took the whole ingest: every one of its events falls in one 90-day window.
  const heavy = await createUser(db, { role: 'operator', merchantId: ingestMerchant, username: `bench.service.heavy.${Date.now()}` });
  const heavyCaller = (await ctx.callerFor(heavy)).caller;
  const hFrom = new Date(now.getTime() - 200 * DAY).toISOString().slice(0, 10);
  const hTo = new Date(now.getTime() - 111 * DAY).toISOString().slice(0, 10);
  rows.push(
    await measure('service', `dashboard, 90 days of the merchant with ${seq.toLocaleString('en')} ingested`, Math.min(ctx.iterations, 20), async () =>
      (await heavyCaller.service.dashboard({ period: { from: hFrom, to: hTo } })).figures.conversations,
    ),
  );
  const mgr = await ctx.callerFor(ctx.world.users.managerAll);
  rows.push(await measure('service', `ranking, ${ctx.world.merchantCount.toLocaleString('en')} merchants, tier desc`, ctx.iterations, async () => (await mgr.caller.service.ranking({})).items.length));
  rows.push(
    await measure('service', 'ranking, coverage asc, page 50', ctx.iterations, async () => (await mgr.caller.service.ranking({ page: 50, sort: { field: 'coverage', order: 'asc' } })).items.length),
  );
  return rows;
}
