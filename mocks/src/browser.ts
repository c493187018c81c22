import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { parseScenario } from './scenario';
import { MockStore } from './store';

const SCENARIO_KEY = 'console.mocks.scenario';

/**
 * Starts mock mode in the browser: a service worker hands every `/trpc` request to the mock router.
 * The state (fixtures changed by the user, who is signed in) lives in sessionStorage, so a reload keeps it.
 * `?scenario=empty|error|slow|normal` in the address picks the scenario; it holds for the tab until changed.
 */
export async function startMockWorker(): Promise<void> {
  const store = new MockStore(window.sessionStorage);
  const fromUrl = parseScenario(new URLSearchParams(window.location.search).get('scenario'));
  if (fromUrl) window.sessionStorage.setItem(SCENARIO_KEY, fromUrl);
  store.scenario = fromUrl ?? parseScenario(window.sessionStorage.getItem(SCENARIO_KEY)) ?? 'normal';
  const worker = setupWorker(...createHandlers(store));
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    // Scripts, styles, images and Vite's own requests go to the network.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
