import { APPLICATION_STATES, type ApplicationState, type LaunchListItem, SEASONS, type Season, allowedActions, canEdit } from '@console/shared';
import { EditOutlined, EyeOutlined, PlusOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import { type CrudFilters, useCan } from '@refinedev/core';
import { Button, Card, Flex, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { useFormat } from '../i18n/format';
import type { ApiError } from '../providers/errors';
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
  const { tableProps, searchFormProps, sorters, tableQuery } = useTable<LaunchListItem, ApiError, FilterValues>({
    resource: 'launches',
    syncWithLocation: true,
    pagination: { pageSize: 10 },
    sorters: { initial: [{ field: 'updatedAt', order: 'desc' }] },
    onSearch: toLaunchFilters,
  });
  const form = searchFormProps.form!;
  const submit = () => form.submit();

  return (
    <>
      <PageHeader
        title={t('launches.title')}
        subtitle={t('launches.subtitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => void tableQuery.refetch()} loading={tableQuery.isFetching}>
              {t('buttons.refresh')}
            </Button>
            {canCreate?.can && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/launches/create')}>
                {t('launches.create')}
              </Button>
            )}
          </>
        }
      />
      <Card styles={{ body: { paddingBottom: 8 } }}>
        <Form<FilterValues> {...searchFormProps} layout="inline" style={{ rowGap: 12, marginBottom: 16 }}>
          <Form.Item name="q">
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('launches.searchPlaceholder')}
              aria-label={t('launches.searchPlaceholder')}
              style={{ width: 220 }}
              onPressEnter={submit}
              onClear={submit}
            />
          </Form.Item>
          <Form.Item name="state" label={t('launches.fields.state')}>
            <Select<ApplicationState[]>
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder={t('common.all')}
              style={{ minWidth: 180 }}
              aria-label={t('launches.fields.state')}
              options={APPLICATION_STATES.map((s) => ({ value: s, label: t(`appStates.${s}`) }))}
              onChange={submit}
            />
          </Form.Item>
          <Form.Item name="season" label={t('launches.fields.season')}>
            <Select<Season>
              allowClear
              placeholder={t('common.all')}
              style={{ width: 130 }}
              aria-label={t('launches.fields.season')}
              options={SEASONS.map((s) => ({ value: s, label: t(`seasons.${s}`) }))}
              onChange={submit}
            />
          </Form.Item>
          <Form.Item name="year" label={t('launches.fields.year')}>
            <InputNumber min={2000} max={2100} style={{ width: 100 }} aria-label={t('launches.fields.year')} onPressEnter={submit} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.setFieldsValue({ q: undefined, state: undefined, season: undefined, year: undefined });
                  submit();
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
        <Table<LaunchListItem>
          {...tableProps}
          rowKey="id"
          size="middle"
          scroll={{ x: 960 }}
          locale={{ emptyText: t('launches.empty') }}
          pagination={{
            ...tableProps.pagination,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50],
            showTotal: (total) => t('common.total', { total: f.integer(total) }),
          }}
        >
          <Table.Column<LaunchListItem>
            dataIndex="title"
            title={t('launches.fields.title')}
            width={230}
            sorter
            sortOrder={getDefaultSortOrder('title', sorters)}
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
            render={(_, l) => `${l.year} ${t(`seasons.${l.season}`)}`}
          />
          <Table.Column<LaunchListItem> dataIndex="state" title={t('launches.fields.state')} render={(s: ApplicationState) => <StateTag state={s} />} />
          <Table.Column<LaunchListItem>
            dataIndex="launchDate"
            title={t('launches.fields.launchDate')}
            sorter
            sortOrder={getDefaultSortOrder('launchDate', sorters)}
            render={(d: string | null) => <span className="num">{f.date(d)}</span>}
          />
          <Table.Column<LaunchListItem> dataIndex="skuCount" title={t('launches.fields.skuCount')} align="right" render={(n: number) => <span className="num">{f.integer(n)}</span>} />
          <Table.Column<LaunchListItem>
            dataIndex="submittedAt"
            title={t('launches.fields.submittedAt')}
            sorter
            sortOrder={getDefaultSortOrder('submittedAt', sorters)}
            render={(d: string | null) => <span className="num">{f.dateTime(d)}</span>}
          />
          <Table.Column<LaunchListItem>
            dataIndex="updatedAt"
            title={t('launches.fields.updatedAt')}
            sorter
            sortOrder={getDefaultSortOrder('updatedAt', sorters)}
            render={(d: string) => <span className="num">{f.dateTime(d)}</span>}
          />
          <Table.Column<LaunchListItem>
            key="actions"
            title={t('table.actions')}
            fixed="right"
            render={(_, l) => <RowActions launch={l} />}
          />
        </Table>
      </Card>
    </>
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
              {t(`reviewActions.${a}`)}
            </Button>
          </Link>
        ))}
    </Space>
  );
}

export default LaunchList;
