import { parseSkuCsv, type Sku, skusToCsv } from '@console/shared';
import { getTableColumns, sql } from 'drizzle-orm';
import { users } from '../../src/auth/table';
import { seededRandom } from '../../src/db/seed';
import { merchants } from '../../src/merchants/table';
import { applications } from '../../src/review/table';
import type { BenchContext, BenchRow } from '../lib';
import { measure } from '../lib';

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 100_000);
const DAY = 86_400_000;

/** States as a busy season leaves them: most decided, a fifth waiting for a manager. */
const STATE_MIX: [(typeof applications.$inferInsert)['state'], number][] = [
  ['draft', 0.08],
  ['submitted', 0.14],
  ['in_review', 0.06],
  ['changes_requested', 0.06],
  ['rejected', 0.08],
  ['withdrawn', 0.04],
  ['scheduled', 0.2],
  ['live', 0.1],
  ['ended', 0.24],
];

async function seedApplications(ctx: BenchContext) {
  const db = ctx.database.db;
  const rand = seededRandom(100_000);
  const all = await db.select({ id: merchants.id, vertical: merchants.vertical }).from(merchants);
  const now = Date.now();
  const columns = getTableColumns(applications);
  const pickState = () => {
    let r = rand();
    for (const [s, p] of STATE_MIX) if ((r -= p) < 0) return s;
    return 'ended' as const;
  };
  for (let start = 0; start < APPLICATIONS; start += 5000) {
    const chunk = [];
    for (let i = start; i < Math.min(APPLICATIONS, start + 5000); i++) {
      const m = all[Math.floor(rand() * all.length)]!;
      const state = pickState();
      const pending = state === 'submitted' || state === 'in_review';
      const submittedAt = state === 'draft' ? null : new Date(now - (pending ? rand() * 15 : 15 + rand() * 200) * DAY);
      const row: typeof applications.$inferInsert = {
        id: `ap_bench_${String(i).padStart(6, '0')}`,
        kind: rand() < 0.6 ? 'launch' : rand() < 0.6 ? 'brand_day' : 'promotion',
        merchantId: m.id,
        vertical: m.vertical,
        state,
        version: 1 + Math.floor(rand() * 6),
        title: `Bench application ${i}`,
        submittedAt,
        submissionCount: submittedAt ? 1 + Math.floor(rand() * 2) : 0,
        claimedBy: state === 'in_review' ? 'u_bench_mgr' : null,
        createdAt: new Date((submittedAt?.getTime() ?? now) - DAY),
        updatedAt: new Date(submittedAt?.getTime() ?? now),
      };
      chunk.push(
        Object.fromEntries(Object.entries(row).map(([k, v]) => [columns[k as keyof typeof columns].name, v instanceof Date ? v.toISOString() : v])),
      );
    }
    await db.execute(sql`insert into ${applications} select * from jsonb_populate_recordset(null::${applications}, ${JSON.stringify(chunk)}::jsonb)`);
  }
  await db
    .insert(users)
    .values({ id: 'u_bench_mgr_fashion', username: 'bench.mgr.fashion', displayName: 'Bench fashion manager', passwordHash: '!', role: 'manager', verticals: ['apparel', 'beauty'] })
    .onConflictDoNothing();
  // Vacuumed as autovacuum (PostgreSQL) or the console's maintenance (PGlite) would after a bulk load (see run.ts).
  await db.execute(sql`vacuum (analyze) ${applications}`);
}

/** The review queue over 100,000 applications, and the SKU CSV import of a 500-row file. */
export default async function reviewQueue(ctx: BenchContext): Promise<BenchRow[]> {
  const t0 = performance.now();
  await seedApplications(ctx);
  console.log(`  review-queue: ${APPLICATIONS.toLocaleString('en')} applications seeded in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  const n = ctx.iterations;
  const fashion = (await ctx.callerFor({ id: 'u_bench_mgr_fashion' })).caller;
  const everyone = (await ctx.callerFor(ctx.world.users.managerAll)).caller;
  type QueueInput = Parameters<typeof fashion.review.queue>[0];
  const q = (c: typeof fashion) => async (input: QueueInput) => (await c.review.queue(input)).items.length;
  const qf = q(fashion);
  const qa = q(everyone);
  const merchant = ctx.world.sampleMerchantIds.beauty[0]!;
  const rows = [
    await measure('review.queue', 'pending, 2 verticals, oldest first', n, () => qf({})),
    await measure('review.queue', 'pending, all 5 verticals', n, () => qa({})),
    await measure('review.queue', 'overdue only, 2 verticals', n, () => qf({ filters: { overdue: true } })),
    await measure('review.queue', 'kind=launch, last 7 days', n, () =>
      qf({ filters: { kind: ['launch'], submittedFrom: new Date(Date.now() - 7 * 86_400_000).toISOString() } }),
    ),
    await measure('review.queue', 'one merchant, any decided state', n, () =>
      qf({ filters: { merchantId: merchant, state: ['approved', 'rejected', 'scheduled', 'live', 'ended', 'changes_requested'] } }),
    ),
    await measure('review.queue', 'decided states, page 50, 2 verticals', n, () =>
      qf({ page: 50, filters: { state: ['scheduled', 'live', 'ended'] } }),
    ),
    await measure('review.queue', 'claimed by me (all verticals)', n, () => qa({ filters: { claimedByMe: true } })),
  ];

  const skus: Sku[] = Array.from({ length: 500 }, (_, i) => ({
    code: `AW27-BENCH-${String(i).padStart(4, '0')}`,
    name: `羊绒针织衫, 颜色 ${i % 8} 尺码 ${['S', 'M', 'L', 'XL'][i % 4]}`,
    listPrice: 129900 + i * 100,
    launchPrice: 109900 + i * 100,
    stock: 10 + i,
    imageUrl: `https://img.example.com/aw27/${i}.jpg`,
  }));
  const bytes = new TextEncoder().encode(skusToCsv(skus));
  rows.push(
    await measure('launches.csv', `import 500 rows (${(bytes.length / 1024).toFixed(0)} KiB, UTF-8 BOM)`, n, async () => {
      const r = parseSkuCsv(bytes);
      if (!r.ok) throw new Error('bench CSV did not import');
      return r.skus.length;
    }),
  );
  return rows;
}
