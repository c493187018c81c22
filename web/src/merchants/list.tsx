import { type Merchant, SERVICE_TIERS, type SessionUser, VERTICALS, type ServiceTier, type Vertical } from '@console/shared';
import { EyeOutlined } from '@ant-design/icons';
import { type CrudFilters, useGetIdentity } from '@refinedev/core';
import { Button, Flex, Space, Table, theme, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterBar, ListPage, SearchFilter, SelectFilter, ServerTable, useServerTable } from '../common/list';
import { CrossBorderTag, TierTag, VerticalTag } from '../common/tags';
import { useFormat } from '../i18n/format';
import { dsrColor, pointsColor } from './profile';
import { Typography } from '../common/typography';

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
  const { tableProps, filterValues, sortable, tableQuery, filtered } = useServerTable<Merchant, FilterValues>({
    resource: 'merchants',
    pageSize: 10,
    onSearch: toMerchantFilters,
  });
  const verticals = user?.role === 'manager' ? user.verticals : [...VERTICALS];

  return (
    <ListPage title={t('merchants.title')} subtitle={t('merchants.subtitle')} query={tableQuery} filtered={filtered} empty={{ title: t('merchants.empty'), description: t('merchants.emptyHint') }}>
      <FilterBar<FilterValues>
        values={filterValues}
        emptyValues={{ q: undefined, vertical: undefined, crossBorder: undefined, serviceTier: undefined }}
      >
        <SearchFilter placeholder={t('merchants.filters.searchPlaceholder')} width={240} />
        <SelectFilter<Vertical[]>
          name="vertical"
          label={t('merchants.filters.vertical')}
          multiple
          style={{ minWidth: 180 }}
          options={verticals.map((v) => ({ value: v, label: t(`verticals.${v}`) }))}
        />
        <SelectFilter<'true' | 'false'>
          name="crossBorder"
          label={t('merchants.filters.crossBorder')}
          style={{ width: 120 }}
          options={[
            { value: 'true', label: t('merchants.crossBorderYes') },
            { value: 'false', label: t('merchants.crossBorderNo') },
          ]}
        />
        <SelectFilter<ServiceTier[]>
          name="serviceTier"
          label={t('merchants.filters.serviceTier')}
          multiple
          style={{ minWidth: 180 }}
          options={SERVICE_TIERS.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))}
        />
      </FilterBar>
      <ServerTable<Merchant> {...tableProps} scroll={{ x: 1000 }}>
        <Table.Column<Merchant>
          dataIndex="name"
          title={t('merchants.fields.name')}
          {...sortable('name')}
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
          {...sortable('dsrService')}
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
          {...sortable('violationPoints')}
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
          {...sortable('createdAt')}
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
      </ServerTable>
    </ListPage>
  );
}

export default MerchantList;
