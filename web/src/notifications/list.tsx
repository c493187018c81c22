import type { Notification, SessionUser } from '@console/shared';
import { useGetIdentity } from '@refinedev/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Checkbox, Flex, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { EmptyState, ErrorState } from '../common/states';
import { useFormat } from '../i18n/format';
import { trpc } from '../providers/trpc';
import { UNREAD_KEY, notificationLink, useNotificationText } from './api';
import { Panel } from '../common/Panel';

const PAGE_SIZE = 10;

/** The operator's notifications, newest first, paged on the server; opening or marking one reads it. */
export function NotificationList() {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useNotificationText();
  const { data: user } = useGetIdentity<SessionUser>();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useQuery({
    queryKey: ['notifications', 'list', page, unreadOnly],
    queryFn: () => trpc.notifications.list.query({ page, pageSize: PAGE_SIZE, unreadOnly }),
  });
  const markRead = async (input: { ids: number[] } | { all: true }) => {
    await trpc.notifications.markRead.mutate(input);
    await Promise.all([queryClient.invalidateQueries({ queryKey: ['notifications', 'list'] }), queryClient.invalidateQueries({ queryKey: UNREAD_KEY })]);
  };
  const hasUnread = query.data?.items.some((n) => !n.readAt);

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subtitle={t('inbox.subtitle')}
        extra={
          <Button onClick={() => void markRead({ all: true })} disabled={!hasUnread}>
            {t('inbox.markAllRead')}
          </Button>
        }
      />
      <Panel>
        <Checkbox
          checked={unreadOnly}
          onChange={(e) => {
            setUnreadOnly(e.target.checked);
            setPage(1);
          }}
          style={{ marginBottom: 12 }}
        >
          {t('inbox.unreadOnly')}
        </Checkbox>
        {query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <List<Notification>
            loading={query.isLoading}
            dataSource={query.data?.items ?? []}
            locale={{
              emptyText: unreadOnly ? (
                <EmptyState title={t('inbox.noUnread')} action={<Button onClick={() => setUnreadOnly(false)}>{t('inbox.showAll')}</Button>} />
              ) : (
                <EmptyState title={t('inbox.empty')} description={t('inbox.emptyHint')} />
              ),
            }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: query.data?.total ?? 0,
              onChange: setPage,
              showTotal: (total) => t('common.total', { total: f.integer(total) }),
              hideOnSinglePage: false,
            }}
            renderItem={(n) => {
              const link = notificationLink(n, user?.role);
              return (
                <List.Item
                  data-testid="notification"
                  actions={[
                    ...(link
                      ? [
                          <Link key="open" to={link} onClick={() => (n.readAt ? undefined : void markRead({ ids: [n.id] }))}>
                            {t('inbox.open')}
                          </Link>,
                        ]
                      : []),
                    n.readAt ? (
                      <Typography.Text key="read" type="secondary">
                        {t('inbox.read')}
                      </Typography.Text>
                    ) : (
                      <Button key="mark" size="small" type="link" onClick={() => void markRead({ ids: [n.id] })}>
                        {t('inbox.markRead')}
                      </Button>
                    ),
                  ]}
                >
                  <Flex gap={10} align="flex-start">
                    <Badge status={n.readAt ? 'default' : 'processing'} style={{ marginTop: 4 }} />
                    <Space direction="vertical" size={2}>
                      <Typography.Text strong={!n.readAt}>{text(n)}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {f.dateTime(n.createdAt)}
                      </Typography.Text>
                    </Space>
                  </Flex>
                </List.Item>
              );
            }}
          />
        )}
      </Panel>
    </>
  );
}

export default NotificationList;
