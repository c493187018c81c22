import type { Locale } from '@console/shared';
import { mockServer, signInAs } from '@console/mocks/node';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../App';
import { detectLocale, initI18n } from '../i18n';

/** Renders the whole app at `path`, signed in as a demo user (or nobody), as the browser would. */
export function renderApp(path = '/', options: { as?: string; locale?: Locale } = {}) {
  if (options.as) signInAs(options.as);
  window.history.replaceState(null, '', path);
  initI18n(options.locale ?? detectLocale());
  const user = userEvent.setup();
  const view = render(<App />);
  return { user, ...view };
}

export interface TrpcCall {
  path: string;
  input: unknown;
  method: string;
}

/** Parses a tRPC request (batched or not, GET or POST) into the procedure calls it carries. */
async function parseTrpcRequest(request: Request): Promise<TrpcCall[]> {
  const url = new URL(request.url);
  const paths = decodeURIComponent(url.pathname.replace(/^.*\/trpc\//, '')).split(',');
  const batched = url.searchParams.get('batch') === '1';
  let raw: unknown;
  if (request.method === 'GET') {
    const input = url.searchParams.get('input');
    raw = input ? JSON.parse(input) : undefined;
  } else {
    const text = await request.text();
    raw = text ? JSON.parse(text) : undefined;
  }
  return paths.map((path, i) => ({
    path,
    method: request.method,
    input: batched ? (raw as Record<string, unknown> | undefined)?.[String(i)] : raw,
  }));
}

/** Records every tRPC call the app SENDS (what the server is asked), until `stop()`. */
export function recordTrpcCalls() {
  const calls: TrpcCall[] = [];
  const pending: Promise<void>[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (!new URL(request.url).pathname.includes('/trpc/')) return;
    pending.push(parseTrpcRequest(request.clone()).then((parsed) => void calls.push(...parsed)));
  };
  mockServer.events.on('request:start', listener);
  return {
    calls,
    /** Settles the parsing of requests seen so far and returns the inputs sent to one procedure. */
    async inputsOf(path: string) {
      await Promise.all(pending);
      return calls.filter((c) => c.path === path).map((c) => c.input);
    },
    stop: () => mockServer.events.removeListener('request:start', listener),
  };
}

/** The antd Menu of the sider, by its items' visible labels. */
export function menuLabels(): string[] {
  const menu = document.querySelector('.ant-layout-sider nav');
  if (!menu) return [];
  return within(menu as HTMLElement)
    .queryAllByRole('link')
    .map((item) => item.textContent?.trim() ?? '');
}

export { screen };
