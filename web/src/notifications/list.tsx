import type { Notification, SessionUser } from '@console/shared';
import { categoryOf, type NotificationCategory } from '@console/shared/notifications/categories';
import { useGetIdentity } from '@refinedev/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Flex, List, Segmented, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { EmptyState, ErrorState } from '../common/states';
import { useFormat } from '../i18n/format';
import { trpc } from '../providers/trpc';
import { LIST_KEY, UNREAD_KEY, notificationLink, useNotificationText, useUnreadCount } from './api';
import { Panel } from '../common/Panel';
import { Typography } from '../common/typography';

const PAGE_SIZE = 10;

/** The categories a role receives, in the filter's order (managers are told of submissions only). */
const CATEGORIES_OF: Record<string, NotificationCategory[]> = {
  operator: ['decision', 'decline', 'deadline', 'tier', 'perks'],
  manager: ['submission'],
};
const CATEGORY_COLOURS: Record<NotificationCategory, string> = {
  decision: 'blue',
  decline: 'orange',
  deadline: 'red',
  tier: 'purple',
  perks: 'green',
  submission: 'cyan',
};

/**
 * The user's notifications, newest first, paged on the server; filtered by read state and category (both in the
 * address, so a filtered view can be linked and survives a reload). Opening or marking one reads it. New ones
 * arrive live (the bell's feed refreshes this list).
 */
export function NotificationList() {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useNotificationText();
  const { data: user } = useGetIdentity<SessionUser>();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const unreadOnly = params.get('status') === 'unread';
  const offered = CATEGORIES_OF[user?.role ?? ''] ?? [];
  const categories = (params.get('kind')?.split(',') ?? []).filter((c): c is NotificationCategory => (offered as string[]).includes(c));
  const update = (next: { page?: number; unreadOnly?: boolean; categories?: NotificationCategory[] }) => {
    const p = new URLSearchParams(params);
    const set = (k: string, v: string | null) => (v ? p.set(k, v) : p.delete(k));
    set('page', next.page && next.page > 1 ? String(next.page) : null);
    if (next.unreadOnly !== undefined) set('status', next.unreadOnly ? 'unread' : null);
    if (next.categories !== undefined) set('kind', next.categories.join(',') || null);
    setParams(p, { replace: true });
  };
  const query = useQuery({
    queryKey: [...LIST_KEY, page, unreadOnly, categories.join(',')],
    queryFn: () => trpc.notifications.list.query({ page, pageSize: PAGE_SIZE, unreadOnly, categories }),
    placeholderData: keepPreviousData,
  });
  const unread = useUnreadCount(!!user);
  const markRead = async (input: { ids: number[] } | { all: true }) => {
    await trpc.notifications.markRead.mutate(input);
    await Promise.all([queryClient.invalidateQueries({ queryKey: LIST_KEY }), queryClient.invalidateQueries({ queryKey: UNREAD_KEY })]);
  };
  const hasUnread = (unread.data?.count ?? 0) > 0 || query.data?.items.some((n) => !n.readAt);

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
        <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
          <Segmented<'all' | 'unread'>
            aria-label={t('live.status')}
            value={unreadOnly ? 'unread' : 'all'}
            options={[
              { value: 'all', label: t('live.all') },
              { value: 'unread', label: `${t('live.unread')}${unread.data ? ` (${f.integer(unread.data.count)})` : ''}` },
            ]}
            onChange={(v) => update({ unreadOnly: v === 'unread' })}
          />
          {offered.length > 1 && (
            <Select<NotificationCategory[]>
              mode="multiple"
              allowClear
              aria-label={t('live.filterCategories')}
              placeholder={t('live.allCategories')}
              style={{ minWidth: 260 }}
              value={categories}
              options={offered.map((c) => ({ value: c, label: t(`live.categories.${c}`) }))}
              onChange={(v) => update({ categories: v })}
            />
          )}
        </Flex>
        {query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <List<Notification>
            rowKey="id"
            loading={query.isLoading}
            dataSource={query.data?.items ?? []}
            locale={{
              emptyText: categories.length > 0 ? (
                <EmptyState title={t('live.noMatch')} action={<Button onClick={() => update({ unreadOnly: false, categories: [] })}>{t('live.clearFilters')}</Button>} />
              ) : unreadOnly ? (
                <EmptyState title={t('inbox.noUnread')} action={<Button onClick={() => update({ unreadOnly: false })}>{t('inbox.showAll')}</Button>} />
              ) : (
                <EmptyState title={t('inbox.empty')} description={t('inbox.emptyHint')} />
              ),
            }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: query.data?.total ?? 0,
              onChange: (p) => update({ page: p }),
              showTotal: (total) => t('common.total', { total: f.integer(total) }),
              hideOnSinglePage: false,
            }}
            renderItem={(n) => {
              const link = notificationLink(n, user?.role);
              const category = categoryOf(n.kind);
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
                      <span>
                        {category && offered.length > 1 && (
                          <Tag color={CATEGORY_COLOURS[category]} bordered={false}>
                            {t(`live.categories.${category}`)}
                          </Tag>
                        )}
                        <Typography.Text strong={!n.readAt}>{text(n)}</Typography.Text>
                      </span>
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
