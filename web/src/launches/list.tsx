import { APPLICATION_STATES, type ApplicationState, type LaunchListItem, SEASONS, type Season, allowedActions, canEdit, launchSummaryIssues } from '@console/shared';
import { EditOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { type CrudFilters, useCan } from '@refinedev/core';
import { Button, Flex, InputNumber, Popconfirm, Space, Table, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FilterBar, FilterField, ListPage, SearchFilter, SelectFilter, ServerTable, useServerTable } from '../common/list';
import { useFormat } from '../i18n/format';
import { useRefreshApplication } from './api';
import { StateTag, useIssueText } from './common';
import { toApiError } from '../providers/errors';
import { useFeedback } from '../providers/feedback';
import { trpc } from '../providers/trpc';
import { Typography } from '../common/typography';

interface FilterValues {
  q?: string;
  state?: ApplicationState[];
  season?: Season;
  year?: number | null;
}

export function toLaunchFilters(values: FilterValues): CrudFilters {
  return [
    { field: 'q', operator: 'contains', value: values.q?.trim() || undefined },
    { field: 'state', operator: 'in', value: values.state?.length ? values.state : undefined },
    { field: 'season', operator: 'eq', value: values.season || undefined },
    { field: 'year', operator: 'eq', value: values.year ?? undefined },
  ];
}

/** The operator's launches: server-side pages and filters, the actions the state machine allows per row. */
export function LaunchList() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { data: canCreate } = useCan({ resource: 'launches', action: 'create' });
  const { tableProps, filterValues, sortable, tableQuery, submit, filtered } = useServerTable<LaunchListItem, FilterValues>({
    resource: 'launches',
    pageSize: 10,
    initialSort: { field: 'updatedAt', order: 'desc' },
    onSearch: toLaunchFilters,
  });

  return (
    <ListPage
      title={t('launches.title')}
      subtitle={t('launches.subtitle')}
      query={tableQuery}
      filtered={filtered}
      empty={{
        title: t('launches.empty'),
        description: t('launches.emptyHint'),
        action: canCreate?.can && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/launches/create')}>
            {t('launches.create')}
          </Button>
        ),
      }}
      extra={
        canCreate?.can && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/launches/create')}>
            {t('launches.create')}
          </Button>
        )
      }
    >
      <FilterBar<FilterValues> values={filterValues} emptyValues={{ q: undefined, state: undefined, season: undefined, year: undefined }}>
        <SearchFilter placeholder={t('launches.searchPlaceholder')} width={220} />
        <SelectFilter<ApplicationState[]>
          name="state"
          label={t('launches.fields.state')}
          multiple
          style={{ minWidth: 180 }}
          options={APPLICATION_STATES.map((s) => ({ value: s, label: t(`appStates.${s}`) }))}
        />
        <SelectFilter<Season>
          name="season"
          label={t('launches.fields.season')}
          style={{ width: 130 }}
          options={SEASONS.map((s) => ({ value: s, label: t(`seasons.${s}`) }))}
        />
        <FilterField name="year" label={t('launches.fields.year')}>
          <InputNumber min={2000} max={2100} style={{ width: 100 }} aria-label={t('launches.fields.year')} onPressEnter={submit} />
        </FilterField>
      </FilterBar>
      <ServerTable<LaunchListItem> {...tableProps} scroll={{ x: 1080 }}>
        <Table.Column<LaunchListItem>
          dataIndex="title"
          title={t('launches.fields.title')}
          width={200}
          {...sortable('title')}
          render={(title: string, l) => (
            <Flex vertical>
              <Link to={`/launches/${encodeURIComponent(l.id)}`}>
                <Typography.Text strong style={{ color: 'inherit' }}>
                  {title || '—'}
                </Typography.Text>
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l.id}
              </Typography.Text>
            </Flex>
          )}
        />
        <Table.Column<LaunchListItem>
          key="season"
          title={t('launches.fields.seasonYear')}
          width={150}
          render={(_, l) => <span style={{ whiteSpace: 'nowrap' }}>{`${l.year} ${t(`seasons.${l.season}`)}`}</span>}
        />
        <Table.Column<LaunchListItem> dataIndex="state" title={t('launches.fields.state')} width={130} render={(s: ApplicationState) => <StateTag state={s} />} />
        <Table.Column<LaunchListItem>
          dataIndex="launchDate"
          title={t('launches.fields.launchDate')}
          width={110}
          {...sortable('launchDate')}
          render={(d: string | null) => <span className="num">{f.date(d)}</span>}
        />
        <Table.Column<LaunchListItem> dataIndex="skuCount" title={t('launches.fields.skuCount')} width={70} align="right" render={(n: number) => <span className="num">{f.integer(n)}</span>} />
        <Table.Column<LaunchListItem>
          dataIndex="submittedAt"
          title={t('launches.fields.submittedAt')}
          width={120}
          {...sortable('submittedAt')}
          render={(d: string | null) => <span className="num">{f.dateTime(d)}</span>}
        />
        <Table.Column<LaunchListItem>
          dataIndex="updatedAt"
          title={t('launches.fields.updatedAt')}
          width={120}
          {...sortable('updatedAt')}
          render={(d: string) => <span className="num">{f.dateTime(d)}</span>}
        />
        <Table.Column<LaunchListItem>
          key="actions"
          title={t('table.actions')}
          fixed="right"
          width={180}
          render={(_, l) => <RowActions launch={l} />}
        />
      </ServerTable>
    </ListPage>
  );
}

/**
 * View always; edit while the state allows it; submit and withdraw act from the row, after a confirmation. A draft
 * whose row already shows why it cannot pass (no title, no date, too few SKUs) offers submit disabled, saying why;
 * one the server still refuses opens its form with the problems marked.
 */
function RowActions({ launch }: { launch: LaunchListItem }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const issueText = useIssueText();
  const refresh = useRefreshApplication();
  const { notification } = useFeedback();
  const [busy, setBusy] = useState<string | null>(null);
  const actions = allowedActions(launch.state, 'operator');
  const path = `/launches/${encodeURIComponent(launch.id)}`;
  const blockers = launchSummaryIssues(launch);
  const why = t('launches.cannotSubmit', { reasons: blockers.map((i) => issueText(i.key, i.params)).join(t('launches.listSeparator')) });

  async function act(action: 'submit' | 'withdraw') {
    setBusy(action);
    try {
      const input = { id: launch.id, version: launch.version };
      await (action === 'submit' ? trpc.launches.submit.mutate(input) : trpc.launches.withdraw.mutate(input));
      notification.success({ message: t(action === 'submit' ? 'launches.submittedOk' : 'launches.withdrawn'), description: launch.title || launch.id });
      await refresh(launch.id);
    } catch (e) {
      const api = toApiError(e);
      if (action === 'submit' && Object.keys(api.fieldErrors).length) navigate(`${path}/edit`, { state: { submitAttempt: true } });
      else {
        notification.error({ message: api.code === 'CONFLICT' ? t('errors.staleVersion') : api.message, description: launch.title || launch.id });
        if (api.code === 'CONFLICT') await refresh(launch.id);
      }
    } finally {
      setBusy(null);
    }
  }

  return (
    <Space size={4} wrap>
      <Link to={path}>
        <Button size="small" icon={<EyeOutlined />}>
          {t('common.view')}
        </Button>
      </Link>
      {canEdit(launch.state) && (
        <Link to={`${path}/edit`}>
          <Button size="small" icon={<EditOutlined />}>
            {t('common.edit')}
          </Button>
        </Link>
      )}
      {actions.includes('submit') &&
        (blockers.length ? (
          <Tooltip title={why}>
            {/* A disabled button gets no hover: the tooltip hangs on a focusable wrapper that says the same. */}
            <span tabIndex={0} data-testid="submit-blocked" aria-label={why}>
              <Button size="small" type="primary" disabled data-action="submit" style={{ pointerEvents: 'none' }}>
                {t('launches.submit')}
              </Button>
            </span>
          </Tooltip>
        ) : (
          <Popconfirm title={t('launches.submitConfirm', { title: launch.title })} okText={t('launches.submit')} cancelText={t('common.cancel')} onConfirm={() => act('submit')}>
            <Button size="small" type="primary" loading={busy === 'submit'} data-action="submit">
              {/* The verb (提交审核 / Withdraw), not the audit entry's past tense. */}
              {t('launches.submit')}
            </Button>
          </Popconfirm>
        ))}
      {actions.includes('withdraw') && (
        <Popconfirm title={t('launches.withdrawConfirm')} okText={t('launches.withdraw')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={() => act('withdraw')}>
          <Button size="small" danger loading={busy === 'withdraw'} data-action="withdraw">
            {t('launches.withdraw')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

export default LaunchList;
