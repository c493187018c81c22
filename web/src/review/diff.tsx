import type { DiffOutput as DiffSchemaOutput } from '@console/shared';

/** The diff procedure's answer as the client sees it (unknown values arrive as optional). */
type DiffOutput = Omit<DiffSchemaOutput, 'fields'> & { fields: { path: string; before?: unknown; after?: unknown }[] };
import { Alert, Empty, Space, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { useFieldLabel, useYuan } from '../launches/common';
import { Typography } from '../common/typography';

type Change = DiffOutput['fields'][number];
/** Which version of the two a value is from: its unit may depend on that version (a perks threshold in ¥ or points). */
export type DiffSide = 'before' | 'after';
const MONEY = new Set(['listPrice', 'launchPrice']);

/** A value of a launch field as a reviewer reads it: dates, yuan, channel names, early access. */
function useValueText() {
  const { t } = useTranslation();
  const f = useFormat();
  const yuan = useYuan();
  return (path: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    const last = path.split('.').at(-1) ?? path;
    if (MONEY.has(last) && typeof value === 'number') return yuan(value);
    if (last === 'launchDate' && typeof value === 'string') return f.date(value);
    if (last === 'season' && typeof value === 'string') return t(`seasons.${value}`);
    if (last === 'channels' && Array.isArray(value)) return value.map((c) => t(`channels.${String(c)}`)).join(t('launches.listSeparator'));
    if (last === 'earlyAccess' && typeof value === 'object') {
      const e = value as { tier: string; hours: number };
      return t('launches.earlyValue', { tier: e.tier, hours: e.hours });
    }
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
}

function ChangeRow({ before, after }: { before: string; after: string }) {
  return (
    <Space size={6} wrap>
      <Typography.Text delete type="secondary">
        {before}
      </Typography.Text>
      <span>→</span>
      <Typography.Text mark>{after}</Typography.Text>
    </Space>
  );
}

/** A titled list of SKU rows: the added, removed or changed ones, by code. */
function SkuList<R extends { key: string }>({ testId, title, rows, render }: { testId: string; title: string; rows: R[]; render: (row: R) => ReactNode }) {
  return (
    <div data-testid={testId}>
      <Typography.Text strong>{title}</Typography.Text>
      <ul style={{ margin: '4px 0', paddingInlineStart: 18 }}>
        {rows.map((r) => (
          <li key={r.key}>{render(r)}</li>
        ))}
      </ul>
    </div>
  );
}

/** What changed since the last version a manager decided: fields old → new, SKUs added, removed and changed by code. */
export function ApplicationDiff({
  diff,
  label: labelOf,
  valueText,
}: {
  diff: DiffOutput;
  /** How a field path is named and its value shown; a launch's by default (other kinds, perks, pass theirs). */
  label?: (path: string) => string;
  valueText?: (path: string, value: unknown, side: DiffSide) => string;
}) {
  const { t } = useTranslation();
  const launchLabel = useFieldLabel();
  const launchText = useValueText();
  const label = labelOf ?? launchLabel;
  const text = valueText ?? launchText;
  const yuan = useYuan();
  if (!diff.from) return <Alert type="info" showIcon message={t('review.diffFirst')} />;
  if (diff.same) return <Alert type="success" showIcon message={t('review.diffSame')} />;
  const skus = diff.rows.find((r) => r.path === 'skus');
  const skuText = (row: unknown) => {
    const s = row as { code: string; name: string; launchPrice: number | null; stock: number | null };
    return `${s.code} · ${s.name} · ${yuan(s.launchPrice)} · ${s.stock ?? '—'}`;
  };
  return (
    <div data-testid="diff">
      <Typography.Paragraph type="secondary">{t('review.diffVersions', { from: diff.from.number, to: diff.to?.number ?? '—' })}</Typography.Paragraph>
      {diff.fields.length > 0 && (
        <Table<Change>
          size="small"
          rowKey="path"
          pagination={false}
          style={{ marginBottom: 16 }}
          dataSource={diff.fields}
          columns={[
            { key: 'field', title: t('review.diffField'), width: 180, render: (_, c) => <Typography.Text strong>{label(c.path)}</Typography.Text> },
            { key: 'before', title: t('review.diffBefore'), render: (_, c) => <Typography.Text delete type="secondary">{text(c.path, c.before, 'before')}</Typography.Text> },
            { key: 'after', title: t('review.diffAfter'), render: (_, c) => <Typography.Text mark>{text(c.path, c.after, 'after')}</Typography.Text> },
          ]}
        />
      )}
      {skus && (skus.added.length > 0 || skus.removed.length > 0 || skus.changed.length > 0) ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {skus.added.length > 0 && (
            <SkuList
              testId="skus-added"
              title={t('review.skusAdded')}
              rows={skus.added}
              render={(r) => (
                <>
                  <Tag color="green">+</Tag>
                  {skuText(r.row)}
                </>
              )}
            />
          )}
          {skus.removed.length > 0 && (
            <SkuList
              testId="skus-removed"
              title={t('review.skusRemoved')}
              rows={skus.removed}
              render={(r) => (
                <>
                  <Tag color="red">−</Tag>
                  <Typography.Text delete>{skuText(r.row)}</Typography.Text>
                </>
              )}
            />
          )}
          {skus.changed.length > 0 && (
            <SkuList
              testId="skus-changed"
              title={t('review.skusChanged')}
              rows={skus.changed}
              render={(r) => (
                <>
                  <Typography.Text code>{r.key}</Typography.Text>{' '}
                  {r.changes.map((c) => (
                    <span key={c.path} style={{ marginInlineEnd: 12 }}>
                      {t(`launches.sku.${c.path}`)}{t('launches.colon')}<ChangeRow before={text(c.path, c.before, 'before')} after={text(c.path, c.after, 'after')} />
                    </span>
                  ))}
                </>
              )}
            />
          )}
        </Space>
      ) : diff.fields.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : null}
    </div>
  );
}
