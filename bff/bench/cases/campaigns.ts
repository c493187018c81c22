import { addDays, parsePromoSkuCsv, platformDate, type PromoSku, promoSkusToCsv } from '@console/shared';
import { eq, getTableColumns, sql } from 'drizzle-orm';
import { users } from '../../src/auth/table';
import { brandDays } from '../../src/campaigns/table';
import { seededRandom } from '../../src/db/seed';
import { merchants } from '../../src/merchants/table';
import { applications } from '../../src/review/table';
import type { BenchContext, BenchRow } from '../lib';
import { measure } from '../lib';

const BRAND_DAYS = Number(process.env.BENCH_BRAND_DAYS ?? 20_000);
const DAY = 86_400_000;

const asJsonRow = <T extends Record<string, unknown>>(row: T, columns: Record<string, { name: string }>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [columns[k]!.name, v instanceof Date ? v.toISOString() : v]));

/** 20,000 Brand Day applications over the next 12 months: one approved for about a third of the days, the rest waiting or decided. */
async function seedBrandDays(ctx: BenchContext) {
  const db = ctx.database.db;
  const rand = seededRandom(20_000);
  const all = await db.select({ id: merchants.id, vertical: merchants.vertical }).from(merchants);
  const today = platformDate(new Date());
  const approvedDates = new Set<string>();
  const appCols = getTableColumns(applications) as unknown as Record<string, { name: string }>;
  const bdCols = getTableColumns(brandDays) as unknown as Record<string, { name: string }>;
  const now = Date.now();
  for (let start = 0; start < BRAND_DAYS; start += 5000) {
    const apps = [];
    const days = [];
    for (let i = start; i < Math.min(BRAND_DAYS, start + 5000); i++) {
      const m = all[Math.floor(rand() * all.length)]!;
      const date = addDays(today, 30 + Math.floor(rand() * 335));
      const approve = !approvedDates.has(date) && rand() < 0.05;
      if (approve) approvedDates.add(date);
      const state = approve ? 'approved' : (['submitted', 'in_review', 'declined', 'draft', 'withdrawn'] as const)[Math.floor(rand() * 5)]!;
      const id = `bd_bench_${String(i).padStart(6, '0')}`;
      const submittedAt = state === 'draft' ? null : new Date(now - rand() * 20 * DAY);
      apps.push(
        asJsonRow(
          { id, kind: 'brand_day', merchantId: m.id, vertical: m.vertical, state, version: 2, title: `品牌日 ${i}`, submittedAt, submissionCount: submittedAt ? 1 : 0, createdAt: new Date(now - 30 * DAY), updatedAt: new Date(now) },
          appCols,
        ),
      );
      days.push(asJsonRow({ id, merchantId: m.id, date, theme: `品牌日 ${i}`, proposal: '', resources: ['homepage_banner'], heroSkus: [], approved: approve }, bdCols));
    }
    await db.execute(sql`insert into ${applications} select * from jsonb_populate_recordset(null::${applications}, ${JSON.stringify(apps)}::jsonb)`);
    await db.execute(sql`insert into ${brandDays} select * from jsonb_populate_recordset(null::${brandDays}, ${JSON.stringify(days)}::jsonb)`);
  }
  await db.execute(sql`analyze ${brandDays}`);
  await db.execute(sql`analyze ${applications}`);
  return approvedDates.size;
}

/** Brand Day availability for 12 months over 20,000 applications; a 2,000-row promotion CSV import; the queue of campaign kinds. */
export default async function campaigns(ctx: BenchContext): Promise<BenchRow[]> {
  const t0 = performance.now();
  const approved = await seedBrandDays(ctx);
  console.log(`  campaigns: ${BRAND_DAYS.toLocaleString('en')} Brand Day applications (${approved} approved dates) seeded in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  const n = ctx.iterations;
  const [op] = await ctx.database.db.select({ merchantId: users.merchantId }).from(users).where(eq(users.id, ctx.world.users.operator.id));
  if (!op?.merchantId) throw new Error('bench operator has no merchant');
  const operator = (await ctx.callerFor(ctx.world.users.operator)).caller;
  const manager = (await ctx.callerFor(ctx.world.users.managerAll)).caller;
  const today = platformDate(new Date());
  const rows = [
    await measure('campaigns.availability', '12 months, 20,000 applications', n, async () => (await operator.campaigns.availability({ from: today, to: addDays(today, 365) })).days.length),
    await measure('campaigns.availability', 'one month', n, async () => (await operator.campaigns.availability({ from: addDays(today, 30), to: addDays(today, 60) })).days.length),
    await measure('review.queue', 'kind=brand_day+promotion, all verticals', n, async () => (await manager.review.queue({ filters: { kind: ['brand_day', 'promotion'] } })).items.length),
  ];
  const skus: PromoSku[] = Array.from({ length: 2000 }, (_, i) => ({
    code: `D11-BENCH-${String(i).padStart(4, '0')}`,
    name: `轻薄羽绒服, 颜色 ${i % 8} 尺码 ${['S', 'M', 'L', 'XL'][i % 4]}`,
    festivalPrice: 49900 + i,
    referencePrice: 99900 + 2 * i,
    stock: 10 + i,
  }));
  const bytes = new TextEncoder().encode(promoSkusToCsv(skus));
  rows.push(
    await measure('campaigns.csv', `import 2,000 rows store-wide (${(bytes.length / 1024).toFixed(0)} KiB, UTF-8 BOM)`, n, async () => {
      const r = parsePromoSkuCsv(bytes, 'store_wide');
      if (!r.ok) throw new Error('bench CSV did not import');
      return r.rows.length;
    }),
  );
  return rows;
}
