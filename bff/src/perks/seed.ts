import { count } from 'drizzle-orm';
import { users } from '../auth/table';
import type { Db } from '../db/client';
import { demoProgrammes } from '../demo/perks';
import { merchants } from '../merchants/table';
import { perkVersions } from './table';

/** Seeds the demo programmes for the merchants in the database; does nothing when any version exists. */
export async function seedProgrammes(db: Db, now: Date = new Date()): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(perkVersions);
  if ((existing?.n ?? 0) > 0) return 0;
  const rows = demoProgrammes(
    {
      merchants: await db.select({ id: merchants.id, serviceTier: merchants.serviceTier }).from(merchants).orderBy(merchants.id),
      operators: await db.select({ id: users.id, merchantId: users.merchantId }).from(users).orderBy(users.id),
    },
    now,
  );
  if (rows.length) await db.insert(perkVersions).values(rows);
  return rows.length;
}
