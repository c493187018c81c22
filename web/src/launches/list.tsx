import { APPLICATION_STATES, type ApplicationState, type LaunchListItem, SEASONS, type Season, allowedActions, canEdit } from '@console/shared';
import { EditOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { type CrudFilters, useCan } from '@refinedev/core';
import { Button, Flex, Form, InputNumber, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FilterBar, ListPage, SearchFilter, SelectFilter, ServerTable, useServerTable } from '../common/list';
import { useFormat } from '../i18n/format';
import { StateTag } from './common';

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
  const { tableProps, searchFormProps, sortable, tableQuery, submit, filtered } = useServerTable<LaunchListItem, FilterValues>({
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
      <FilterBar<FilterValues> formProps={searchFormProps} emptyValues={{ q: undefined, state: undefined, season: undefined, year: undefined }}>
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
        <Form.Item name="year" label={t('launches.fields.year')}>
          <InputNumber min={2000} max={2100} style={{ width: 100 }} aria-label={t('launches.fields.year')} onPressEnter={submit} />
        </Form.Item>
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

/** View always; edit while the state allows it; the workflow actions of the shared state machine open the page. */
function RowActions({ launch }: { launch: LaunchListItem }) {
  const { t } = useTranslation();
  const actions = allowedActions(launch.state, 'operator');
  const path = `/launches/${encodeURIComponent(launch.id)}`;
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
      {actions
        .filter((a) => a !== 'resubmit')
        .map((a) => (
          <Link key={a} to={path}>
            <Button size="small" type={a === 'submit' ? 'primary' : 'default'} danger={a === 'withdraw'} data-action={a}>
              {/* The verb (提交审核 / Withdraw), not the audit entry's past tense. */}
              {t(`launches.${a}`)}
            </Button>
          </Link>
        ))}
    </Space>
  );
}

export default LaunchList;
