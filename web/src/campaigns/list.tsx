import { APPLICATION_STATES, type ApplicationState, type CampaignListItem } from '@console/shared';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import type { CrudFilters } from '@refinedev/core';
import { Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FilterBar, ListPage, SearchFilter, SelectFilter, ServerTable, useServerTable } from '../common/list';
import { useFormat } from '../i18n/format';
import { StateTag } from '../launches/common';

interface FilterValues {
  q?: string;
  state?: ApplicationState[];
  kind?: ('brand_day' | 'promotion')[];
}
const toFilters = (v: FilterValues): CrudFilters => [
  { field: 'q', operator: 'contains', value: v.q?.trim() || undefined },
  { field: 'state', operator: 'in', value: v.state?.length ? v.state : undefined },
  { field: 'kind', operator: 'in', value: v.kind?.length ? v.kind : undefined },
];

/** The operator's Brand Day and 618 / Double 11 applications. */
export default function CampaignList() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { tableProps, filterValues, sortable, tableQuery } = useServerTable<CampaignListItem, FilterValues>({
    resource: 'campaigns',
    pageSize: 10,
    initialSort: { field: 'updatedAt', order: 'desc' },
    onSearch: toFilters,
  });
  return (
    <ListPage
      title={t('campaigns.title')}
      subtitle={t('campaigns.subtitle')}
      query={tableQuery}
      extra={
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/campaigns/new/brand-day')}>
            {t('campaigns.newBrandDay')}
          </Button>
          <Button icon={<PlusOutlined />} onClick={() => navigate('/campaigns/new/promotion')}>
            {t('campaigns.newPromotion')}
          </Button>
        </Space>
      }
    >
      <FilterBar<FilterValues> values={filterValues} emptyValues={{ q: undefined, state: undefined, kind: undefined }}>
        <SearchFilter placeholder={t('campaigns.fields.theme')} width={200} />
        <SelectFilter<('brand_day' | 'promotion')[]> name="kind" label={t('campaigns.kind')} multiple style={{ minWidth: 160 }} options={(['brand_day', 'promotion'] as const).map((k) => ({ value: k, label: t(`appKinds.${k}`) }))} />
        <SelectFilter<ApplicationState[]> name="state" label={t('launches.fields.state')} multiple style={{ minWidth: 180 }} options={APPLICATION_STATES.map((s) => ({ value: s, label: t(`appStates.${s}`) }))} />
      </FilterBar>
      <ServerTable<CampaignListItem> {...tableProps} scroll={{ x: 900 }} locale={{ emptyText: t('campaigns.empty') }}>
        <Table.Column<CampaignListItem>
          dataIndex="title"
          title={t('campaigns.fields.theme')}
          {...sortable('title')}
          render={(title: string, r) => <Link to={`/campaigns/${encodeURIComponent(r.id)}`}>{title || '—'}</Link>}
        />
        <Table.Column<CampaignListItem> dataIndex="kind" title={t('campaigns.kind')} width={130} render={(k: string) => <Tag>{t(`appKinds.${k}`)}</Tag>} />
        <Table.Column<CampaignListItem>
          key="when"
          title={t('campaigns.date')}
          width={160}
          render={(_, r) => <span className="num">{r.kind === 'brand_day' ? f.date(r.date) : `${r.year ?? ''} ${r.festival ? t(`campaigns.festivals.${r.festival}`) : ''}`}</span>}
        />
        <Table.Column<CampaignListItem> dataIndex="state" title={t('launches.fields.state')} width={150} render={(s: ApplicationState) => <StateTag state={s} />} />
        <Table.Column<CampaignListItem> dataIndex="skuCount" title={t('launches.fields.skuCount')} width={80} align="right" />
        <Table.Column<CampaignListItem> dataIndex="updatedAt" title={t('launches.fields.updatedAt')} width={150} {...sortable('updatedAt')} render={(d: string) => <span className="num">{f.dateTime(d)}</span>} />
      </ServerTable>
    </ListPage>
  );
}
