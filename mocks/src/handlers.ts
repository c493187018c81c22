import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { delay, http } from 'msw';
import { MOCK_IP } from './auth/fixtures';
import { mockRouter } from './router';
import { SLOW_DELAY_MS } from './scenario';
import type { MockStore } from './store';
import type { MockCtx } from './trpc';

/** The path the router is served at, whatever the origin or prefix: `/trpc`, `/api/trpc`. */
function endpointOf(url: URL) {
  const at = url.pathname.indexOf('/trpc/');
  return url.pathname.slice(0, at + '/trpc'.length);
}

/**
 * The MSW handlers of mock mode: every `/trpc` request, on any origin, goes to tRPC's own fetch adapter
 * over the mock router, so inputs of batched requests arrive exactly as the bff would get them.
 */
export function createHandlers(store: MockStore) {
  return [
    http.all('*/trpc/*', async ({ request }) => {
      if (store.scenario === 'slow') await delay(SLOW_DELAY_MS);
      const response = await fetchRequestHandler({
        endpoint: endpointOf(new URL(request.url)),
        req: request,
        router: mockRouter,
        createContext: (): MockCtx => ({
          store,
          user: store.sessionUser(),
          scenario: store.scenario,
          ip: MOCK_IP,
          now: () => store.now(),
        }),
      });
      store.save();
      return response;
    }),
  ];
}
