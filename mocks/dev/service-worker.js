/* Mock mode's service worker (served by mocks/dev/runtime-plugin.ts at /mock-service-worker.js in `npm run dev:mock`).
 *
 * MSW's own worker (web/public/mockServiceWorker.js, unchanged) sends every request of the page it controls to the
 * page's main thread, to ask MSW's handlers whether to answer it, and then streams the response back there too: each of
 * the ~250 modules Vite serves in dev made that round trip, while the main thread was busy opening the database. Only
 * /trpc has handlers (every other request is `bypass`ed), so this worker lets the browser fetch everything else itself:
 *  - Chromium's static routing (ServiceWorker `addRoutes`) sends such requests straight to the network: the worker
 *    is not even woken for them;
 *  - elsewhere, a fetch listener in front of MSW's ends the event before MSW sees it (no respondWith: the browser
 *    fetches it as if no worker were there).
 */
const isApi = (url) => new URL(url).pathname.includes('/trpc/');

addEventListener('install', (event) => {
  if (!event.addRoutes || typeof URLPattern === 'undefined') return;
  event.waitUntil(
    event
      .addRoutes({ condition: { not: { urlPattern: new URLPattern({ pathname: '*/trpc/*' }) } }, source: 'network' })
      .catch(() => {}),
  );
});

addEventListener('fetch', (event) => {
  if (!isApi(event.request.url)) event.stopImmediatePropagation();
});

// MSW's worker unregisters itself when its last page closes, which a navigation is: the next page's worker.start()
// then called update() on a registration being removed ("Failed to update a ServiceWorker … Not found", uncaught).
// It stays registered instead. A page that does not start MSW is not answered by it: under `npm run dev` on the same
// address afterwards, /trpc reaches the dev server's proxy (checked: the answers came from the network, not the worker).
addEventListener('message', (event) => {
  if (event.data === 'CLIENT_CLOSED') event.stopImmediatePropagation();
});

importScripts('/mockServiceWorker.js');
