import { type Sku, fenToYuanString, parseYuanToFen } from '@console/shared';
import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import { Button, Flex, InputNumber, Table, Tooltip } from 'antd';
import { Input } from '../common/input';
import type { ColumnsType } from 'antd/es/table';
import VirtualTable from 'antd/es/table/RcTable/VirtualTable';
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Typography } from '../common/typography';
import { SkuThumb } from './sku-thumb';
import { provideVirtualTable } from '../shims/table-virtual';

// The build's antd Table leaves its virtual body out (vite.config.ts): this grid is the one virtual table, so its
// module hands the body over.
provideVirtualTable(VirtualTable);

/** A SKU row of the form, with a key that stays with the row when others are added or removed. */
export type SkuRow = Sku & { key: number };
export type SkuField = keyof Sku;
export type CellChange = (index: number, field: SkuField, value: string | number | null) => void;

interface CellProps {
  index: number;
  field: SkuField;
  value: string | number | null;
  errors: string[] | undefined;
  onChange: CellChange;
  onInvalid?: (index: number, field: SkuField, invalid: boolean) => void;
}

function cellLabel(t: (k: string) => string, field: SkuField, index: number) {
  return `${t(`launches.sku.${field}`)} #${index + 1}`;
}

function ErrorText({ errors }: { errors: string[] | undefined }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <Typography.Text type="danger" style={{ display: 'block', fontSize: 12, lineHeight: 1.3 }} role="alert">
      {errors.join(t('launches.listSeparator'))}
    </Typography.Text>
  );
}

/** A text cell; memoised, so typing in one cell re-renders that cell only. */
const TextCell = memo(function TextCell({ index, field, value, errors, onChange }: CellProps) {
  const { t } = useTranslation();
  return (
    <>
      <Input
        size="small"
        value={(value as string) ?? ''}
        status={errors?.length ? 'error' : undefined}
        aria-label={cellLabel(t, field, index)}
        aria-invalid={!!errors?.length}
        onChange={(e) => onChange(index, field, e.target.value)}
      />
      <ErrorText errors={errors} />
    </>
  );
});

/** Yuan as the operator types it (`1299`, `¥1,299.50`); fen in the row. Unreadable text is kept and flagged. */
const PriceCell = memo(function PriceCell({ index, field, value, errors, onChange, onInvalid }: CellProps) {
  const { t } = useTranslation();
  const fen = value as number | null;
  const [text, setText] = useState(fen === null ? '' : fenToYuanString(fen));
  const [invalid, setInvalid] = useState(false);
  // A value set from outside (CSV import) replaces what was typed.
  useEffect(() => {
    setText((current) => (parseYuanToFen(current) === fen || (current === '' && fen === null) ? current : fen === null ? '' : fenToYuanString(fen)));
  }, [fen]);
  const shown = invalid ? [t('launches.priceInvalid')] : errors;
  return (
    <>
      <Input
        size="small"
        inputMode="decimal"
        prefix="¥"
        value={text}
        status={shown?.length ? 'error' : undefined}
        aria-label={cellLabel(t, field, index)}
        aria-invalid={!!shown?.length}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const parsed = next.trim() === '' ? null : parseYuanToFen(next);
          const bad = next.trim() !== '' && parsed === null;
          setInvalid(bad);
          onInvalid?.(index, field, bad);
          if (!bad) onChange(index, field, parsed);
        }}
      />
      <ErrorText errors={shown} />
    </>
  );
});

const StockCell = memo(function StockCell({ index, field, value, errors, onChange }: CellProps) {
  const { t } = useTranslation();
  return (
    <>
      <InputNumber
        size="small"
        // No min: a typed −3 stays −3 and the rules say "at least 1" under it, instead of silently becoming 0.
        precision={0}
        style={{ width: '100%' }}
        value={value as number | null}
        status={errors?.length ? 'error' : undefined}
        aria-label={cellLabel(t, field, index)}
        aria-invalid={!!errors?.length}
        onChange={(v) => onChange(index, field, typeof v === 'number' ? v : null)}
      />
      <ErrorText errors={errors} />
    </>
  );
});

/** The picture's address with the picture beside it, so a wrong link shows as a grey square while typing. */
const ImageCell = memo(function ImageCell(props: CellProps & { name: string }) {
  const { name, ...cell } = props;
  return (
    <Flex gap={6} align="flex-start">
      <SkuThumb url={cell.value as string | null} name={name} size={24} />
      <div style={{ flex: 1, minWidth: 0 }}>
        <TextCell {...cell} />
      </div>
    </Flex>
  );
});

const CELLS: Record<Exclude<SkuField, 'imageUrl'>, typeof TextCell> = {
  code: TextCell,
  name: TextCell,
  listPrice: PriceCell,
  launchPrice: PriceCell,
  stock: StockCell,
};
// With the # and remove columns, 1,080 px: the content width of a 1440 px window beside the sider, so no column hides behind a sideways scroll.
const WIDTHS: Record<SkuField, number> = { code: 170, name: 220, listPrice: 130, launchPrice: 130, stock: 100, imageUrl: 234 };
const FIELDS: SkuField[] = ['code', 'name', 'listPrice', 'launchPrice', 'stock', 'imageUrl'];

/** Room left for the grid's rows once the page has scrolled it to the top: the window less the app bar, the panel's title and the grid's header. */
const CHROME_PX = 260;
const MIN_HEIGHT_PX = 420;

/** The grid's height follows the window, so a tall screen shows more rows rather than a fixed box of about ten. */
function useGridHeight() {
  const measure = () => Math.max(MIN_HEIGHT_PX, (typeof window === 'undefined' ? 0 : window.innerHeight) - CHROME_PX);
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const onResize = () => setHeight(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/**
 * The SKUs of a launch as an editable grid. antd's virtual table renders only the rows in view, so 500 rows
 * scroll and edit as fast as 5; each cell is memoised and gets its row's errors (from the shared rules) by path.
 * The grid is as tall as its rows up to the window's height, and only then scrolls inside.
 */
export function SkuGrid({
  rows,
  errors,
  onChange,
  onRemove,
  onInvalid,
}: {
  rows: SkuRow[];
  /** `3.launchPrice` → messages. */
  errors: Record<string, string[]>;
  onChange: CellChange;
  onRemove: (index: number) => void;
  onInvalid?: CellProps['onInvalid'];
}) {
  const { t } = useTranslation();
  const height = useGridHeight();
  const columns = useMemo<ColumnsType<SkuRow>>(
    () => [
      {
        key: 'n',
        title: '#',
        width: 48,
        fixed: 'left',
        render: (_: unknown, __: SkuRow, index: number) => <span className="num">{index + 1}</span>,
      },
      ...FIELDS.map((field) => ({
        key: field,
        dataIndex: field,
        title: t(`launches.sku.${field}`),
        width: WIDTHS[field],
        render: (value: string | number | null, row: SkuRow, index: number) => {
          const cell = { index, field, value, errors: errors[`${index}.${field}`], onChange, onInvalid };
          if (field === 'imageUrl') return <ImageCell {...cell} name={row.name || row.code} />;
          const Cell = CELLS[field];
          return <Cell {...cell} />;
        },
      })),
      {
        key: 'remove',
        title: <span className="sr-only">{t('table.actions')}</span>,
        width: 48,
        fixed: 'right' as const,
        render: (_: unknown, __: SkuRow, index: number) => (
          <Tooltip title={t('launches.removeSku')}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('launches.removeSku')} #${index + 1}`} onClick={() => onRemove(index)} />
          </Tooltip>
        ),
      },
    ],
    [t, errors, onChange, onRemove, onInvalid],
  );
  const width = 48 + FIELDS.reduce((sum, f) => sum + WIDTHS[f], 0) + 48;
  return (
    <Table<SkuRow>
      virtual
      size="small"
      bordered
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: width, y: height }}
      data-testid="sku-grid"
    />
  );
}

export default SkuGrid;
