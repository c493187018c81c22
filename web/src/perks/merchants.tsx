import type { PerkMerchantItem } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import { Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { useFormat } from '../i18n/format';
import { trpc } from '../providers/trpc';
import { Panel } from '../common/Panel';

const PAGE_SIZE = 20;

/** A manager's merchants (their verticals only) and where each member programme stands; each opens read-only. */
export function PerkMerchantList() {
  const { t } = useTranslation();
  const f = useFormat();
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const query = useQuery({
    queryKey: ['perks', 'merchants', page, q],
    queryFn: () => trpc.perks.merchants.query({ page, pageSize: PAGE_SIZE, filters: q ? { q } : {} }),
  });
  return (
    <>
      <PageHeader title={t('perks.managerListTitle')} subtitle={t('perks.managerListSubtitle')} />
      <Panel>
        <Input.Search
          allowClear
          aria-label={t('perks.list.searchPlaceholder')}
          placeholder={t('perks.list.searchPlaceholder')}
          style={{ maxWidth: 320, marginBottom: 12 }}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
        />
        <Table<PerkMerchantItem>
          size="middle"
          rowKey="merchantId"
          loading={query.isLoading}
          dataSource={query.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: query.data?.total ?? 0,
            onChange: setPage,
            showTotal: (total) => t('common.total', { total: f.integer(total) }),
          }}
          columns={[
            {
              key: 'name',
              title: t('perks.list.merchant'),
              render: (_, m) => <Link to={`/perks/merchants/${encodeURIComponent(m.merchantId)}`}>{m.merchantName}</Link>,
            },
            { key: 'vertical', title: t('perks.list.vertical'), render: (_, m) => t(`verticals.${m.vertical}`) },
            { key: 'tier', title: t('perks.list.serviceTier'), render: (_, m) => <Tag>{t(`tiers.${m.serviceTier}`)}</Tag> },
            {
              key: 'active',
              title: t('perks.list.active'),
              render: (_, m) =>
                m.activeNumber === null ? <Tag>{t('perks.list.none')}</Tag> : `${t('perks.version.title', { number: m.activeNumber })} · ${f.date(m.activeSince)}`,
            },
            {
              key: 'scheduled',
              title: t('perks.list.scheduled'),
              render: (_, m) => (m.scheduledNumber === null ? '—' : `${t('perks.version.title', { number: m.scheduledNumber })} · ${f.date(m.scheduledFrom)}`),
            },
            { key: 'published', title: t('perks.list.published'), align: 'right', render: (_, m) => f.integer(m.publishedCount) },
          ]}
        />
      </Panel>
    </>
  );
}

export default PerkMerchantList;
