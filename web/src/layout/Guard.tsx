import { useCan } from '@refinedev/core';
import type { ReactNode } from 'react';
import type { Action } from '../providers/access';
import { NotFound } from './NotFound';
import { PageLoading } from './PageLoading';

/** A route of another role looks exactly like an unknown route: not found. */
export function Guard({ resource, action, children }: { resource: string; action: Action; children: ReactNode }) {
  const { data } = useCan({ resource, action });
  if (!data) return <PageLoading />;
  return data.can ? <>{children}</> : <NotFound />;
}
