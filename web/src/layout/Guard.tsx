import { useCan } from '@refinedev/core';
import { lazy, type ReactNode } from 'react';
import type { Action } from '../providers/access';
import { PageLoading } from './PageLoading';

// antd's Result (with its illustrations) loads only when a not-found page is shown.
const NotFound = lazy(() => import('./NotFound'));

/** A route of another role looks exactly like an unknown route: not found. */
export function Guard({ resource, action, children }: { resource: string; action: Action; children: ReactNode }) {
  const { data } = useCan({ resource, action });
  if (!data) return <PageLoading />;
  return data.can ? <>{children}</> : <NotFound />;
}
