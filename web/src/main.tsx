import './csp';
import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, AppLayout, LoginPage, signedInPages } from './App';
import { preloadPage } from './layout/pages';
import { createQueryClient } from './providers/query-client';
import { trpc } from './providers/trpc';
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
  // On a first visit, nothing waits for what it does not need: the session check, the strings and the first page's
  // code (the sign-in form's, or the frame's and the page's) all start now. Asked in turn, each waited for the one
  // before it: the page's chunk only once the frame had rendered after the session check.
  // (Mock mode knows whether a session cookie is kept; the bff's is HttpOnly, so the app guesses the frame.)
  const session = trpc.auth.me.query();
  const client = createQueryClient();
  session.catch(() => undefined); // The auth provider reports a failure; this only keeps it from being "unhandled".
  const { pathname } = window.location;
  if (pathname === '/login' || signedIn === false) void LoginPage.preload();
  else void Promise.all([AppLayout.preload(), preloadPage(signedInPages, pathname, client)]);
  const locale = detectLocale();
  await loadLocale(locale);
  initI18n(locale);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App session={session} client={client} />
    </StrictMode>,
  );
}

void boot();
