import { VERTICALS } from '@console/shared';
import { sql } from 'drizzle-orm';
import { seedCalendar } from '../../src/calendar/seed';
import { applications } from '../../src/review/table';
import type { BenchContext, BenchRow } from '../lib';
import { measure } from '../lib';

const HOME_APPLICATIONS = Number(process.env.BENCH_HOME_APPLICATIONS ?? 50_000);

/**
 * The three home pages on the bench world (10,000 merchants; with the audit case's 1,000,000 audit rows when it
 * ran first): the calendar, 50,000 applications over every merchant (the operator's own merchant among them) and
 * weekly evaluations as the service case leaves them. Each home is one procedure: its few reads run side by side.
 */
export default async function home(ctx: BenchContext): Promise<BenchRow[]> {
  const db = ctx.database.db;
  await seedCalendar(db);
  const opMerchant = ctx.world.sampleMerchantIds.apparel[0]!;
  // Applications as a season leaves them, spread over every merchant; the operator's merchant has a few dozen.
  const t0 = performance.now();
  // Each merchant numbered once (a hash join on its number): a `lateral … offset k limit 1` per application walked
  // k index entries each time, 50,000 × ~5,000 on PostgreSQL (its seed took minutes); this is one pass over each.
  await db.execute(sql`
    with m as (select id, vertical, row_number() over (order by id) - 1 as n from merchants)
    insert into ${applications} (id, kind, merchant_id, vertical, state, version, title, submitted_at, submission_count, claimed_by, created_at, updated_at)
    select 'ap_home_' || i, 'launch',
           case when i % 1000 = 0 then ${opMerchant} else m.id end,
           case when i % 1000 = 0 then 'apparel' else m.vertical end,
           (array['draft','submitted','in_review','changes_requested','approved','rejected','scheduled','live','ended'])[1 + i % 9],
           1, 'Home bench ' || i,
           case when i % 9 = 0 then null else now() - (i % 40) * interval '1 day' end, 1,
           case when i % 9 = 2 then 'u_bench_mgr' else null end,
           now() - (i % 40) * interval '1 day', now() - (i % 40) * interval '1 day'
    from generate_series(1, ${HOME_APPLICATIONS}) as i
    join m on m.n = (i::bigint * 7919) % ${ctx.world.merchantCount}
    on conflict do nothing`);
  await db.execute(sql`analyze ${applications}`);
  console.log(`  home: ${HOME_APPLICATIONS.toLocaleString('en')} applications inserted in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  const n = ctx.iterations;
  const op = (await ctx.callerFor(ctx.world.users.operator)).caller;
  const mgr = (await ctx.callerFor(ctx.world.users.managerAll)).caller;
  const admin = (await ctx.callerFor(ctx.world.users.admin)).caller;
  return [
    await measure('home.operator', `calendar, applications, tier, programme (${VERTICALS.length} verticals world)`, n, async () => {
      const h = await op.home.operator();
      return h.calendar.length + h.byState.reduce((s, x) => s + x.count, 0);
    }),
    await measure('home.operator', 'unread notifications card (list + count)', n, async () => {
      const [l, c] = await Promise.all([op.notifications.list({ page: 1, pageSize: 5, unreadOnly: true }), op.notifications.unreadCount()]);
      return l.items.length + c.count;
    }),
    await measure('home.manager', 'queue by state, tiers, 7-day decisions (all 5 verticals)', n, async () => {
      const h = await mgr.home.manager();
      return h.queue.byState.length + h.tiers.length + h.decisions.recent.length;
    }),
    await measure('home.admin', 'next windows, users by role, recent audit', n, async () => {
      const h = await admin.home.admin();
      return h.windows.length + h.usersByRole.length + h.recentAudit.length;
    }),
  ];
}
