import { desc, sql } from 'drizzle-orm';
import { auditLog } from '../../src/audit/table';
import type { BenchContext, BenchRow } from '../lib';
import { measure } from '../lib';

const AUDIT_ROWS = Number(process.env.BENCH_AUDIT_ROWS ?? 1_000_000);

/**
 * The audit search over 1,000,000 rows (one INSERT … SELECT generate_series): newest first, a page deep in the
 * keyset, each filter alone, a record's trail and the CSV export (10,000 rows).
 */
export default async function audit(ctx: BenchContext): Promise<BenchRow[]> {
  const db = ctx.database.db;
  const t0 = performance.now();
  // A row every 30 s going back ~1 year; 500 actors (every 10th row the system), 100,000 records of five types.
  await db.execute(sql`
    insert into ${auditLog} (entity_type, entity_id, action, from_state, to_state, actor_id, actor_role, before, after, at)
    select (array['application','perk_version','calendar_window','merchant','user'])[1 + i % 5],
           'rec_' || (i % 100000),
           (array['create','edit','submit','claim','approve','reject','request_changes','withdraw'])[1 + (i * 7) % 8],
           'submitted', 'approved',
           case when i % 10 = 0 then null when i % 97 = 0 then 'u_bench_mgr' else 'u_bench_' || (i % 500) end,
           case when i % 10 = 0 then null else 'operator' end,
           jsonb_build_object('version', i % 7), jsonb_build_object('version', i % 7 + 1, 'title', 'Bench ' || i),
           now() - i * interval '30 seconds'
    from generate_series(1, ${AUDIT_ROWS}) as i`);
  await db.execute(sql`analyze ${auditLog}`);
  console.log(`  audit: ${AUDIT_ROWS.toLocaleString('en')} audit rows inserted in ${((performance.now() - t0) / 1000).toFixed(2)} s`);

  const admin = (await ctx.callerFor(ctx.world.users.admin)).caller;
  const n = ctx.iterations;
  const page = async (input: Parameters<typeof admin.audit.search>[0]) => (await admin.audit.search(input)).items.length;
  // A cursor half-way down (row 500,000 of the newest-first order): keyset paging makes it cost what page 1 does.
  const [mid] = await db
    .select({ at: sql<string>`${auditLog.at}::text`, id: auditLog.id })
    .from(auditLog)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .offset(Math.floor(AUDIT_ROWS / 2))
    .limit(1);
  const deep = mid ? `${mid.at}|${mid.id}` : undefined;
  const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString();
  const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();
  return [
    await measure('audit.search', 'newest first, page 1 (50)', n, () => page({ pageSize: 50 })),
    await measure('audit.search', 'page at row 500,000 (keyset)', n, () => page({ pageSize: 50, cursor: deep })),
    await measure('audit.search', 'one actor', n, () => page({ pageSize: 50, filters: { actorId: 'u_bench_42' } })),
    await measure('audit.search', 'system only', n, () => page({ pageSize: 50, filters: { actorId: 'system' } })),
    await measure('audit.search', 'one record (type + id)', n, () => page({ pageSize: 50, filters: { entityType: 'merchant', entityId: 'rec_12348' } })),
    await measure('audit.search', 'action=approve, last 7 days', n, () => page({ pageSize: 50, filters: { action: 'approve', from: weekAgo } })),
    // u_bench_42's rows (i = 42 + 500k) are submits and requests for changes only (never edits: that measured 0 rows).
    await measure('audit.search', 'actor + action + 30 days', n, () => page({ pageSize: 50, filters: { actorId: 'u_bench_42', action: 'submit', from: monthAgo } })),
    await measure('audit.trail', 'one record, oldest first', n, () => admin.audit.trail({ entityType: 'merchant', entityId: 'rec_12348' }).then((r) => r.length)),
    await measure('audit.export', 'CSV, newest 10,000 rows', Math.max(5, Math.floor(n / 20)), async () => (await admin.audit.export({})).rows),
  ];
}
