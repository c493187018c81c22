import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { type ComponentType, lazy, type LazyExoticComponent } from 'react';
import { matchRoutes, type Params, Route } from 'react-router';
import type { Action } from '../providers/access';
import { Guard } from './Guard';

/** A page's chunk that the router renders lazily and that can also be asked for before the router runs. */
export type LazyPage<P = object> = LazyExoticComponent<ComponentType<P>> & { preload: () => Promise<unknown> };

/** A route's page (or the frame) as its own chunk, loaded once whether `preload` or the router asks first. */
export function lazyPage<P = object>(load: () => Promise<{ default: ComponentType<P> }>): LazyPage<P> {
  type Module = { default: ComponentType<P> };
  let loading: Promise<Module> | undefined;
  let loaded: Module | undefined;
  const once = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A chunk that failed to arrive (a deploy, a network blip) is asked for again next time.
        loading = undefined;
        throw error;
      },
    ));
  // React.lazy reads a thenable that answers at once in the same render: a page whose chunk has already arrived
  // (preloaded at boot) then renders without suspending, instead of a "loading" fallback, a commit and a retry.
  const forReact = () => (loaded ? ({ then: (resolve: (m: Module) => void) => resolve(loaded!) } as unknown as Promise<Module>) : once());
  return Object.assign(lazy(forReact), { preload: once });
}

/** A signed-in page: its path, the access it needs (a page of another role looks like an unknown one) and its code. */
export interface PageRoute {
  path: string;
  resource: string;
  action: Action;
  Page: LazyPage;
  /** The queries the page asks for first (the ones its heading waits for), by the route's params. */
  queries?: (params: Params) => readonly PageQuery[];
}

/** A page's query, as the page itself passes it to useQuery: the same key, so the page finds the answer in the cache. */
export interface PageQuery {
  queryKey: QueryKey;
  queryFn: () => Promise<unknown>;
}

export function pageRoutes(pages: readonly PageRoute[]) {
  return pages.map(({ path, resource, action, Page }) => (
    <Route key={path} path={path} element={<Guard resource={resource} action={action}><Page /></Guard>} />
  ));
}

const matchPage = (pages: readonly PageRoute[], pathname: string) => matchRoutes(pages.map((p) => ({ path: p.path, page: p })), pathname)?.[0];

/** The page the router would render at `pathname`. */
export function pageAt(pages: readonly PageRoute[], pathname: string): PageRoute | undefined {
  return matchPage(pages, pathname)?.route.page;
}

/**
 * Starts loading the code of the page at `pathname`, and asks its first queries into `client`. main.tsx calls it at
 * boot: on a first visit the page's chunk and data then arrive beside the session check and the frame instead of
 * after them. A failure is left to the router and the page to show (a page of another role answers not found).
 */
export function preloadPage(pages: readonly PageRoute[], pathname: string, client?: QueryClient): Promise<unknown> | undefined {
  const match = matchPage(pages, pathname);
  if (!match) return undefined;
  const { page } = match.route;
  if (client) for (const query of page.queries?.(match.params) ?? []) void client.prefetchQuery(query);
  return page.Page.preload().catch(() => undefined);
}
