import type { TitleProps } from '@refinedev/core';
import { Layout } from 'antd';
import { type FC, type ReactNode, useState } from 'react';
import { Breadcrumbs } from './Breadcrumbs';
import { AppHeader } from './Header';
import { AppSider } from './Sider';

/** The console's frame: menu on the left (its white runs the page's full height), header on top, where-am-I, the page. */
export function AppLayout({ Title, children }: { Title: FC<TitleProps>; children: ReactNode }) {
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout style={{ minHeight: '100vh' }} hasSider>
      <AppSider Title={Title} collapsed={collapsed} onCollapse={setCollapsed} />
      <Layout>
        <AppHeader />
        <Layout.Content style={{ padding: 24, minHeight: 360 }}>
          <Breadcrumbs />
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
