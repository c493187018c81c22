import { COST_PERKS, type CostEstimate, estimateMonthlyCost, type MemberCounts, PERK_TIERS, type ProgrammeContent } from '@console/shared';
import { Alert, Table } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { useYuan } from '../launches/common';
import { PageLoading } from '../layout/PageLoading';
import { Typography } from '../common/typography';

const CostChart = lazy(() => import('./cost-chart'));

/** ¥1,200.00 with its sign: +¥1,200.00 / −¥300.00 / ¥0.00. */
export function useSignedYuan() {
  const yuan = useYuan();
  return (fen: number) => (fen > 0 ? `+${yuan(fen)}` : fen < 0 ? `−${yuan(-fen)}` : yuan(0));
}

interface Line {
  key: string;
  label: string;
  members: number | null;
  draft: number;
  active: number | null;
}

/**
 * The monthly cost of `content` against the active version's, from the merchant's members per tier: a sentence
 * with the difference in yuan, the chart by tier and perk, and the same figures as a table.
 */
export function CostPanel({ content, active, members, chartWidth }: { content: ProgrammeContent; active: ProgrammeContent | null; members: MemberCounts; chartWidth?: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const yuan = useYuan();
  const signed = useSignedYuan();
  const draft = useMemo(() => estimateMonthlyCost(content, members), [content, members]);
  const current: CostEstimate | null = useMemo(() => (active ? estimateMonthlyCost(active, members) : null), [active, members]);
  const lines: Line[] = [
    ...PERK_TIERS.map((tier) => ({ key: tier, label: t(`perks.tier.${tier}`), members: members[tier], draft: draft.byTier[tier], active: current?.byTier[tier] ?? null })),
    ...COST_PERKS.map((p) => ({ key: p, label: t(`perks.cost.perk.${p}`), members: null, draft: draft.byPerk[p], active: current?.byPerk[p] ?? null })),
    { key: 'total', label: t('perks.cost.total'), members: null, draft: draft.total, active: current?.total ?? null },
  ];
  const diff = current ? draft.total - current.total : null;
  return (
    <div data-testid="cost-panel">
      <Alert
        type={diff !== null && diff > 0 ? 'warning' : 'info'}
        showIcon
        data-testid="cost-summary"
        message={
          diff === null
            ? t('perks.cost.summaryNoActive', { draft: yuan(draft.total) })
            : t('perks.cost.summary', { draft: yuan(draft.total), diff: signed(diff) })
        }
        style={{ marginBottom: 12 }}
      />
      <Suspense fallback={<PageLoading />}>
        <CostChart draft={draft} active={current} width={chartWidth} />
      </Suspense>
      <Table<Line>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={lines}
        data-testid="cost-table"
        style={{ marginTop: 12 }}
        columns={[
          { key: 'label', title: t('perks.cost.tierColumn'), render: (_, l) => (l.key === 'total' ? <Typography.Text strong>{l.label}</Typography.Text> : l.label) },
          { key: 'members', title: t('perks.cost.members'), align: 'right', render: (_, l) => (l.members === null ? '' : f.integer(l.members)) },
          { key: 'draft', title: t('perks.cost.draft'), align: 'right', render: (_, l) => yuan(l.draft) },
          { key: 'active', title: t('perks.cost.active'), align: 'right', render: (_, l) => (l.active === null ? '—' : yuan(l.active)) },
          {
            key: 'diff',
            title: t('perks.cost.difference'),
            align: 'right',
            render: (_, l) =>
              l.active === null ? '—' : (
                <Typography.Text type={l.draft > l.active ? 'danger' : l.draft < l.active ? 'success' : undefined}>{signed(l.draft - l.active)}</Typography.Text>
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('perks.cost.note')}
      </Typography.Paragraph>
    </div>
  );
}
