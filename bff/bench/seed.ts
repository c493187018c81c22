import { VERTICALS, type Vertical } from '@console/shared';
import { getTableColumns, sql } from 'drizzle-orm';
import { users } from '../src/auth/table';
import type { Db } from '../src/db/client';
import { seededRandom } from '../src/db/seed';
import { merchants } from '../src/merchants/table';

export interface BenchWorld {
  merchantCount: number;
  /** A handful of merchant ids per vertical, for cases that need real ids. */
  sampleMerchantIds: Record<Vertical, string[]>;
  users: { managerAll: { id: string }; admin: { id: string }; operator: { id: string } };
}

const BRANDS = ['云裳', '北纬', '织梦', '简行', '花间', '素颜', '兰亭', '极光', '声海', '智家', '星链', '山野', '晨露', '茶语', '木语', '暖居', '拾光', '禾木', '青黛', '光年'];
const KINDS: Record<Vertical, string[]> = {
  apparel: ['服饰', '女装', '男装', '童装', '潮牌'],
  beauty: ['美妆', '护肤', '香氛', '彩妆'],
  electronics: ['数码', '电器', '音频', '手机', '相机'],
  fmcg: ['零食', '乳业', '茗茶', '粮油', '生鲜'],
  home: ['家居', '床品', '收纳', '灯饰', '厨具'],
};
const SHOPS = ['旗舰店', '官方店', '专营店', '专卖店'];
const TIERS = ['gold', 'silver', 'silver', 'standard', 'standard', 'standard', 'below'] as const;

/** Inserts `count` merchants spread over the verticals in chunks (one statement per chunk), plus the bench's users. */
export async function seedBenchWorld(db: Db, count: number): Promise<BenchWorld> {
  const rand = seededRandom(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const base = Date.UTC(2019, 0, 1);
  const sample = Object.fromEntries(VERTICALS.map((v) => [v, [] as string[]])) as Record<Vertical, string[]>;
  const rows: (typeof merchants.$inferInsert)[] = [];
  for (let i = 0; i < count; i++) {
    const vertical = VERTICALS[i % VERTICALS.length]!;
    const id = `m_${vertical}_${String(Math.floor(i / VERTICALS.length) + 1).padStart(5, '0')}`;
    if (sample[vertical].length < 10) sample[vertical].push(id);
    const strong = rand() < 0.3;
    const dsr = () => (strong ? 465 + Math.floor(rand() * 35) : 400 + Math.floor(rand() * 100));
    rows.push({
      id,
      name: `${pick(BRANDS)}${pick(KINDS[vertical])}${pick(SHOPS)} ${i + 1}`,
      vertical,
      dsrDescription: dsr(),
      dsrService: dsr(),
      dsrLogistics: dsr(),
      violationPoints: Math.floor(rand() * rand() * 24),
      crossBorder: rand() < 0.15,
      serviceTier: pick(TIERS),
      membersT1: Math.floor(rand() * 200_000),
      membersT2: Math.floor(rand() * 20_000),
      membersT3: Math.floor(rand() * 2_000),
      createdAt: new Date(base + Math.floor(rand() * 2500) * 86_400_000),
      // jsonb_populate_recordset leaves an absent key null, not the column default.
      timeZone: 'Asia/Shanghai',
    });
  }
  // One JSON parameter per chunk instead of 13 bind parameters per row: PGlite parses that far faster.
  const columns = getTableColumns(merchants);
  for (let i = 0; i < rows.length; i += 2500) {
    const chunk = rows.slice(i, i + 2500).map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [columns[key as keyof typeof columns].name, value instanceof Date ? value.toISOString() : value])),
    );
    await db.execute(sql`insert into ${merchants} select * from jsonb_populate_recordset(null::${merchants}, ${JSON.stringify(chunk)}::jsonb)`);
  }
  // Bench users never sign in with a password (callers get sessions directly), so no hash is computed.
  const passwordHash = '!';
  await db.insert(users).values([
    { id: 'u_bench_mgr', username: 'bench.manager', displayName: 'Bench manager', passwordHash, role: 'manager', verticals: [...VERTICALS] },
    { id: 'u_bench_admin', username: 'bench.admin', displayName: 'Bench admin', passwordHash, role: 'admin' },
    { id: 'u_bench_op', username: 'bench.operator', displayName: 'Bench operator', passwordHash, role: 'operator', merchantId: sample.apparel[0]! },
  ]);
  return {
    merchantCount: count,
    sampleMerchantIds: sample,
    users: { managerAll: { id: 'u_bench_mgr' }, admin: { id: 'u_bench_admin' }, operator: { id: 'u_bench_op' } },
  };
}
