import { type Merchant, SERVICE_TIERS, type SessionUser, VERTICALS, type ServiceTier, type Vertical } from '@console/shared';
import { EyeOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import { type CrudFilters, useGetIdentity } from '@refinedev/core';
import { Button, Card, Flex, Form, Input, Select, Space, Table, theme, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { CrossBorderTag, TierTag, VerticalTag } from '../common/tags';
import { useFormat } from '../i18n/format';
import type { ApiError } from '../providers/errors';
import { dsrColor, pointsColor } from './profile';

interface FilterValues {
  q?: string;
  vertical?: Vertical[];
  crossBorder?: 'true' | 'false';
  serviceTier?: ServiceTier[];
}

/** The form's values → Refine filters; an empty value removes its filter (and from the URL). */
export function toMerchantFilters(values: FilterValues): CrudFilters {
  const list = <T,>(v: T[] | undefined) => (v && v.length ? v : undefined);
  return [
    { field: 'q', operator: 'contains', value: values.q?.trim() || undefined },
    { field: 'vertical', operator: 'in', value: list(values.vertical) },
    { field: 'crossBorder', operator: 'eq', value: values.crossBorder === undefined ? undefined : values.crossBorder === 'true' },
    { field: 'serviceTier', operator: 'in', value: list(values.serviceTier) },
  ];
}

/** Merchants of the manager's verticals: server-side pagination, sorting and filters, all kept in the URL. */
export function MerchantList() {
  const { t } = useTranslation();
  const f = useFormat();
  const { token } = theme.useToken();
  const { data: user } = useGetIdentity<SessionUser>();
  const { tableProps, searchFormProps, sorters, tableQuery } = useTable<Merchant, ApiError, FilterValues>({
    resource: 'merchants',
    syncWithLocation: true,
    pagination: { pageSize: 10 },
    onSearch: toMerchantFilters,
  });
  const form = searchFormProps.form!;
  const verticals = user?.role === 'manager' ? user.verticals : [...VERTICALS];
  const submit = () => form.submit();

  return (
    <>
      <PageHeader
        title={t('merchants.title')}
        subtitle={t('merchants.subtitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void tableQuery.refetch()} loading={tableQuery.isFetching}>
            {t('buttons.refresh')}
          </Button>
        }
      />
      <Card styles={{ body: { paddingBottom: 8 } }}>
        <Form<FilterValues> {...searchFormProps} layout="inline" style={{ rowGap: 12, marginBottom: 16 }} aria-label={t('buttons.filter')}>
          <Form.Item name="q">
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('merchants.filters.searchPlaceholder')}
              style={{ width: 240 }}
              onPressEnter={submit}
              onClear={submit}
              aria-label={t('merchants.filters.searchPlaceholder')}
            />
          </Form.Item>
          <Form.Item name="vertical" label={t('merchants.filters.vertical')}>
            <Select<Vertical[]>
              mode="multiple"
              allowClear
              placeholder={t('common.all')}
              style={{ minWidth: 180 }}
              maxTagCount="responsive"
              options={verticals.map((v) => ({ value: v, label: t(`verticals.${v}`) }))}
              onChange={submit}
              aria-label={t('merchants.filters.vertical')}
            />
          </Form.Item>
          <Form.Item name="crossBorder" label={t('merchants.filters.crossBorder')}>
            <Select<'true' | 'false'>
              allowClear
              placeholder={t('common.all')}
              style={{ width: 120 }}
              options={[
                { value: 'true', label: t('merchants.crossBorderYes') },
                { value: 'false', label: t('merchants.crossBorderNo') },
              ]}
              onChange={submit}
              aria-label={t('merchants.filters.crossBorder')}
            />
          </Form.Item>
          <Form.Item name="serviceTier" label={t('merchants.filters.serviceTier')}>
            <Select<ServiceTier[]>
              mode="multiple"
              allowClear
              placeholder={t('common.all')}
              style={{ minWidth: 180 }}
              maxTagCount="responsive"
              options={SERVICE_TIERS.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))}
              onChange={submit}
              aria-label={t('merchants.filters.serviceTier')}
            />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  form.setFieldsValue({ q: undefined, vertical: undefined, crossBorder: undefined, serviceTier: undefined });
                  submit();
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
        <Table<Merchant>
          {...tableProps}
          rowKey="id"
          size="middle"
          scroll={{ x: 1000 }}
          pagination={{
            ...tableProps.pagination,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50],
            showTotal: (total) => t('common.total', { total: f.integer(total) }),
          }}
        >
          <Table.Column<Merchant>
            dataIndex="name"
            title={t('merchants.fields.name')}
            sorter
            sortOrder={getDefaultSortOrder('name', sorters)}
            render={(name: string, m) => (
              <Flex vertical>
                <Link to={`/merchants/${encodeURIComponent(m.id)}`} style={{ color: token.colorTextHeading, fontWeight: 600 }}>
                  {name}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {m.id}
                </Typography.Text>
              </Flex>
            )}
          />
          <Table.Column<Merchant> dataIndex="vertical" title={t('merchants.fields.vertical')} render={(v: Vertical) => <VerticalTag vertical={v} />} />
          <Table.Column<Merchant> dataIndex="serviceTier" title={t('merchants.fields.serviceTier')} render={(tier: ServiceTier) => <TierTag tier={tier} />} />
          <Table.Column<Merchant>
            dataIndex="dsrService"
            title={
              <Tooltip title={`${t('merchants.fields.dsrDescription')} / ${t('merchants.fields.dsrService')} / ${t('merchants.fields.dsrLogistics')}`}>
                {t('merchants.fields.dsr')}
              </Tooltip>
            }
            sorter
            sortOrder={getDefaultSortOrder('dsrService', sorters)}
            render={(_: number, m) => (
              <Space size={4} className="num">
                {[m.dsrDescription, m.dsrService, m.dsrLogistics].map((score, i) => (
                  <span key={i} style={{ color: dsrColor(score, token) }}>
                    {f.dsr(score)}
                    {i < 2 && <span style={{ color: token.colorTextQuaternary }}> /</span>}
                  </span>
                ))}
              </Space>
            )}
          />
          <Table.Column<Merchant>
            dataIndex="violationPoints"
            title={t('merchants.fields.violationPoints')}
            align="right"
            sorter
            sortOrder={getDefaultSortOrder('violationPoints', sorters)}
            render={(points: number) => (
              <Typography.Text className="num" style={{ color: pointsColor(points, token) }}>
                {points}
              </Typography.Text>
            )}
          />
          <Table.Column<Merchant> dataIndex="crossBorder" title={t('merchants.fields.crossBorder')} render={(c: boolean) => <CrossBorderTag crossBorder={c} />} />
          <Table.Column<Merchant>
            key="members"
            title={t('merchants.fields.membersTotal')}
            align="right"
            render={(_, m) => (
              <Tooltip title={`T1 ${f.integer(m.membersT1)} · T2 ${f.integer(m.membersT2)} · T3 ${f.integer(m.membersT3)}`}>
                <span className="num">{f.integer(m.membersT1 + m.membersT2 + m.membersT3)}</span>
              </Tooltip>
            )}
          />
          <Table.Column<Merchant>
            dataIndex="createdAt"
            title={t('merchants.fields.createdAt')}
            sorter
            sortOrder={getDefaultSortOrder('createdAt', sorters)}
            render={(iso: string) => <span className="num">{f.date(iso)}</span>}
          />
          <Table.Column<Merchant>
            key="actions"
            title={t('table.actions')}
            fixed="right"
            render={(_, m) => (
              <Link to={`/merchants/${encodeURIComponent(m.id)}`}>
                <Button size="small" icon={<EyeOutlined />}>
                  {t('common.view')}
                </Button>
              </Link>
            )}
          />
        </Table>
      </Card>
    </>
  );
}

export default MerchantList;
