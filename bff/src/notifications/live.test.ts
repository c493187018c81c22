import type { LaunchContent } from '@console/shared';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { EventSource } from 'eventsource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../router';
import { seedCalendar } from '../calendar/seed';
import { createTestDatabase, createUser, httpApp, seedWorld, TestClock, type TestDatabase, testDatabaseUrl, type TestUser, type World } from '../test/harness';
import { notifyMerchantOperators } from './repo';

// Tuesday 2026-12-01 10:00 China time.
const clock = new TestClock('2026-12-01T02:00:00Z');
let database: TestDatabase;
let world: World;
/** A second operator of the beauty flagship: a decision reaches every operator of the merchant. */
let beautyColleague: TestUser;
type App = Awaited<ReturnType<typeof httpApp>> & { url: string };
const apps: App[] = [];

async function startApp(db: Parameters<typeof httpApp>[0]): Promise<App> {
  const h = await httpApp(db, { now: clock.now });
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = h.app.server.address() as { port: number };
  const app = { ...h, url: `http://127.0.0.1:${port}` };
  apps.push(app);
  return app;
}

beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  await seedCalendar(database.db);
  beautyColleague = await createUser(database.db, { role: 'operator', merchantId: world.merchants.beauty[0].id });
});
afterAll(async () => {
  for (const a of apps) await a.app.close();
  await database.close();
});

/** The SPA's tRPC client as a browser would hold it: queries batched, subscriptions over EventSource, with a cookie. */
function clientOf(app: App, cookie: string) {
  const withCookie = (input: string | URL | Request, init?: RequestInit) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), cookie } });
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url: `${app.url}/trpc`, EventSource, eventSourceOptions: () => ({ fetch: withCookie }) as EventSourceInit }),
        false: httpBatchLink({ url: `${app.url}/trpc`, fetch: withCookie }),
      }),
    ],
  });
}

type Received = { id: string; at: number; kind: string; title: unknown; notificationId: number };

/** An open feed, collecting what arrives. */
function openFeed(app: App, cookie: string, lastEventId?: string) {
  const client = clientOf(app, cookie);
  const received: Received[] = [];
  const errors: unknown[] = [];
  let started!: () => void;
  const ready = new Promise<void>((r) => (started = r));
  const sub = client.notifications.feed.subscribe(lastEventId ? { lastEventId } : {}, {
    onStarted: () => started(),
    onData: (e) => received.push({ id: e.id, at: performance.now(), kind: e.data.kind, title: e.data.params.title, notificationId: e.data.id }),
    onError: (err) => errors.push(err),
  });
  return { received, errors, ready, client, close: () => sub.unsubscribe() };
}

async function until(check: () => boolean, timeoutMs = 3000) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const content = (title: string): LaunchContent => ({
  season: 'SS',
  year: 2027,
  title,
  launchDate: '2027-02-15',
  story: '新品',
  channels: ['online_store'],
  earlyAccess: null,
  skus: Array.from({ length: 5 }, (_, i) => ({ code: `SKU-${i}`, name: `商品 ${i}`, listPrice: 10000, launchPrice: 9000, stock: 5, imageUrl: '' })),
});

/** A beauty launch submitted and claimed, ready for the manager's decision (over `app`'s HTTP API). */
async function claimedLaunch(app: App, title: string) {
  const op = clientOf(app, (await app.login(world.operators.beauty.username))!);
  const draft = await op.launches.create.mutate(content(title));
  const sent = await op.launches.submit.mutate({ id: draft.id, version: draft.version });
  const mgr = clientOf(app, (await app.login(world.managers.fashion.username))!);
  const claimed = await mgr.review.claim.mutate({ id: sent.id, version: sent.version });
  return { mgr, id: sent.id, version: claimed.version };
}

describe('live notifications (one process)', () => {
  it("a manager's decision reaches the merchant's open feeds within a second, and nobody else's", async () => {
    const app = await startApp(database);
    const mine = openFeed(app, (await app.login(world.operators.beauty.username))!);
    const colleague = openFeed(app, (await app.login(beautyColleague.username))!);
    const other = openFeed(app, (await app.login(world.operators.apparel.username))!);
    const manager = openFeed(app, (await app.login(world.managers.tech.username))!);
    await Promise.all([mine.ready, colleague.ready, other.ready, manager.ready]);
    const l = await claimedLaunch(app, '秋季面霜');
    const decidedAt = performance.now();
    await l.mgr.review.approve.mutate({ id: l.id, version: l.version });
    await until(() => mine.received.length === 1 && colleague.received.length === 1);
    for (const feed of [mine, colleague]) {
      expect(feed.received[0]).toMatchObject({ kind: 'launch.approve', title: '秋季面霜' });
      expect(feed.received[0]!.at - decidedAt).toBeLessThan(1000);
      expect(feed.received[0]!.id).toBe(String(feed.received[0]!.notificationId));
    }
    // The submission went to the fashion managers, not tech; the decision to beauty's operators only.
    await new Promise((r) => setTimeout(r, 200));
    expect(other.received).toEqual([]);
    expect(manager.received).toEqual([]);
    for (const f of [mine, colleague, other, manager]) f.close();
    expect([...mine.errors, ...colleague.errors, ...other.errors]).toEqual([]);
  });

  it('a notification rolled back with its transaction is never sent', async () => {
    const app = apps[0]!;
    const feed = openFeed(app, (await app.login(world.operators.home.username))!);
    await feed.ready;
    const n = { kind: 'deadline', key: 'notifications.deadline.reminder', params: { title: 'x' }, entityType: null, entityId: null };
    await database.db
      .transaction(async (tx) => {
        await notifyMerchantOperators(tx, world.merchants.home[0].id, { ...n, params: { title: 'rolled back' } }, clock.now());
        throw new Error('changed my mind');
      })
      .catch(() => {});
    await database.db.transaction((tx) => notifyMerchantOperators(tx, world.merchants.home[0].id, { ...n, params: { title: 'kept' } }, clock.now()));
    await until(() => feed.received.length === 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(feed.received.map((r) => r.title)).toEqual(['kept']);
    feed.close();
  });

  it('a reconnecting client gets what it missed, once, then the live ones', async () => {
    const app = apps[0]!;
    const cookie = (await app.login(world.operators.fmcg.username))!;
    const merchant = world.merchants.fmcg[0].id;
    const send = (title: string) =>
      database.db.transaction((tx) =>
        notifyMerchantOperators(tx, merchant, { kind: 'deadline', key: 'notifications.deadline.reminder', params: { title }, entityType: null, entityId: null }, clock.now()),
      );
    const first = openFeed(app, cookie);
    await first.ready;
    await send('one');
    await until(() => first.received.length === 1);
    first.close();
    await send('two');
    await send('three');
    // tRPC's link sends the last id it got as `lastEventId` when it resubscribes.
    const again = openFeed(app, cookie, first.received[0]!.id);
    await again.ready;
    await until(() => again.received.length === 2);
    await send('four');
    await until(() => again.received.length === 3);
    await new Promise((r) => setTimeout(r, 150));
    expect(again.received.map((r) => r.title)).toEqual(['two', 'three', 'four']);
    again.close();

    // The browser's own EventSource reconnect sends the id as a Last-Event-ID header: the same catch-up.
    const res = await fetch(`${app.url}/trpc/notifications.feed?input=${encodeURIComponent('{}')}`, {
      headers: { cookie, 'last-event-id': first.received[0]!.id, 'accept-encoding': 'br, gzip' },
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    // Never compressed: a compressor would hold the events back.
    expect(res.headers.get('content-encoding')).toBeNull();
    const reader = res.body!.getReader();
    let text = '';
    while (!/"four"/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect([...text.matchAll(/"title":"(\w+)"/g)].map((m) => m[1])).toEqual(['two', 'three', 'four']);
  });

  it('refuses a feed to nobody signed in, and a last event id that is not one', async () => {
    const app = apps[0]!;
    const res = await fetch(`${app.url}/trpc/notifications.feed?input=${encodeURIComponent('{}')}`);
    const text = await res.text();
    expect(text).toMatch(/event: serialized-error/);
    expect(text).toMatch(/UNAUTHORIZED/);
    const cookie = (await app.login(world.operators.fmcg.username))!;
    const bad = await fetch(`${app.url}/trpc/notifications.feed?input=${encodeURIComponent('{"lastEventId":"1 or 1=1"}')}`, { headers: { cookie } });
    expect(await bad.text()).toMatch(/BAD_REQUEST/);
  });
});

// Two bff processes behind one PostgreSQL: each app has its own pool and its own LISTEN connection.
describe.skipIf(!testDatabaseUrl())('live notifications across two bff processes on one PostgreSQL', () => {
  it("the manager decides on one process; the operator's feed on the other has it within a second, and only theirs", async () => {
    const a = await startApp(database);
    const b = await startApp(await database.connectAgain());
    const mine = openFeed(b, (await b.login(world.operators.beauty.username))!);
    const colleague = openFeed(a, (await a.login(beautyColleague.username))!);
    const other = openFeed(b, (await b.login(world.operators.apparel.username))!);
    await Promise.all([mine.ready, colleague.ready, other.ready]);
    const l = await claimedLaunch(a, '冬季精华');
    const decidedAt = performance.now();
    await l.mgr.review.reject.mutate({ id: l.id, version: l.version, reason: '图片不清晰' });
    await until(() => mine.received.length === 1 && colleague.received.length === 1);
    expect(mine.received[0]).toMatchObject({ kind: 'launch.reject', title: '冬季精华' });
    expect(mine.received[0]!.at - decidedAt).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 200));
    expect(other.received).toEqual([]);
    for (const f of [mine, colleague, other]) f.close();
  });

  it('a feed moved to the other process after a restart gets what it missed, once', async () => {
    const [a, b] = apps.slice(-2) as [App, App];
    const cookie = (await a.login(world.operators.electronics.username))!;
    const send = (title: string) =>
      database.db.transaction((tx) =>
        notifyMerchantOperators(tx, world.merchants.electronics[0].id, { kind: 'deadline', key: 'notifications.deadline.reminder', params: { title }, entityType: null, entityId: null }, clock.now()),
      );
    const onA = openFeed(a, cookie);
    await onA.ready;
    await send('before');
    await until(() => onA.received.length === 1);
    onA.close();
    await send('while away');
    const onB = openFeed(b, cookie, onA.received[0]!.id);
    await onB.ready;
    await until(() => onB.received.length === 1);
    await send('after');
    await until(() => onB.received.length === 2);
    await new Promise((r) => setTimeout(r, 150));
    expect(onB.received.map((r) => r.title)).toEqual(['while away', 'after']);
    onB.close();
  });
});
