import type { SessionUser } from '@console/shared';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useGetIdentity, useLogout } from '@refinedev/core';
import { Avatar, Button, Divider, Flex, Layout, Space, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLE_COLORS, RoleTag } from '../common/tags';
import { NotificationBell } from '../notifications/bell';
import { LanguageSwitch } from './LanguageSwitch';
import { useFormat } from '../i18n/format';

const AVATAR_BG: Record<string, string> = { blue: '#1677ff', purple: '#722ed1', gold: '#d48806' };

/** The user's name, role and scope (store or verticals), the language switch and sign-out. */
export function AppHeader() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const f = useFormat();
  const { data: user } = useGetIdentity<SessionUser>();
  const { mutate: logout, isPending } = useLogout();
  const scope = user
    ? user.role === 'operator'
      ? user.merchantName
      : user.role === 'manager'
        ? user.verticals.map((v) => t(`verticals.${v}`)).join(' · ')
        : null
    : null;
  return (
    <Layout.Header
      style={{
        background: token.colorBgElevated,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        padding: '0 24px',
        height: 64,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      <Flex align="center" gap={8}>
        <NotificationBell />
        <LanguageSwitch />
        <Divider type="vertical" />
        {user && (
          <Space size={10} data-testid="current-user">
            <Avatar size={32} icon={<UserOutlined />} style={{ backgroundColor: AVATAR_BG[ROLE_COLORS[user.role]] }} />
            <Flex vertical style={{ lineHeight: 1.3 }}>
              <Space size={6}>
                <span style={{ fontWeight: 600, color: token.colorText }}>{f.name({ name: user.displayName, nameEn: user.displayNameEn })}</span>
                <RoleTag role={user.role} />
              </Space>
              {scope && (
                <span style={{ fontSize: 12, color: token.colorTextSecondary }}>
                  {t('header.scopeLine', { label: user.role === 'operator' ? t('header.merchant') : t('header.verticals'), value: scope })}
                </span>
              )}
            </Flex>
          </Space>
        )}
        <Divider type="vertical" />
        <Button type="text" icon={<LogoutOutlined />} loading={isPending} onClick={() => logout()}>
          {t('header.signOut')}
        </Button>
      </Flex>
    </Layout.Header>
  );
}
