import { type ServiceTier, type Vertical, VERTICALS } from '@console/shared';
import { seededRandom } from './random';

/** Believable merchants per vertical; ids are stable so that demos and e2e specs can name them. */
export const DEMO_MERCHANT_NAMES: Record<Vertical, readonly string[]> = {
  apparel: ['云裳服饰旗舰店', '北纬潮牌官方店', '织梦女装', '简行男装', '童趣童装'],
  beauty: ['花间美妆旗舰店', '素颜护肤官方店', '兰亭香氛', '青黛彩妆', '水光研究所'],
  electronics: ['极光数码旗舰店', '声海音频', '智家电器官方店', '星链手机', '光年相机'],
  fmcg: ['山野零食铺', '晨露乳业旗舰店', '茶语茗茶', '鲜果时光', '谷仓粮油'],
  home: ['木语家居旗舰店', '暖居床品', '方寸收纳', '拾光灯饰', '禾木厨具'],
};

export function merchantId(vertical: Vertical, n: number) {
  return `m_${vertical}_${String(n).padStart(2, '0')}`;
}

/** A demo merchant as storage keeps it: DSR scores in hundredths (470 = 4.70). */
export interface DemoMerchant {
  id: string;
  name: string;
  vertical: Vertical;
  dsrDescription: number;
  dsrService: number;
  dsrLogistics: number;
  violationPoints: number;
  crossBorder: boolean;
  serviceTier: ServiceTier;
  membersT1: number;
  membersT2: number;
  membersT3: number;
  createdAt: Date;
}

/** The 25 demo merchants, 5 per vertical, with figures from a fixed random sequence. */
export function demoMerchants(): DemoMerchant[] {
  const rand = seededRandom(11);
  const base = new Date('2024-03-01T00:00:00Z').getTime();
  return VERTICALS.flatMap((vertical) =>
    DEMO_MERCHANT_NAMES[vertical].map((name, i): DemoMerchant => {
      const strong = i < 2; // the first two of each vertical meet Brand Day's bar, the rest vary
      const dsr = () => (strong ? 470 + Math.floor(rand() * 30) : 440 + Math.floor(rand() * 60));
      // Statement order decides which random number feeds which figure.
      const dsrDescription = dsr();
      const dsrService = dsr();
      const dsrLogistics = dsr();
      const violationPoints = strong ? Math.floor(rand() * 4) : Math.floor(rand() * 16);
      const serviceTier: ServiceTier = strong ? (i === 0 ? 'gold' : 'silver') : (['standard', 'below', 'silver'] as const)[i % 3]!;
      const membersT1 = 20_000 + Math.floor(rand() * 80_000);
      const membersT2 = 2_000 + Math.floor(rand() * 8_000);
      const membersT3 = 100 + Math.floor(rand() * 900);
      const createdAt = new Date(base + Math.floor(rand() * 400) * 86_400_000);
      return {
        id: merchantId(vertical, i + 1),
        name,
        vertical,
        dsrDescription,
        dsrService,
        dsrLogistics,
        violationPoints,
        crossBorder: i === 1 || i === 3,
        serviceTier,
        membersT1,
        membersT2,
        membersT3,
        createdAt,
      };
    }),
  );
}
