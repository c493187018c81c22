import { PERK_TIERS, type PerkTier, type ProgrammeContent } from '@console/shared';
import { Flex, InputNumber, Switch, Table } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { useYuan } from '../launches/common';
import { getAt } from './api';
import { Typography } from '../common/typography';

type Kind = 'money' | 'int' | 'multiplier' | 'bool' | 'percent';
interface Row {
  field: string;
  kind: Kind;
  max?: number;
}

/** The rows of the tier grid: each a perk of the tier, in the order a merchant reads them. */
export function tierRows(c: ProgrammeContent): Row[] {
  return [
    { field: 'threshold', kind: c.qualifyBy === 'spend' ? 'money' : 'int', max: 100_000_000 },
    { field: 'pointsMultiplier', kind: 'multiplier' },
    { field: 'coupon.value', kind: 'money' },
    { field: 'coupon.minSpend', kind: 'money' },
    { field: 'coupon.monthlyQuota', kind: 'int', max: 31 },
    { field: 'freeShipping', kind: 'bool' },
    { field: 'birthdayGift', kind: 'money' },
    { field: 'earlyAccessHours', kind: 'int', max: 168 },
    { field: 'serviceLine', kind: 'bool' },
  ];
}

export interface CellProps {
  /** Accessible name: "T2 Plus · Coupon value". */
  label: string;
  kind: Kind;
  value: unknown;
  max?: number;
  errors?: string[];
  highlighted?: boolean;
  readOnly?: boolean;
  onChange?: (value: unknown) => void;
}

/** One value: an input while editing (yuan for money, fen on the wire), text when read-only; its errors under it. */
export function Cell({ label, kind, value, max, errors, highlighted, readOnly, onChange }: CellProps) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const f = useFormat();
  const errorId = useId();
  const invalid = !!errors?.length;
  let control: React.ReactNode;
  if (readOnly) {
    const text =
      kind === 'bool' ? (value ? '✓' : '—') : kind === 'percent' ? `${((value as number) / 100).toFixed(2)}%` : kind === 'money' ? yuan(value as number) : kind === 'multiplier' ? `${String(value)}×` : f.integer(value as number); // a points threshold reads 1,000
    control = <span aria-label={label}>{text}</span>;
  } else if (kind === 'bool') {
    control = <Switch size="small" checked={!!value} aria-label={label} aria-invalid={invalid} aria-describedby={invalid ? errorId : undefined} onChange={(v) => onChange?.(v)} />;
  } else {
    const money = kind === 'money' || kind === 'percent';
    control = (
      <InputNumber
        size="small"
        style={{ width: '100%' }}
        aria-label={label}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        status={invalid ? 'error' : undefined}
        min={kind === 'multiplier' ? 1 : 0}
        max={kind === 'multiplier' ? 10 : kind === 'percent' ? 100 : (max ?? 100_000_000)}
        step={kind === 'multiplier' ? 0.1 : 1}
        precision={money ? 2 : kind === 'multiplier' ? 1 : 0}
        prefix={kind === 'money' ? '¥' : undefined}
        suffix={kind === 'percent' ? '%' : undefined}
        value={money ? (value as number) / 100 : (value as number)}
        onChange={(v) => {
          if (v === null || v === undefined) return;
          onChange?.(money ? Math.round(Number(v) * 100) : kind === 'multiplier' ? Math.round(Number(v) * 10) / 10 : Math.round(Number(v)));
        }}
      />
    );
  }
  return (
    <div data-testid={`cell-${label}`} className={highlighted ? 'perks-changed' : undefined} style={highlighted ? { background: '#fff1b8', padding: 2, borderRadius: 4 } : undefined}>
      {control}
      {invalid && (
        <Typography.Text type="danger" id={errorId} role="alert" style={{ display: 'block', fontSize: 12 }}>
          {errors!.join(t('launches.listSeparator'))}
        </Typography.Text>
      )}
    </div>
  );
}

/** The three tiers side by side: one column per tier, one row per perk. */
export function TierGrid(props: {
  content: ProgrammeContent;
  errors?: Record<string, string[]>;
  highlighted?: ReadonlySet<string>;
  readOnly?: boolean;
  onChange?: (path: string, value: unknown) => void;
}) {
  const { t } = useTranslation();
  const rows = tierRows(props.content);
  const fieldLabel = (field: string) =>
    field === 'threshold' && props.content.qualifyBy === 'points' ? t('perks.field.thresholdPoints') : t(`perks.field.${field}`);
  return (
    <Table<Row>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      data-testid="tier-grid"
      columns={[
        { key: 'perk', title: '', width: 180, render: (_, r) => <Typography.Text strong>{fieldLabel(r.field)}</Typography.Text> },
        ...PERK_TIERS.map((tier: PerkTier) => ({
          key: tier,
          title: t(`perks.tier.${tier}`),
          render: (_: unknown, r: Row) => {
            const path = `tiers.${tier}.${r.field}`;
            return (
              <Cell
                label={`${t(`perks.tier.${tier}`)} · ${fieldLabel(r.field)}`}
                kind={r.kind}
                max={r.max}
                value={getAt(props.content, path)}
                errors={props.errors?.[path]}
                highlighted={props.highlighted?.has(path)}
                readOnly={props.readOnly}
                onChange={(v) => props.onChange?.(path, v)}
              />
            );
          },
        })),
      ]}
    />
  );
}

/** A labelled row of a settings list (offline, assumptions). */
export function SettingRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Flex justify="space-between" align="center" gap={12} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
      {/* Fixed shares, so the values line up down the list however long a label runs (English wraps). */}
      <Typography.Text style={{ flex: '1 1 45%' }}>{label}</Typography.Text>
      <div style={{ flex: '0 0 55%', minWidth: 0 }}>{children}</div>
    </Flex>
  );
}
