import type { CampaignApplication } from '@console/shared';
import { Descriptions, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { useYuan } from '../launches/common';
import { PromoSkuTable } from './sku-table';

/** A campaign application's content as a reader sees it (review panel, read-only view). */
export function CampaignContentView({ app }: { app: CampaignApplication }) {
  const { t } = useTranslation();
  const f = useFormat();
  const yuan = useYuan();
  if (app.kind === 'brand_day') {
    const c = app.content;
    return (
      <>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('campaigns.fields.date')}>{f.date(c.date)}</Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.theme')}>{c.theme || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.proposal')}>{c.proposal || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.gmvTarget')}>{yuan(c.gmvTarget)}</Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.discountDepth')}>{c.discountDepth === null ? '—' : `${c.discountDepth}%`}</Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.resources')}>
            {c.resources.map((r) => (
              <Tag key={r}>{t(`campaigns.resources.${r}`)}</Tag>
            ))}
          </Descriptions.Item>
        </Descriptions>
        <Table
          size="small"
          style={{ marginTop: 12 }}
          rowKey="code"
          pagination={false}
          dataSource={c.heroSkus}
          columns={[
            { dataIndex: 'code', title: t('campaigns.sku.code') },
            { dataIndex: 'name', title: t('campaigns.sku.name') },
            { dataIndex: 'price', title: t('campaigns.sku.price'), align: 'right', render: (v: number | null) => yuan(v) },
          ]}
        />
      </>
    );
  }
  const c = app.content;
  return (
    <>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('campaigns.fields.festival')}>{`${c.year} ${t(`campaigns.festivals.${c.festival}`)}`}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns.fields.mode')}>{t(`campaigns.modes.${c.mode}`)}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns.fields.phases')}>{c.phases.map((p) => t(`campaigns.phases.${p}`)).join(' / ') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns.fields.global')}>{c.global ? c.targetMarkets.join(', ') : '—'}</Descriptions.Item>
      </Descriptions>
      <PromoSkuTable skus={c.skus} mode={c.mode} />
    </>
  );
}


