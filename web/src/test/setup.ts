import '@testing-library/jest-dom/vitest';
import { mockServer, resetMocks, startMocks } from '@console/mocks/node';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { initI18n, loadLocale } from '../i18n';

// --- What antd needs and jsdom lacks -------------------------------------------------------------------------

/** A desktop viewport (1280×800) for antd's breakpoints: `(min-width: 992px)` matches, `(max-width: 575px)` does not. */
const VIEWPORT_WIDTH = 1280;
function matchesMedia(query: string): boolean {
  const min = /min-width:\s*(\d+)px/.exec(query);
  const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
  if (!min && !max) return false;
  return (!min || VIEWPORT_WIDTH >= Number(min[1])) && (!max || VIEWPORT_WIDTH <= Number(max[1]));
}
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: matchesMedia(query),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// jsdom throws "Not implemented" for pseudo-elements (antd measures `::-webkit-scrollbar`): ignore the pseudo part.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

window.scrollTo = () => undefined;
Element.prototype.scrollIntoView ??= () => undefined;

// --- The bff's router on PGlite, through MSW in Node (mock mode) ---------------------------------------------------------------------------

initI18n('zh-CN');
// antd renders a lot in jsdom and two CPU cores are shared with other suites: give findBy*/waitFor and each test
// time before calling it a failure (a broken page still fails, only later).
configure({ asyncUtilTimeout: 20_000 });
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

beforeAll(async () => {
  mockServer.listen({ onUnhandledRequest: 'error' });
  // The file's database (a copy of the seeded template) opens before the first test's clock runs.
  await startMocks();
  await loadLocale('en'); // both languages at hand, as after a switch
});
afterEach(async () => {
  cleanup();
  await resetMocks();
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  initI18n('zh-CN');
});
afterAll(() => mockServer.close());
