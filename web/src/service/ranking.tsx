import { type RankingItem, SERVICE_TIERS, type ServiceTier, type SessionUser, VERTICALS, type Vertical } from '@console/shared';
import { type CrudFilters, useGetIdentity } from '@refinedev/core';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterBar, ListPage, SearchFilter, SelectFilter, ServerTable, useServerTable } from '../common/list';
import { TierTag, VerticalTag } from '../common/tags';
import { useFormat } from '../i18n/format';

interface FilterValues {
  q?: string;
  vertical?: Vertical[];
  tier?: ServiceTier[];
}

export function toRankingFilters(values: FilterValues): CrudFilters {
  const list = <T,>(v: T[] | undefined) => (v && v.length ? v : undefined);
  return [
    { field: 'q', operator: 'contains', value: values.q?.trim() || undefined },
    { field: 'vertical', operator: 'in', value: list(values.vertical) },
    { field: 'tier', operator: 'in', value: list(values.tier) },
  ];
}

/** A manager's merchants ranked by tier and last closed week's figures; paged, sorted and filtered by the server. */
export default function ServiceRanking() {
  const { t } = useTranslation();
  const f = useFormat();
  const { data: user } = useGetIdentity<SessionUser>();
  const { tableProps, filterValues, sortable, tableQuery, filtered } = useServerTable<RankingItem, FilterValues>({
    resource: 'serviceRanking',
    pageSize: 20,
    onSearch: toRankingFilters,
  });
  const verticals = user?.role === 'manager' ? user.verticals : [...VERTICALS];
  const pct = (v: number | null) => <span className="num">{v === null ? '—' : f.percent(v)}</span>;
  return (
    <ListPage
      title={t('service.rankingTitle')}
      subtitle={t('service.rankingSubtitle')}
      query={tableQuery}
      filtered={filtered}
      empty={{ title: t('service.ranking.empty'), description: t('service.ranking.emptyHint') }}
    >
      <FilterBar<FilterValues> values={filterValues} emptyValues={{ q: undefined, vertical: undefined, tier: undefined }}>
        <SearchFilter placeholder={t('service.ranking.filters.q')} width={220} />
        <SelectFilter<Vertical[]>
          name="vertical"
          label={t('service.ranking.filters.vertical')}
          multiple
          style={{ minWidth: 180 }}
          options={verticals.map((v) => ({ value: v, label: t(`verticals.${v}`) }))}
        />
        <SelectFilter<ServiceTier[]>
          name="tier"
          label={t('service.ranking.filters.tier')}
          multiple
          style={{ minWidth: 180 }}
          options={SERVICE_TIERS.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))}
        />
      </FilterBar>
      <ServerTable<RankingItem> {...tableProps} rowKey="merchantId" scroll={{ x: 1000 }}>
        <Table.Column<RankingItem>
          dataIndex="name"
          title={t('service.ranking.merchant')}
          {...sortable('name')}
          render={(name: string, m) => <Link to={`/service/merchants/${encodeURIComponent(m.merchantId)}`}>{name}</Link>}
        />
        <Table.Column<RankingItem> dataIndex="vertical" title={t('service.ranking.filters.vertical')} render={(v: Vertical) => <VerticalTag vertical={v} />} />
        <Table.Column<RankingItem> dataIndex="tier" title={t('service.ranking.tier')} {...sortable('tier')} render={(tier: ServiceTier) => <TierTag tier={tier} />} />
        <Table.Column<RankingItem> dataIndex="coverage" title={t('service.metrics.coverage')} align="right" {...sortable('coverage')} render={pct} />
        <Table.Column<RankingItem> dataIndex="rate30s" title={t('service.metrics.rate30s')} align="right" {...sortable('rate30s')} render={pct} />
        <Table.Column<RankingItem> dataIndex="satisfaction" title={t('service.metrics.satisfaction')} align="right" {...sortable('satisfaction')} render={pct} />
        <Table.Column<RankingItem> dataIndex="resolved24h" title={t('service.metrics.resolved24h')} align="right" render={pct} />
        <Table.Column<RankingItem> dataIndex="disputeRate" title={t('service.metrics.disputeRate')} align="right" render={pct} />
        <Table.Column<RankingItem>
          dataIndex="conversations"
          title={t('service.metrics.conversations')}
          align="right"
          {...sortable('conversations')}
          render={(n: number) => <span className="num">{f.integer(n)}</span>}
        />
        <Table.Column<RankingItem> dataIndex="weekStart" title={t('service.ranking.week')} render={(w: string | null) => w ?? '—'} />
      </ServerTable>
    </ListPage>
  );
}
