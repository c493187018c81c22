import { type Sku, fenToYuanString, parseYuanToFen } from '@console/shared';
import DeleteOutlined from '@ant-design/icons/DeleteOutlined';
import { Button, Input, InputNumber, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A SKU row of the form, with a key that stays with the row when others are added or removed. */
export type SkuRow = Sku & { key: number };
export type SkuField = keyof Sku;
export type CellChange = (index: number, field: SkuField, value: string | number | null) => void;

interface CellProps {
  index: number;
  field: SkuField;
  value: string | number | null;
  errors: string[] | undefined;
  readOnly: boolean;
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
const TextCell = memo(function TextCell({ index, field, value, errors, readOnly, onChange }: CellProps) {
  const { t } = useTranslation();
  if (readOnly) return <span>{value || '—'}</span>;
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
const PriceCell = memo(function PriceCell({ index, field, value, errors, readOnly, onChange, onInvalid }: CellProps) {
  const { t } = useTranslation();
  const fen = value as number | null;
  const [text, setText] = useState(fen === null ? '' : fenToYuanString(fen));
  const [invalid, setInvalid] = useState(false);
  // A value set from outside (CSV import) replaces what was typed.
  useEffect(() => {
    setText((current) => (parseYuanToFen(current) === fen || (current === '' && fen === null) ? current : fen === null ? '' : fenToYuanString(fen)));
  }, [fen]);
  if (readOnly) return <span className="num">{fen === null ? '—' : fenToYuanString(fen)}</span>;
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

const StockCell = memo(function StockCell({ index, field, value, errors, readOnly, onChange }: CellProps) {
  const { t } = useTranslation();
  if (readOnly) return <span className="num">{value ?? '—'}</span>;
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

const CELLS: Record<SkuField, typeof TextCell> = {
  code: TextCell,
  name: TextCell,
  listPrice: PriceCell,
  launchPrice: PriceCell,
  stock: StockCell,
  imageUrl: TextCell,
};
const WIDTHS: Record<SkuField, number> = { code: 190, name: 230, listPrice: 140, launchPrice: 140, stock: 110, imageUrl: 260 };
const FIELDS: SkuField[] = ['code', 'name', 'listPrice', 'launchPrice', 'stock', 'imageUrl'];

/**
 * The SKUs of a launch as an editable grid. antd's virtual table renders only the rows in view, so 500 rows
 * scroll and edit as fast as 5; each cell is memoised and gets its row's errors (from the shared rules) by path.
 */
export function SkuGrid({
  rows,
  errors,
  readOnly = false,
  onChange,
  onRemove,
  onInvalid,
  height = 420,
}: {
  rows: SkuRow[];
  /** `3.launchPrice` → messages. */
  errors: Record<string, string[]>;
  readOnly?: boolean;
  onChange: CellChange;
  onRemove: (index: number) => void;
  onInvalid?: CellProps['onInvalid'];
  height?: number;
}) {
  const { t } = useTranslation();
  const columns = useMemo<ColumnsType<SkuRow>>(
    () => [
      {
        key: 'n',
        title: '#',
        width: 56,
        fixed: 'left',
        render: (_: unknown, __: SkuRow, index: number) => <span className="num">{index + 1}</span>,
      },
      ...FIELDS.map((field) => {
        const Cell = CELLS[field];
        return {
          key: field,
          dataIndex: field,
          title: t(`launches.sku.${field}`),
          width: WIDTHS[field],
          render: (value: string | number | null, _row: SkuRow, index: number) => (
            <Cell index={index} field={field} value={value} errors={errors[`${index}.${field}`]} readOnly={readOnly} onChange={onChange} onInvalid={onInvalid} />
          ),
        };
      }),
      ...(readOnly
        ? []
        : [
            {
              key: 'remove',
              title: <span className="sr-only">{t('table.actions')}</span>,
              width: 56,
              fixed: 'right' as const,
              render: (_: unknown, __: SkuRow, index: number) => (
                <Tooltip title={t('launches.removeSku')}>
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t('launches.removeSku')} #${index + 1}`} onClick={() => onRemove(index)} />
                </Tooltip>
              ),
            },
          ]),
    ],
    [t, errors, readOnly, onChange, onRemove, onInvalid],
  );
  const width = 56 + FIELDS.reduce((sum, f) => sum + WIDTHS[f], 0) + (readOnly ? 0 : 56);
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
