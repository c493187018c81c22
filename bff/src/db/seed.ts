import { count } from 'drizzle-orm';
import { hashPassword } from '../auth/password';
import { users } from '../auth/table';
import { seedCalendar } from '../calendar/seed';
import { seedCampaigns } from '../campaigns/seed';
import { seedLaunches } from '../launches/seed';
import { merchants } from '../merchants/table';
import { seedProgrammes } from '../perks/seed';
import { seedService } from '../service/seed';
import type { Database, Db } from './client';
import { INELIGIBLE_STANDING } from '../demo/campaigns';
import { demoMerchants } from '../demo/merchants';
import { DEMO_PASSWORD, demoUsers } from '../demo/users';

// The demo world itself is pure data in `../demo/*` (mock mode builds its store from the same modules).
export { seededRandom } from '../demo/random';
export { merchantId } from '../demo/merchants';
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from '../demo/users';

/**
 * Which demo world to seed: `demo`, the full one; `empty`, only the demo users and the merchants the operators
 * work for (mock mode's `?scenario=empty`: every page's empty state, still signed in); `ineligible`, the demo world
 * with the operators' stores below the Brand Day bar (`?scenario=ineligible`); `booked`, the demo world with the
 * first weeks of bookable Brand Days all taken by others (`?scenario=booked`). Later domains add theirs here as
 * data, never as handler code.
 */
export type DemoWorldName = 'demo' | 'empty' | 'ineligible' | 'booked';

export interface SeedOptions {
  /** The moment the world is dated from (launches in review "now", live ones by date); the clock's now by default. */
  now?: Date;
  world?: DemoWorldName;
}

/** Seeds the demo world once; a second run finds users present and leaves everything as it is. */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<{ seeded: boolean }> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const cast = demoUsers();
  const employers = new Set(cast.map((u) => u.merchantId));
  const world = options.world ?? 'demo';
  // Rows carry the seed's clock, not the database's: a world seeded at one moment is the same world everywhere.
  const now = options.now ?? new Date();
  const at = { createdAt: now, updatedAt: now };
  await db.transaction(async (tx) => {
    await tx
      .insert(merchants)
      // A merchant's join date is part of the demo world (it is shown on the store page), not the seed's moment.
      .values(
        demoMerchants()
          .filter((m) => world !== 'empty' || employers.has(m.id))
          .map((m) => (world === 'ineligible' && employers.has(m.id) ? { ...m, ...INELIGIBLE_STANDING } : m)),
      )
      .onConflictDoNothing();
    await tx
      .insert(users)
      .values(cast.map((u) => ({ ...u, passwordHash, ...at })))
      .onConflictDoNothing();
  });
  if (world === 'empty') return { seeded: true };
  // The marketing calendar and launches in every state (each does nothing when its data exists).
  await seedCalendar(db, undefined, now);
  await seedLaunches(db, now);
  await seedCampaigns(db, now, world === 'booked' ? 'booked' : 'demo');
  await seedProgrammes(db, now);
  await seedService(db, now);
  return { seeded: true };
}

/**
 * Whether a start seeds the demo world (whose users share a published password): SEED when it is set, else only
 * on the embedded PGlite. A PostgreSQL database is a real deployment's unless SEED=true says otherwise.
 */
export function shouldSeed(seed: boolean | undefined, kind: Database['kind']): boolean {
  return seed ?? kind === 'pglite';
}
