import { demoLaunches } from '@console/bff/demo';
import { asJsonb } from '../lib/list';
import type { MockStore } from '../store';
import { advanceLaunchesByDate } from './handlers';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Seasonal launches in every state, exactly as the bff seeds them (the same pure generator,
 * `@console/bff/demo`, over the store's merchants and users), so mock mode shows the demo world a
 * freshly seeded bff shows (parity.test.ts compares): numbered submission snapshots, decisions, audit rows and
 * the operators' notifications, replayed at earlier times.
 */
export function seedApplications(store: MockStore, now: Date) {
  const data = store.data;
  const world = demoLaunches({ merchants: data.merchants, users: data.users }, now);
  for (const { versions, submittedAt, claimedAt, createdAt, updatedAt, ...launch } of world.launches) {
    data.applications.push({
      ...launch,
      submittedAt: iso(submittedAt),
      claimedAt: iso(claimedAt),
      createdAt: createdAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
      versions: versions.map((v) => ({
        ...v,
        snapshot: asJsonb(v.snapshot),
        submittedAt: v.submittedAt.toISOString(),
        decidedAt: iso(v.decidedAt),
      })),
    });
  }
  for (const { at, ...entry } of world.audit) store.audit({ ...entry, before: null }, at);
  for (const n of world.notifications) {
    data.notifications.push({ ...n, id: store.nextId('notification'), createdAt: n.createdAt.toISOString(), readAt: iso(n.readAt) });
  }
  // Approved launches move to scheduled / live / ended by date, as they would have.
  advanceLaunchesByDate(store, now);
}
