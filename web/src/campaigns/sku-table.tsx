import { type PromoSku, type PromotionContent, promoSkuIssues } from '@console/shared';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../launches/common';
import { Typography } from '../common/typography';

/** Registration SKUs with each row's price errors from the shared rules (store-wide: at most half the 30-day low). */
export function PromoSkuTable({ skus, mode }: { skus: readonly PromoSku[]; mode: PromotionContent['mode'] }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const rows = skus.map((s, i) => ({ ...s, i, issues: promoSkuIssues(s, i, mode) }));
  return (
    <Table
      size="small"
      style={{ marginTop: 12 }}
      rowKey="i"
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      data-testid="promo-skus"
      columns={[
        { dataIndex: 'code', title: t('campaigns.sku.code') },
        { dataIndex: 'name', title: t('campaigns.sku.name') },
        { dataIndex: 'referencePrice', title: t('campaigns.sku.referencePrice'), align: 'right', render: (v: number | null) => yuan(v) },
        {
          key: 'festivalPrice',
          title: t('campaigns.sku.festivalPrice'),
          align: 'right',
          render: (_, r) => {
            const errors = r.issues.filter((x) => x.path.endsWith('.festivalPrice'));
            return (
              <span data-row={r.i + 1} data-error={errors.length > 0}>
                <Typography.Text type={errors.length ? 'danger' : undefined}>{yuan(r.festivalPrice)}</Typography.Text>
                {errors.map((e) => (
                  <Typography.Text key={e.key} type="danger" style={{ display: 'block', fontSize: 12 }} role="alert">
                    {t(e.key)}
                  </Typography.Text>
                ))}
              </span>
            );
          },
        },
        { dataIndex: 'stock', title: t('campaigns.sku.stock'), align: 'right' },
      ]}
    />
  );
}
