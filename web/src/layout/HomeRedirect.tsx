import type { SessionUser } from '@console/shared';
import { useGetIdentity } from '@refinedev/core';
import { Navigate } from 'react-router';
import { homePath } from '../providers/access';
import { PageLoading } from './PageLoading';

/** `/` (and `/login` when already signed in) → the role's home. */
export function HomeRedirect() {
  const { data: user, isLoading } = useGetIdentity<SessionUser>();
  if (isLoading) return <PageLoading />;
  return <Navigate to={user ? homePath(user) : '/login'} replace />;
}
