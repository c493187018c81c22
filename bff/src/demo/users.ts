import { type Role, type Vertical, VERTICALS } from '@console/shared';
import { DEMO_MERCHANT_NAMES, merchantId } from './merchants';

/** Every demo user signs in with this password. */
export const DEMO_PASSWORD = 'demo1234';

/** A demo user without credentials (the bff hashes DEMO_PASSWORD, the mocks compare it). */
export interface DemoUser {
  id: string;
  username: string;
  displayName: string;
  /** The name an English-speaking colleague reads. */
  displayNameEn: string;
  role: Role;
  merchantId: string | null;
  verticals: Vertical[];
}

/** An operator per vertical (of `m_<vertical>_01`), two managers, an admin. */
export function demoUsers(): DemoUser[] {
  return [
    ...VERTICALS.map(
      (v): DemoUser => ({
        id: `u_op_${v}`,
        username: `op.${v}`,
        displayName: `${DEMO_MERCHANT_NAMES[v][0]} 运营`,
        displayNameEn: `Operator, ${DEMO_MERCHANT_NAMES[v][0]}`,
        role: 'operator',
        merchantId: merchantId(v, 1),
        verticals: [],
      }),
    ),
    { id: 'u_mgr_fashion', username: 'mgr.fashion', displayName: '林小二 (服饰/美妆)', displayNameEn: 'Lin Xiaoer (Apparel/Beauty)', role: 'manager', merchantId: null, verticals: ['apparel', 'beauty'] },
    { id: 'u_mgr_tech', username: 'mgr.tech', displayName: '周小二 (3C/快消/家居)', displayNameEn: 'Zhou Xiaoer (Electronics/FMCG/Home)', role: 'manager', merchantId: null, verticals: ['electronics', 'fmcg', 'home'] },
    { id: 'u_admin', username: 'admin', displayName: '平台管理员', displayNameEn: 'Platform admin', role: 'admin', merchantId: null, verticals: [] },
  ];
}

export interface DemoLogin {
  username: string;
  role: Role;
  note: string;
}

/** The sign-ins to print for a demo. */
export const DEMO_LOGINS: DemoLogin[] = [
  ...VERTICALS.map((v) => ({ username: `op.${v}`, role: 'operator' as const, note: `${DEMO_MERCHANT_NAMES[v][0]} (${v})` })),
  { username: 'mgr.fashion', role: 'manager', note: 'apparel, beauty' },
  { username: 'mgr.tech', role: 'manager', note: 'electronics, fmcg, home' },
  { username: 'admin', role: 'admin', note: 'platform admin' },
];
