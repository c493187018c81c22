import { authConfig, NotificationHub, pgliteSource, Scheduler } from '@console/bff/embedded';
import { setupWorker } from 'msw/browser';
import { MOCK_IP, type MockApi, mockHandlers } from './api';
import { MockClock } from './clock';
import { MockCookieJar } from './cookies';
import { openMockDatabase } from './database';
import { deleteSnapshot, SnapshotFs } from './snapshot-fs';
import { OVERRIDES } from './overrides/index';
import { parseScenario, type Scenario, worldOf } from './scenario';

const SCENARIO_KEY = 'console.mocks.scenario';
const CLOCK_KEY = 'console.mocks.clockOffsetMs';
/** The IndexedDB database a world's data dir is kept in (src/snapshot-fs.ts). */
const dataDirOf = (world: string) => `console-mock-${world}`;

/**
 * The dev server's ready-made world, for a browser with none yet: dated from today, so with the clock moved
 * (`?clock=`) the world is seeded here instead, from the moved day.
 */
async function readyWorld(world: string, clock: MockClock): Promise<Blob | undefined> {
  if (Math.abs(clock.offsetMs) > 60 * 60 * 1000) return undefined;
  try {
    const response = await fetch(`/__mocks/world/${world}.tar.gz`);
    return response.ok ? await response.blob() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts mock mode in the browser: a service worker hands every `/trpc` request to the bff's own router, on a
 * PGlite database kept in IndexedDB (a reload keeps what you changed and who is signed in).
 *  - `?reset` starts again from a freshly seeded world (and signs out);
 *  - `?scenario=empty|error|slow|normal` picks the scenario (it holds for the tab until changed);
 *  - `?clock=2027-03-02T09:00:00+08:00` moves the clock the router sees (`?clock=now` goes back to real time).
 */
export function startMockWorker(): Promise<MockStart> {
  // Once per page: the dev server's early start script calls it (mocks/dev/runtime-plugin.ts), then main.tsx does.
  return (started ??= start());
}

/** What the app may know once mock mode is on. */
export interface MockStart {
  /** A session cookie is kept: the first page is likely the console's frame, not the sign-in form. */
  signedIn: boolean;
}

let started: Promise<MockStart> | undefined;

async function start(): Promise<MockStart> {
  const url = new URL(window.location.href);
  const params = url.searchParams;
  const fromUrl = parseScenario(params.get('scenario'));
  if (fromUrl) window.sessionStorage.setItem(SCENARIO_KEY, fromUrl);
  const scenario: Scenario = fromUrl ?? parseScenario(window.sessionStorage.getItem(SCENARIO_KEY)) ?? 'normal';

  const clock = new MockClock(Number(window.localStorage.getItem(CLOCK_KEY) ?? 0));
  const clockParam = params.get('clock');
  if (clockParam === 'now') clock.reset();
  else if (clockParam && !Number.isNaN(new Date(clockParam).getTime())) clock.setTo(clockParam);
  window.localStorage.setItem(CLOCK_KEY, String(clock.offsetMs));

  const cookies = new MockCookieJar(window.localStorage);
  const world = worldOf(scenario);
  if (params.has('reset')) {
    await deleteSnapshot(dataDirOf(world));
    cookies.clearAll();
    // Once: a reload after a reset keeps the new state.
    params.delete('reset');
    window.history.replaceState(window.history.state, '', url.toString());
  }
  // Data dirs that PGlite's own idb:// kept before SnapshotFs: tens of MB each that nothing reads any more.
  void indexedDB.databases?.().then((all) => all.forEach(({ name }) => name?.startsWith('/pglite/console-mock-') && deleteSnapshot(name)));
  // Opened while the app renders; the first request waits for it. A first visit starts from the world the dev server
  // built (mocks/dev/world-plugin.ts); without one it migrates and seeds here.
  // The marks let mocks/scripts/measure-dev-mock.mjs say where a first visit's time goes.
  performance.mark('mock:start');
  const fs = new SnapshotFs({
    name: dataDirOf(world),
    base: () =>
      readyWorld(world, clock).then((tarball) => {
        performance.mark(tarball ? 'mock:world-fetched' : 'mock:no-world');
        return tarball;
      }),
  });
  const database = openMockDatabase({ fs, world, now: clock.now() });
  void database.then(() => performance.mark('mock:database-ready'));
  database.catch((error: unknown) => console.error('mock mode: the database could not be opened', error));
  // Live notifications as the bff serves them: PGlite's own LISTEN, in the page. The scheduled jobs too (launch
  // states, perk versions, weekly tiers, deadline reminders), on the mock clock: `?clock=` a few days before a
  // deadline and the reminders arrive.
  const live = database.then((d) => new NotificationHub(d.db, pgliteSource(d.client), (err) => console.error('mock mode: live notifications', err)));
  void database.then((d) => new Scheduler(d.db, { now: clock.now }).start()).catch((error: unknown) => console.error('mock mode: scheduled jobs', error));

  const api: MockApi = {
    database: async () => (await database).db,
    live: () => live,
    cookies,
    clock,
    scenario: () => scenario,
    overrides: OVERRIDES,
  };
  const worker = setupWorker(...mockHandlers(api));
  performance.mark('mock:worker-starting');
  await worker.start({
    // MSW's worker behind a filter that lets every request but /trpc go to the network (mocks/dev/service-worker.js).
    serviceWorker: { url: '/mock-service-worker.js' },
    // Scripts, styles, images and Vite's own requests go to the network.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  performance.mark('mock:worker-started');
  return { signedIn: cookies.get(authConfig.cookieName) !== undefined };
}
