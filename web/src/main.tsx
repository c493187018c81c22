import './csp';
import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectLocale, initI18n, loadLocale } from './i18n';
import './styles.css';

async function boot() {
  // Mock mode (`npm run dev:mock`): MSW answers /trpc in the browser. The dynamic import keeps the mocks out of
  // the production bundle: `import.meta.env.VITE_MOCK` is a constant, so the branch is dropped at build time.
  // The dev server has usually started it already, alongside this module's imports (mocks/dev/runtime-plugin.ts).
  let signedIn: boolean | undefined;
  if (import.meta.env.VITE_MOCK === 'true') {
    const { startMockWorker } = await import('@console/mocks/browser');
    ({ signedIn } = await startMockWorker());
  }
  // The first page's code starts loading with the strings, not after the session check that decides to show it: on a
  // cold load that check's round trip stood between the main chunk and the sign-in form's or the frame's chunks.
  // (Mock mode knows whether a session cookie is kept; the bff's is HttpOnly, so the app guesses the frame.)
  void (window.location.pathname === '/login' || signedIn === false ? import('./auth/login') : import('./layout/AppLayout'));
  const locale = detectLocale();
  await loadLocale(locale);
  initI18n(locale);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
