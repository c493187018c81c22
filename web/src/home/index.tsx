import type { SessionUser } from '@console/shared';
import { useGetIdentity } from '@refinedev/core';
import { PageLoading } from '../layout/PageLoading';
import { AdminHome } from './admin';
import { ManagerHome } from './manager';
import { OperatorHome } from './operator';

/** The landing page after sign-in: the signed-in role's home. */
export function HomePage() {
  const { data: user, isLoading } = useGetIdentity<SessionUser>();
  if (isLoading || !user) return <PageLoading />;
  if (user.role === 'operator') return <OperatorHome />;
  if (user.role === 'manager') return <ManagerHome />;
  return <AdminHome />;
}

export default HomePage;
