import { APPLICATION_KINDS, APPLICATION_STATES, type ApplicationKind, type ApplicationState, type QueueItem, type SessionUser, type Vertical } from '@console/shared';
import { type CrudFilters, useGetIdentity } from '@refinedev/core';
import { Alert, Button, Checkbox, DatePicker, Flex, Segmented, Table, Tag } from 'antd';
import { Input } from '../common/input';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { trpc } from '../providers/trpc';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterBar, FilterField, ListPage, SearchFilter, SelectFilter, ServerTable, useServerTable } from '../common/list';
import { VerticalTag } from '../common/tags';
import { useFormat } from '../i18n/format';
import { StateTag } from '../launches/common';
import { KIND_VIEWS, QUEUE_COLUMNS } from '../kinds';
import { Typography } from '../common/typography';

interface FilterValues {
  q?: string;
  kind?: ApplicationKind[];
  state?: ApplicationState[];
  merchantId?: string;
  vertical?: Vertical[];
  submitted?: [Dayjs | null, Dayjs | null] | null;
  overdue?: boolean;
  claimedByMe?: boolean;
}

export function toQueueFilters(values: FilterValues): CrudFilters {
  const list = <T,>(v: T[] | undefined) => (v && v.length ? v : undefined);
  const [from, to] = values.submitted ?? [null, null];
  return [
    { field: 'q', operator: 'contains', value: values.q?.trim() || undefined },
    { field: 'kind', operator: 'in', value: list(values.kind) },
    { field: 'state', operator: 'in', value: list(values.state) },
    { field: 'merchantId', operator: 'eq', value: values.merchantId?.trim() || undefined },
    { field: 'vertical', operator: 'in', value: list(values.vertical) },
    { field: 'submittedFrom', operator: 'gte', value: from ? from.startOf('day').toISOString() : undefined },
    { field: 'submittedTo', operator: 'lte', value: to ? to.endOf('day').toISOString() : undefined },
    { field: 'overdue', operator: 'eq', value: values.overdue ? true : undefined },
    { field: 'claimedByMe', operator: 'eq', value: values.claimedByMe ? true : undefined },
  ];
}

const LAST_VISIT_KEY = 'console.reviews.lastVisit.';

/**
 * When this manager last opened the queue (in this browser), read once per visit; the visit is then recorded.
 * The count of submissions since then is asked of the server with the queue's own `submittedFrom` filter.
 */
function useLastVisit(userId: string | undefined) {
  const [since, setSince] = useState<string | null>(null);
  useEffect(() => {
    if (!userId) return;
    try {
      setSince(window.localStorage.getItem(LAST_VISIT_KEY + userId));
      window.localStorage.setItem(LAST_VISIT_KEY + userId, new Date().toISOString());
    } catch {
      // private mode: no memory of visits
    }
  }, [userId]);
  const count = useQuery({
    queryKey: ['reviews', 'newSince', since],
    queryFn: () => trpc.review.queue.query({ page: 1, pageSize: 1, filters: { submittedFrom: since! } }),
    enabled: !!since,
    select: (page) => page.total,
  });
  return count.data ?? 0;
}

/** The manager's queue: their verticals only, oldest or newest submission first, overdue ones flagged red. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const f = useFormat();
  const { data: user } = useGetIdentity<SessionUser>();
  const { tableProps, filterValues, sortable, tableQuery, submit, filtered, sorters, setSorters } = useServerTable<QueueItem, FilterValues>({
    resource: 'reviews',
    pageSize: 20,
    initialSort: { field: 'submittedAt', order: 'asc' },
    onSearch: toQueueFilters,
  });
  const verticals = user?.role === 'manager' ? user.verticals : [];
  const newSince = useLastVisit(user?.id);
  const order = sorters.find((s) => s.field === 'submittedAt')?.order ?? 'asc';
  const setOrder = (o: 'asc' | 'desc') => setSorters([{ field: 'submittedAt', order: o }]);

  return (
    <ListPage
      title={t('review.title')}
      subtitle={t('review.subtitle')}
      query={tableQuery}
      filtered={filtered}
      empty={{ title: t('review.empty'), description: t('review.emptyHint') }}
      extra={
        <Segmented<'asc' | 'desc'>
          aria-label={t('review.order')}
          value={order}
          onChange={setOrder}
          options={[
            { value: 'asc', label: t('review.oldestFirst') },
            { value: 'desc', label: t('review.newestFirst') },
          ]}
        />
      }
    >
      {newSince > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="new-since"
          message={t('review.newSince', { count: newSince })}
          action={
            order === 'asc' && (
              <Button size="small" onClick={() => setOrder('desc')}>
                {t('review.newestFirst')}
              </Button>
            )
          }
        />
      )}
      <FilterBar<FilterValues>
        values={filterValues}
        emptyValues={{ q: undefined, kind: undefined, state: undefined, merchantId: undefined, vertical: undefined, submitted: undefined, overdue: false, claimedByMe: false }}
      >
        <SearchFilter placeholder={t('review.filters.search')} width={200} />
        <SelectFilter<ApplicationKind[]>
          name="kind"
          label={t('review.filters.kind')}
          multiple
          style={{ minWidth: 130 }}
          options={APPLICATION_KINDS.map((k) => ({ value: k, label: t(`appKinds.${k}`) }))}
        />
        <SelectFilter<ApplicationState[]>
          name="state"
          label={t('review.filters.state')}
          multiple
          placeholder={`${t('appStates.submitted')} / ${t('appStates.in_review')}`}
          style={{ minWidth: 180 }}
          options={APPLICATION_STATES.filter((s) => s !== 'draft').map((s) => ({ value: s, label: t(`appStates.${s}`) }))}
        />
        <SelectFilter<Vertical[]>
          name="vertical"
          label={t('review.filters.vertical')}
          multiple
          style={{ minWidth: 140 }}
          options={verticals.map((v) => ({ value: v, label: t(`verticals.${v}`) }))}
        />
        <FilterField name="merchantId" label={t('review.filters.merchant')}>
          <Input allowClear placeholder="m_apparel_01" style={{ width: 150 }} aria-label={t('review.filters.merchant')} onPressEnter={submit} onClear={submit} />
        </FilterField>
        <FilterField name="submitted" label={t('review.filters.submitted')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} onChange={submit} style={{ width: 260 }} />
        </FilterField>
        <FilterField name="overdue" valuePropName="checked">
          <Checkbox onChange={submit}>{t('review.filters.overdue')}</Checkbox>
        </FilterField>
        <FilterField name="claimedByMe" valuePropName="checked">
          <Checkbox onChange={submit}>{t('review.filters.mine')}</Checkbox>
        </FilterField>
      </FilterBar>
      <ServerTable<QueueItem> {...tableProps} scroll={{ x: 1150 }}>
        <Table.Column<QueueItem>
          dataIndex="title"
          title={t('review.fields.title')}
          width={210}
          render={(title: string, q) => (
            <Flex vertical>
              <Link to={`/reviews/${encodeURIComponent(q.id)}`}>
                <Typography.Text strong style={{ color: 'inherit' }}>
                  {title}
                </Typography.Text>
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`appKinds.${q.kind}`)} · {t('review.fields.round', { n: q.submissionCount })}
              </Typography.Text>
            </Flex>
          )}
        />
        <Table.Column<QueueItem>
          dataIndex="merchantName"
          title={t('review.fields.merchant')}
          width={150}
          render={(name: string, q) => (
            <Flex vertical>
              <span>{name}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {q.merchantId}
              </Typography.Text>
            </Flex>
          )}
        />
        <Table.Column<QueueItem> dataIndex="vertical" title={t('review.fields.vertical')} width={90} render={(v: Vertical) => <VerticalTag vertical={v} />} />
        {QUEUE_COLUMNS.map((c) => (
          <Table.Column<QueueItem>
            key={`kind-${c.key}`}
            title={t(c.titleKey)}
            width={c.width}
            render={(_, q) => {
              const Cell = KIND_VIEWS[q.kind].queueCells[c.key];
              return Cell ? <Cell details={q.details} /> : <Typography.Text type="secondary">—</Typography.Text>;
            }}
          />
        ))}
        <Table.Column<QueueItem>
          dataIndex="state"
          title={t('review.fields.state')}
          width={150}
          render={(s: ApplicationState, q) => (
            // Who claimed it reads with the state (in review · by whom), which keeps the queue within one screen's width.
            <Flex vertical gap={2} align="start">
              <StateTag state={s} />
              {q.claimedBy && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('review.claimedBy', { name: f.name(q.claimedBy) })}
                </Typography.Text>
              )}
            </Flex>
          )}
        />
        <Table.Column<QueueItem>
          dataIndex="submittedAt"
          title={t('review.fields.submittedAt')}
          width={150}
          {...sortable('submittedAt')}
          render={(d: string | null) => <span className="num">{f.dateTime(d)}</span>}
        />
        <Table.Column<QueueItem>
          key="waiting"
          title={t('review.fields.waiting')}
          width={150}
          render={(_, q) =>
            q.overdue ? (
              <Tag color="red" data-testid="overdue" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
                {t('review.overdue', { days: q.businessDaysWaiting ?? '—' })}
              </Tag>
            ) : q.businessDaysWaiting !== null ? (
              <span className="num">{t('review.waitingDays', { days: q.businessDaysWaiting })}</span>
            ) : (
              '—'
            )
          }
        />
        <Table.Column<QueueItem>
          key="actions"
          title={t('table.actions')}
          width={90}
          fixed="right"
          render={(_, q) => (
            <Link to={`/reviews/${encodeURIComponent(q.id)}`}>
              <Button size="small" type={q.state === 'submitted' ? 'primary' : 'default'}>
                {t('review.open')}
              </Button>
            </Link>
          )}
        />
      </ServerTable>
    </ListPage>
  );
}

export default ReviewQueue;
