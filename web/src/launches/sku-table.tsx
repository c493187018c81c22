import { type Sku, fenToYuanString } from '@console/shared';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { SkuThumb } from './sku-thumb';

/**
 * The SKUs of a launch, read-only (operator's page, reviewer's panel): every column fits 1440 px without a sideways
 * scroll, each SKU shows its picture (click to enlarge), and the table pages through long lists instead of a fixed box.
 */
export function SkuTable({ skus }: { skus: readonly Sku[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows = skus.map((s, i) => ({ ...s, n: i + 1 }));
  const price = (fen: number | null) => <span className="num">{fen === null ? '—' : fenToYuanString(fen)}</span>;
  return (
    <Table<Sku & { n: number }>
      size="small"
      bordered
      rowKey="n"
      dataSource={rows}
      data-testid="sku-table"
      tableLayout="fixed"
      pagination={
        rows.length > 10 && {
          defaultPageSize: 10,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          size: 'small',
          showTotal: (total) => t('common.total', { total: f.integer(total) }),
        }
      }
      columns={[
        { key: 'n', title: '#', dataIndex: 'n', width: 44, render: (n: number) => <span className="num">{n}</span> },
        {
          key: 'image',
          title: t('launches.sku.image'),
          dataIndex: 'imageUrl',
          width: 80,
          render: (url: string, s) => <SkuThumb url={url} name={s.name || s.code} />,
        },
        { key: 'code', title: t('launches.sku.code'), dataIndex: 'code', width: 170, ellipsis: true },
        { key: 'name', title: t('launches.sku.name'), dataIndex: 'name', ellipsis: true, render: (name: string) => name || '—' },
        { key: 'listPrice', title: t('launches.sku.listPrice'), dataIndex: 'listPrice', width: 120, align: 'right', render: price },
        { key: 'launchPrice', title: t('launches.sku.launchPrice'), dataIndex: 'launchPrice', width: 120, align: 'right', render: price },
        { key: 'stock', title: t('launches.sku.stock'), dataIndex: 'stock', width: 90, align: 'right', render: (n: number | null) => <span className="num">{n === null ? '—' : f.integer(n)}</span> },
      ]}
    />
  );
}

export default SkuTable;
