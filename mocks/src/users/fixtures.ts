import type { User } from '@console/shared';
import { DEMO_PASSWORD, demoUsers } from '@console/bff/demo';

/** Every demo user signs in with this password, as in the bff's seed. */
export { DEMO_PASSWORD };

/** A user as the mock store keeps it: the public fields plus the password to check at sign-in. */
export interface MockUser extends Omit<User, 'merchantName'> {
  password: string;
}

/** The seed writes every user in one statement, so they share one creation time. */
const SEEDED_AT = '2024-03-01T00:00:00.000Z';

/** The demo users of the bff's seed: an operator per vertical (of `m_<vertical>_01`), two managers, an admin. */
export function createUsers(): MockUser[] {
  return demoUsers().map((u) => ({ ...u, password: DEMO_PASSWORD, createdAt: SEEDED_AT }));
}
