import type { SessionUser } from '@console/shared';
import { ThemedSider } from '@refinedev/antd';
import { type RefineThemedLayoutSiderProps } from '@refinedev/antd';
import { useGetIdentity } from '@refinedev/core';

/**
 * The menu: resources the role may list (the access-control provider hides the rest). Route parameters such as
 * the operator's own `:merchantId` come from the signed-in user; sign-out lives in the header, not here.
 */
export function AppSider(props: RefineThemedLayoutSiderProps) {
  const { data: user } = useGetIdentity<SessionUser>();
  return (
    <ThemedSider
      {...props}
      fixed
      meta={{ merchantId: user?.merchantId ?? undefined }}
      render={({ items }) => <>{items}</>}
    />
  );
}
