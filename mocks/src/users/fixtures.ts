import { type User, type Vertical, VERTICALS } from '@console/shared';
import { DEMO_MERCHANT_NAMES, merchantId } from '../merchants/fixtures';

/** Every demo user signs in with this password, as in the bff's seed. */
export const DEMO_PASSWORD = 'demo1234';

/** A user as the mock store keeps it: the public fields plus the password to check at sign-in. */
export interface MockUser extends Omit<User, 'merchantName'> {
  password: string;
}

/** The seed writes every user in one statement, so they share one creation time. */
const SEEDED_AT = '2024-03-01T00:00:00.000Z';

/** The demo users of `bff/src/db/seed.ts`: an operator per vertical (of `m_<vertical>_01`), two managers, an admin. */
export function createUsers(): MockUser[] {
  const base = { password: DEMO_PASSWORD, createdAt: SEEDED_AT };
  return [
    ...VERTICALS.map(
      (v): MockUser => ({
        ...base,
        id: `u_op_${v}`,
        username: `op.${v}`,
        displayName: `${DEMO_MERCHANT_NAMES[v][0]} 运营`,
        role: 'operator',
        merchantId: merchantId(v, 1),
        verticals: [],
      }),
    ),
    {
      ...base,
      id: 'u_mgr_fashion',
      username: 'mgr.fashion',
      displayName: '林小二 (服饰/美妆)',
      role: 'manager',
      merchantId: null,
      verticals: ['apparel', 'beauty'] satisfies Vertical[],
    },
    {
      ...base,
      id: 'u_mgr_tech',
      username: 'mgr.tech',
      displayName: '周小二 (3C/快消/家居)',
      role: 'manager',
      merchantId: null,
      verticals: ['electronics', 'fmcg', 'home'] satisfies Vertical[],
    },
    { ...base, id: 'u_admin', username: 'admin', displayName: '平台管理员', role: 'admin', merchantId: null, verticals: [] },
  ];
}
