import type { SessionUser } from '@console/shared';
import MenuFoldOutlined from '@ant-design/icons/MenuFoldOutlined';
import MenuUnfoldOutlined from '@ant-design/icons/MenuUnfoldOutlined';
import { type TitleProps, useGetIdentity, useMenu } from '@refinedev/core';
import { Button, Layout, theme } from 'antd';
import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { canAccess } from '../providers/access';
import { SiderNav } from './SiderNav';

/**
 * The menu: the resources the role may list, by the same table the access-control provider answers from.
 * Route parameters such as the operator's own `:merchantId` come from the signed-in user (Refine's ThemedSider
 * links an item to its raw route pattern, `/store/:merchantId`, and weighs on the first load, so the sider is ours). Sign-out is in the header.
 */
export function AppSider({ Title, collapsed: siderCollapsed, onCollapse: setSiderCollapsed }: { Title?: FC<TitleProps>; collapsed: boolean; onCollapse: (collapsed: boolean) => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { data: user } = useGetIdentity<SessionUser>();
  const { menuItems } = useMenu({ meta: { merchantId: user?.merchantId ?? undefined } });
  const items = menuItems
    .filter((item) => item.route && canAccess(user, item.name, 'list'))
    .map((item) => ({ key: item.key, icon: item.icon, label: item.label ?? item.name, to: item.route! }));

  return (
    <Layout.Sider
      theme="light"
      width={224}
      collapsible
      collapsed={siderCollapsed}
      onCollapse={setSiderCollapsed}
      breakpoint="lg"
      trigger={null}
      // The sider itself stretches with the page (its white runs the full height of a long page); what is inside
      // stays in view while the page scrolls.
      style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
    >
      <div style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
        <div
          style={{
            height: 64,
            display: 'flex',
            alignItems: 'center',
            justifyContent: siderCollapsed ? 'center' : 'flex-start',
            padding: siderCollapsed ? 0 : '0 20px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            fontSize: 15,
            fontWeight: 600,
          }}
        >
          {Title && <Title collapsed={siderCollapsed} />}
        </div>
        <SiderNav label={t('header.mainMenu')} items={items} collapsed={siderCollapsed} />
        <Button
          type="text"
          aria-label={t('header.toggleMenu')}
          aria-expanded={!siderCollapsed}
          icon={siderCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={() => setSiderCollapsed(!siderCollapsed)}
          style={{ position: 'absolute', bottom: 12, left: siderCollapsed ? 24 : 16 }}
        />
      </div>
    </Layout.Sider>
  );
}
