import type { SessionUser } from '@console/shared';
import BellOutlined from '@ant-design/icons/BellOutlined';
import { useGetIdentity } from '@refinedev/core';
import Badge from 'antd/es/badge';
import Button from 'antd/es/button';
import Tooltip from 'antd/es/tooltip';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { canAccess } from '../providers/access';
import { useUnreadCount } from './api';
import { useLiveNotifications } from './live';

/** The header's bell with the unread count, kept current by the live feed; only for roles that receive notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: user } = useGetIdentity<SessionUser>();
  const enabled = canAccess(user, 'notifications', 'list');
  const live = useLiveNotifications(user?.id, user?.role, enabled);
  const { data } = useUnreadCount(enabled, live);
  if (!enabled) return null;
  const count = data?.count ?? 0;
  return (
    <Tooltip title={t('inbox.bell')}>
      <Badge count={count} size="small" offset={[-4, 4]} data-testid="unread-count">
        <Button type="text" icon={<BellOutlined />} aria-label={`${t('inbox.bell')} (${count})`} onClick={() => navigate('/notifications')} />
      </Badge>
    </Tooltip>
  );
}
