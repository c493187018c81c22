import { count } from 'drizzle-orm';
import { hashPassword } from '../auth/password';
import { users } from '../auth/table';
import { seedCalendar } from '../calendar/seed';
import { seedLaunches } from '../launches/seed';
import { merchants } from '../merchants/table';
import { seedProgrammes } from '../perks/seed';
import { seedService } from '../service/seed';
import type { Database, Db } from './client';
import { demoMerchants } from '../demo/merchants';
import { DEMO_PASSWORD, demoUsers } from '../demo/users';

// The demo world itself is pure data in `../demo/*` (mock mode builds its store from the same modules).
export { seededRandom } from '../demo/random';
export { merchantId } from '../demo/merchants';
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from '../demo/users';

/** Seeds the demo world once; a second run finds users present and leaves everything as it is. */
export async function seedDemo(db: Db): Promise<{ seeded: boolean }> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx.insert(merchants).values(demoMerchants()).onConflictDoNothing();
    await tx
      .insert(users)
      .values(demoUsers().map((u) => ({ ...u, passwordHash })))
      .onConflictDoNothing();
  });
  // The marketing calendar and launches in every state (each does nothing when its data exists).
  await seedCalendar(db);
  await seedLaunches(db);
  await seedProgrammes(db);
  await seedService(db);
  return { seeded: true };
}

/**
 * Whether a start seeds the demo world (whose users share a published password): SEED when it is set, else only
 * on the embedded PGlite. A PostgreSQL database is a real deployment's unless SEED=true says otherwise.
 */
export function shouldSeed(seed: boolean | undefined, kind: Database['kind']): boolean {
  return seed ?? kind === 'pglite';
}
