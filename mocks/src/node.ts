import { Blob as NodeBlob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { type AppRouter, appRouter, authConfig, createFetchContext, createSession, type Db, users } from '@console/bff/embedded';
import { eq } from 'drizzle-orm';
import { setupServer } from 'msw/node';
import { MOCK_IP, type MockApi, mockHandlers } from './api';
import { MockClock } from './clock';
import { MockCookieJar } from './cookies';
import { type MockDatabase, openMockDatabase } from './database';
import { OVERRIDES } from './overrides/index';
import { resetDatabase, watchForReset } from './reset';
import { type Scenario, type World, worldOf } from './scenario';
import { MOCK_TEMPLATE_ENV, templateEnvOf } from './template';

/**
 * Mock mode in Node, for component tests: the web's requests go through MSW to the bff's router on an in-memory
 * PGlite. Each test file (each worker module graph) starts from a copy of the migrated, seeded template the
 * globalSetup made (mocks/src/test/global-setup.ts); what a test wrote to it is undone in place before the next
 * test (mocks/src/reset.ts), which then sees the seeded world again.
 */
export { MOCK_TEMPLATE_ENV };

const clock = new MockClock();
const cookies = new MockCookieJar();
let scenario: Scenario = 'normal';
const databases = new Map<string, Promise<MockDatabase>>();
/** Work a test queued (a sign-in) that requests wait for; a failure in it fails the next request. */
let queue: Promise<void> = Promise.resolve();

const templateBlobs = new Map<string, Blob>();
function template(world: string): Blob | undefined {
  const path = process.env[templateEnvOf(world)];
  if (!path) return undefined;
  // Node's own Blob: under jsdom the global Blob is jsdom's, which has no arrayBuffer() for PGlite to read the tarball with.
  if (!templateBlobs.has(world)) templateBlobs.set(world, new NodeBlob([readFileSync(path)]) as unknown as Blob);
  return templateBlobs.get(world);
}

function open(world: World): Promise<MockDatabase> {
  let database = databases.get(world);
  if (!database) {
    // A copy of the world's template (without one, e.g. outside vitest, it is migrated and seeded here).
    database = openMockDatabase({ loadDataDir: template(world), world, now: clock.now() }).then(async (opened) => {
      await watchForReset(opened.client);
      return opened;
    });
    databases.set(world, database);
  }
  return database;
}

const api: MockApi = {
  database: async () => (await open(worldOf(scenario))).db,
  cookies,
  clock,
  scenario: () => scenario,
  overrides: OVERRIDES,
  settled: () => queue,
};

/** MSW's Node server answering every `/trpc` request with the bff's router (start it with `mockServer.listen()`). */
export const mockServer = setupServer(...mockHandlers(api));

/** Opens the current scenario's database ahead of the first request (a test file's beforeAll). */
export async function startMocks(): Promise<void> {
  await api.database();
}

/** The database the requests of the current scenario go to, for a test that needs to look at or set up rows. */
export async function mockDatabase(): Promise<Db> {
  await queue;
  return api.database();
}

/** Signs a demo user in without a password, with a real session: 'op.apparel', 'mgr.fashion', 'admin'… */
export function signInAs(username: string) {
  queue = queue.then(async () => {
    const db = await api.database();
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (!user) throw new Error(`signInAs('${username}'): no such user in the mock world`);
    cookies.set(authConfig.cookieName, await createSession(db, user.id, clock.now(), { ip: MOCK_IP, userAgent: 'jsdom' }));
  });
}

/** Switches the scenario: 'normal', 'empty', 'error', 'slow', 'ineligible' or 'booked'. */
export function useScenario(name: Scenario) {
  scenario = name;
  // Its world's database starts opening now, not on the page's first request.
  api.database().catch(() => undefined);
}

/** Moves mock mode's clock: the router sees `at` as now (and time going on from there). */
export function setClock(at: Date | string) {
  clock.setTo(at);
}

/**
 * Between tests: signed out, normal scenario, real time, handlers added with `mockServer.use` dropped, and every
 * open database back to its seeded rows and sequences (its sessions gone with them).
 */
export async function resetMocks() {
  await queue.catch(() => undefined);
  queue = Promise.resolve();
  cookies.clearAll();
  scenario = 'normal';
  clock.reset();
  mockServer.resetHandlers();
  for (const database of databases.values()) await resetDatabase((await database).client);
}

type AppCaller = ReturnType<AppRouter['createCaller']>;

/**
 * A typed caller of the bff's router on the same database, signed in as `username` with its own session (or
 * nobody): for a test to set something up or look at what a page changed, as another browser would.
 */
export async function callerAs(username: string | null): Promise<AppCaller> {
  const db = await mockDatabase();
  const jar = new MockCookieJar();
  if (username) {
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (!user) throw new Error(`callerAs('${username}'): no such user in the mock world`);
    jar.set(authConfig.cookieName, await createSession(db, user.id, clock.now(), { ip: MOCK_IP, userAgent: 'vitest' }));
  }
  const request = new Request('http://console.test/trpc');
  return appRouter.createCaller(() => createFetchContext({ db, request, cookies: jar, now: clock.now, fallbackIp: MOCK_IP }));
}

export { SCENARIOS, type Scenario } from './scenario';
