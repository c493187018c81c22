import { appRouter, authConfig, createFetchContext, type Db, type NotificationHub } from '@console/bff/embedded';
import type { AnyRouter } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { delay, http } from 'msw';
import type { MockClock } from './clock';
import type { MockCookieJar } from './cookies';
import { type Override, override, type ProcedurePath, routerWithOverrides } from './overrides';
import { isAuthPath, type Scenario, SLOW_DELAY_MS } from './scenario';

/** The address mock mode's requests come from (sign-in failures are counted per address, as in the bff). */
export const MOCK_IP = '203.0.113.10';
/** Calls per batched request, as the bff's Fastify app allows (bff/src/app.ts MAX_BATCH_SIZE). */
const MAX_BATCH_SIZE = 50;

export interface MockApi {
  /** The database of the current scenario's world, once it is open. */
  database(): Promise<Db>;
  /** The live notification hub over that database (the feed's subscriptions); none: the feed is refused. */
  live?(): Promise<NotificationHub | null>;
  cookies: MockCookieJar;
  clock: MockClock;
  scenario(): Scenario;
  overrides: readonly Override[];
  /** Resolves when the work tests queued (a sign-in) is done; requests wait for it. */
  settled?(): Promise<void>;
}

/** The path the router is served at, whatever the origin or prefix: `/trpc`, `/api/trpc`. */
function endpointOf(url: URL) {
  const at = url.pathname.indexOf('/trpc/');
  return url.pathname.slice(0, at + '/trpc'.length);
}

/**
 * The database of a request that cannot read one: with no session cookie, no query does (auth.me answers null from
 * the context, every other procedure refuses before its resolver runs). Touching it is a defect, said loudly.
 */
const NO_DATABASE = new Proxy({} as Db, {
  get(_target, key) {
    throw new Error(`mock mode: a signed-out query used the database (${String(key)}) before it was open`);
  },
});

/** The `error` scenario: every procedure but sign-in fails as an unexpected bff error would (after its access check). */
function failingRouter(): AnyRouter {
  // Queries and mutations only: a subscription (the live notification feed) has no output schema to override, and
  // the page's error states are what this scenario shows (an override of it threw for every request, auth.me included).
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
  const paths = Object.keys(procedures).filter((path) => !isAuthPath(path) && procedures[path]!._def.type !== 'subscription');
  const fail = () => {
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'errors.internal' });
  };
  return routerWithOverrides(paths.map((path) => override(path as ProcedurePath, fail)));
}

/**
 * The MSW handlers of mock mode: every `/trpc` request, on any origin, goes to tRPC's own fetch adapter over the
 * bff's real router, with a context built from the request by the bff's own code (the session cookie looked up
 * in the embedded database). Scenarios are middleware in front: `slow` waits, `error` swaps the resolvers.
 */
export function mockHandlers(api: MockApi) {
  const normal = routerWithOverrides(api.overrides);
  let failing: AnyRouter | null = null;
  return [
    // Middleware: answers nothing, only waits (MSW goes on to the next handler).
    http.all('*/trpc/*', async () => {
      if (api.scenario() === 'slow') await delay(SLOW_DELAY_MS);
      return undefined;
    }),
    http.all('*/trpc/*', async ({ request }) => {
      await api.settled?.();
      // Signed out, a query needs no database: the sign-in form does not wait for it to open (a first visit
      // loads the world meanwhile). Signing in (a mutation) and everything signed in wait for it.
      const signedOut = request.method === 'GET' && !api.cookies.get(authConfig.cookieName);
      const db = signedOut ? NO_DATABASE : await api.database();
      const live = signedOut ? null : ((await api.live?.()) ?? null);
      return fetchRequestHandler({
        endpoint: endpointOf(new URL(request.url)),
        req: request,
        router: api.scenario() === 'error' ? (failing ??= failingRouter()) : normal,
        maxBatchSize: MAX_BATCH_SIZE,
        createContext: () => createFetchContext({ db, request, cookies: api.cookies, now: api.clock.now, fallbackIp: MOCK_IP, live }),
      });
    }),
  ];
}
