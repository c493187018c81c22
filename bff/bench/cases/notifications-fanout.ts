import { loadavg } from 'node:os';
import { notificationFeedEvent } from '@console/shared';
import { notificationSourceFor } from '../../src/app';
import { NotificationHub } from '../../src/notifications/live';
import { notifyMerchantOperators, notifyUsers, toNotification } from '../../src/notifications/repo';
import { createMerchant, createUser, type TestUser } from '../../src/test/harness';
import type { BenchContext, BenchRow } from '../lib';

const FEEDS = 1000;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/**
 * Fan-out of live notifications: 1,000 open feeds in this process (the hub's subscriptions, each validating its
 * events as the tRPC procedure does; the HTTP/SSE write per client is not in the figure), and the time from the start
 * of the notifying transaction until the last feed has its event: the insert, pg_notify, the commit, the database's
 * delivery (PostgreSQL: over the LISTEN connection; PGlite: in-process), one read of the announced rows, the hand-out.
 *  - one user with 1,000 open feeds (tabs), one notification;
 *  - one merchant with 1,000 operators, each with a feed: one decision, 1,000 notifications.
 */
export default async function notificationsFanout(ctx: BenchContext): Promise<BenchRow[]> {
  const db = ctx.database.db;
  const merchant = await createMerchant(db, { vertical: 'beauty', name: 'Fan-out bench merchant' });
  const operators: TestUser[] = [];
  for (let i = 0; i < FEEDS; i++) operators.push(await createUser(db, { role: 'operator', merchantId: merchant.id, username: `bench.fanout.${Date.now()}.${i}` }));
  const hub = new NotificationHub(db, notificationSourceFor(ctx.database, () => {}));
  await hub.start();
  const n = Math.min(ctx.iterations, 30);
  const rows: BenchRow[] = [];
  try {
    for (const [query, users, send] of [
      [`one notification → ${FEEDS} feeds of one user`, Array.from({ length: FEEDS }, () => operators[0]!), (title: string) => db.transaction((tx) => notifyUsers(tx, [operators[0]!.id], note(title), new Date()))],
      [`one decision → ${FEEDS} operators' feeds`, operators, (title: string) => db.transaction((tx) => notifyMerchantOperators(tx, merchant.id, note(title), new Date()))],
    ] as const) {
      const aborts = users.map(() => new AbortController());
      let received = 0;
      let expected = 0;
      let done: (() => void) | null = null;
      const feeds = users.map(async (u, k) => {
        for await (const row of hub.subscribe(u.id, { afterId: null, signal: aborts[k]!.signal })) {
          notificationFeedEvent.parse(toNotification(row));
          if (++received === expected) done?.();
        }
      });
      while (hub.size < FEEDS) await new Promise((r) => setTimeout(r, 5));
      const times: number[] = [];
      for (let i = 0; i < n + 3; i++) {
        received = 0;
        expected = FEEDS;
        const all = new Promise<void>((r) => (done = r));
        const start = performance.now();
        await send(`bench ${i}`);
        await all;
        if (i >= 3) times.push(performance.now() - start);
      }
      for (const a of aborts) a.abort();
      // Feeds end at their next wake-up; one more notification wakes them.
      await send('end');
      await Promise.all(feeds);
      times.sort((a, b) => a - b);
      rows.push({ area: 'notifications', query, n, rows: FEEDS, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1) ?? 0, load: loadavg()[0]! });
    }
  } finally {
    await hub.close();
  }
  return rows;
}

const note = (title: string) => ({ kind: 'deadline', key: 'notifications.deadline.reminder', params: { title }, entityType: null, entityId: null });
