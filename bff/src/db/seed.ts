import type { Vertical } from '@console/shared';
import { count } from 'drizzle-orm';
import { users } from '../auth/table';
import { hashPassword } from '../auth/password';
import { merchants } from '../merchants/table';
import { seedCalendar } from '../calendar/seed';
import { seedLaunches } from '../launches/seed';
import type { Db } from './client';

export const DEMO_PASSWORD = 'demo1234';

/** Believable merchants per vertical; ids are stable so that demos and e2e specs can name them. */
const DEMO_MERCHANTS: Record<Vertical, string[]> = {
  apparel: ['云裳服饰旗舰店', '北纬潮牌官方店', '织梦女装', '简行男装', '童趣童装'],
  beauty: ['花间美妆旗舰店', '素颜护肤官方店', '兰亭香氛', '青黛彩妆', '水光研究所'],
  electronics: ['极光数码旗舰店', '声海音频', '智家电器官方店', '星链手机', '光年相机'],
  fmcg: ['山野零食铺', '晨露乳业旗舰店', '茶语茗茶', '鲜果时光', '谷仓粮油'],
  home: ['木语家居旗舰店', '暖居床品', '方寸收纳', '拾光灯饰', '禾木厨具'],
};

export interface DemoLogin {
  username: string;
  role: 'operator' | 'manager' | 'admin';
  note: string;
}

export const DEMO_LOGINS: DemoLogin[] = [
  ...(Object.keys(DEMO_MERCHANTS) as Vertical[]).map((v) => ({
    username: `op.${v}`,
    role: 'operator' as const,
    note: `${DEMO_MERCHANTS[v][0]} (${v})`,
  })),
  { username: 'mgr.fashion', role: 'manager', note: 'apparel, beauty' },
  { username: 'mgr.tech', role: 'manager', note: 'electronics, fmcg, home' },
  { username: 'admin', role: 'admin', note: 'platform admin' },
];

/** Deterministic pseudo-random numbers, so a seed looks the same on every machine. */
export function seededRandom(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function merchantId(vertical: Vertical, n: number) {
  return `m_${vertical}_${String(n).padStart(2, '0')}`;
}

/** Seeds the demo world once; a second run finds users present and leaves everything as it is. */
export async function seedDemo(db: Db): Promise<{ seeded: boolean }> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return { seeded: false };
  const rand = seededRandom(11);
  const base = new Date('2024-03-01T00:00:00Z').getTime();
  const merchantRows = (Object.entries(DEMO_MERCHANTS) as [Vertical, string[]][]).flatMap(([vertical, names]) =>
    names.map((name, i) => {
      const strong = i < 2; // the first two of each vertical meet Brand Day's bar, the rest vary
      const dsr = () => (strong ? 470 + Math.floor(rand() * 30) : 440 + Math.floor(rand() * 60));
      return {
        id: merchantId(vertical, i + 1),
        name,
        vertical,
        dsrDescription: dsr(),
        dsrService: dsr(),
        dsrLogistics: dsr(),
        violationPoints: strong ? Math.floor(rand() * 4) : Math.floor(rand() * 16),
        crossBorder: i === 1 || i === 3,
        serviceTier: (strong ? (i === 0 ? 'gold' : 'silver') : (['standard', 'below', 'silver'] as const)[i % 3]) as
          | 'gold'
          | 'silver'
          | 'standard'
          | 'below',
        membersT1: 20_000 + Math.floor(rand() * 80_000),
        membersT2: 2_000 + Math.floor(rand() * 8_000),
        membersT3: 100 + Math.floor(rand() * 900),
        createdAt: new Date(base + Math.floor(rand() * 400) * 86_400_000),
      };
    }),
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.insert(merchants).values(merchantRows).onConflictDoNothing();
    await tx
      .insert(users)
      .values([
        ...(Object.keys(DEMO_MERCHANTS) as Vertical[]).map((v) => ({
          id: `u_op_${v}`,
          username: `op.${v}`,
          displayName: `${DEMO_MERCHANTS[v][0]} 运营`,
          passwordHash,
          role: 'operator' as const,
          merchantId: merchantId(v, 1),
        })),
        { id: 'u_mgr_fashion', username: 'mgr.fashion', displayName: '林小二 (服饰/美妆)', passwordHash, role: 'manager' as const, verticals: ['apparel', 'beauty'] },
        { id: 'u_mgr_tech', username: 'mgr.tech', displayName: '周小二 (3C/快消/家居)', passwordHash, role: 'manager' as const, verticals: ['electronics', 'fmcg', 'home'] },
        { id: 'u_admin', username: 'admin', displayName: '平台管理员', passwordHash, role: 'admin' as const },
      ])
      .onConflictDoNothing();
  });
  // The marketing calendar and launches in every state (each does nothing when its data exists).
  await seedCalendar(db);
  await seedLaunches(db);
  return { seeded: true };
}
