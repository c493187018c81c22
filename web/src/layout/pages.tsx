import { type ComponentType, lazy, type LazyExoticComponent } from 'react';
import { matchRoutes, Route } from 'react-router';
import type { Action } from '../providers/access';
import { Guard } from './Guard';

/** A page's chunk that the router renders lazily and that can also be asked for before the router runs. */
export type LazyPage<P = object> = LazyExoticComponent<ComponentType<P>> & { preload: () => Promise<unknown> };

/** A route's page (or the frame) as its own chunk, loaded once whether `preload` or the router asks first. */
export function lazyPage<P = object>(load: () => Promise<{ default: ComponentType<P> }>): LazyPage<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const once = () =>
    (loading ??= load().catch((error: unknown) => {
      // A chunk that failed to arrive (a deploy, a network blip) is asked for again next time.
      loading = undefined;
      throw error;
    }));
  return Object.assign(lazy(once), { preload: once });
}

/** A signed-in page: its path, the access it needs (a page of another role looks like an unknown one) and its code. */
export interface PageRoute {
  path: string;
  resource: string;
  action: Action;
  Page: LazyPage;
}

export function pageRoutes(pages: readonly PageRoute[]) {
  return pages.map(({ path, resource, action, Page }) => (
    <Route key={path} path={path} element={<Guard resource={resource} action={action}><Page /></Guard>} />
  ));
}

/** The page the router would render at `pathname`. */
export function pageAt(pages: readonly PageRoute[], pathname: string): PageRoute | undefined {
  return matchRoutes(pages.map((p) => ({ path: p.path, page: p })), pathname)?.[0]?.route.page;
}

/**
 * Starts loading the code of the page at `pathname`. main.tsx calls it at boot: on a first visit the page's chunk then
 * loads beside the session check and the frame instead of after them. A failure is left to the router to show.
 */
export function preloadPage(pages: readonly PageRoute[], pathname: string): Promise<unknown> | undefined {
  return pageAt(pages, pathname)?.Page.preload().catch(() => undefined);
}
