import { count, inArray } from 'drizzle-orm';
import { auditLog } from '../audit/table';
import { users } from '../auth/table';
import type { Db } from '../db/client';
import { demoLaunches } from '../demo/launches';
import { merchants } from '../merchants/table';
import { notifications } from '../notifications/table';
import { applications, applicationVersions } from '../review/table';
import { advanceLaunchesByDate, contentColumns } from './repo';
import { launches } from './table';

/**
 * Seasonal launches for the merchants and users in the database, in every state, with their history (see
 * `demo/launches.ts`, which mock mode replays too). Approved ones then move by date. Does nothing when
 * launches exist.
 */
export async function seedLaunches(db: Db, now: Date = new Date()): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(applications);
  if ((existing?.n ?? 0) > 0) return 0;
  const cast = {
    merchants: await db.select({ id: merchants.id, vertical: merchants.vertical }).from(merchants),
    users: await db
      .select({ id: users.id, role: users.role, displayName: users.displayName, displayNameEn: users.displayNameEn, merchantId: users.merchantId, verticals: users.verticals })
      .from(users)
      .where(inArray(users.role, ['operator', 'manager']))
      .orderBy(users.id),
  };
  const world = demoLaunches(cast, now);
  if (!world.launches.length) return 0;

  await db.transaction(async (tx) => {
    await tx.insert(applications).values(
      world.launches.map(({ content: _content, versions: _versions, ...app }) => app),
    );
    await tx.insert(launches).values(
      world.launches.map(({ id, merchantId, content }) => ({ id, merchantId, ...contentColumns(content) })),
    );
    const versions = world.launches.flatMap((l) => l.versions.map((v) => ({ ...v, applicationId: l.id })));
    if (versions.length) await tx.insert(applicationVersions).values(versions);
    if (world.audit.length) await tx.insert(auditLog).values(world.audit);
    if (world.notifications.length) await tx.insert(notifications).values(world.notifications);
  });
  // Approved launches move to scheduled / live / ended by date, as they would have.
  await advanceLaunchesByDate(db, now);
  return world.launches.length;
}
