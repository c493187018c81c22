import { lastClosedWeekStart } from '@console/shared';
import { asc, count, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { demoServiceEvents } from '../demo/service';
import { merchants } from '../merchants/table';
import { evaluateWeek, eventRow, eventsJson, insertRollup } from './repo';
import { serviceEvents } from './table';

/** Demo weeks evaluated at seed, oldest first, so merchants have a tier history (and the slipped one its drop). */
export const SEEDED_WEEKS = 4;

/**
 * Five weeks of believable service conversations per merchant (see `demo/service.ts`), their hourly rollup in one
 * SQL statement and the tiers of the last closed weeks. Does nothing when events exist.
 */
export async function seedService(db: Db, now: Date = new Date()): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(serviceEvents);
  if ((existing?.n ?? 0) > 0) return 0;
  const all = await db.select({ id: merchants.id, vertical: merchants.vertical }).from(merchants).orderBy(asc(merchants.vertical), asc(merchants.id));
  const seen = new Map<string, number>();
  let total = 0;
  await db.transaction(async (tx) => {
    for (const m of all) {
      const index = seen.get(m.vertical) ?? 0;
      seen.set(m.vertical, index + 1);
      const rows = demoServiceEvents({ id: m.id, index }, now).map((e) => eventRow(m.id, e, now));
      // One JSON parameter per merchant: several times faster than bound rows on PGlite (npm start stays quick).
      await tx.execute(sql`insert into service_events select * from jsonb_populate_recordset(null::service_events, ${eventsJson(rows)}::jsonb)`);
      total += rows.length;
    }
    await insertRollup(tx as unknown as Db, sql`true`);
  });
  const last = lastClosedWeekStart(now);
  for (let w = SEEDED_WEEKS - 1; w >= 0; w--) {
    const week = new Date(Date.parse(`${last}T00:00:00Z`) - w * 7 * 86_400_000).toISOString().slice(0, 10);
    await evaluateWeek(db, week, now);
  }
  return total;
}
