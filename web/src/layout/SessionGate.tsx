import { useIsAuthenticated } from '@refinedev/core';
import type { ReactNode } from 'react';

/**
 * The signed-in frame's guard: Refine's `<Authenticated>`, except that a re-check of a session already known to be
 * open keeps the page on screen. Refine's shows its loading content whenever the check is fetching, and sign-in
 * re-checks (useLogin invalidates the auth queries 32 ms after it navigates): the whole frame was swapped for the
 * spinner and the page just opened mounted a second time, asking for its data again. A re-check that finds the
 * session ended still shows `fallback`, once it has answered; a first check, or one after "signed out", still waits.
 */
export function SessionGate({ children, fallback, loading }: { children: ReactNode; fallback: ReactNode; loading: ReactNode }) {
  const { data, isFetching } = useIsAuthenticated();
  if (data?.authenticated) return <>{children}</>;
  if (isFetching || !data) return <>{loading}</>;
  return <>{fallback}</>;
}
