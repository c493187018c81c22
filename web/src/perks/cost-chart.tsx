import { COST_PERKS, type CostEstimate, PERK_TIERS } from '@console/shared';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useYuan } from '../launches/common';

const COLORS = { coupons: '#1677ff', birthday: '#eb2f96', points: '#fa8c16', inStorePoints: '#52c41a', shipping: '#13c2c2', serviceLine: '#722ed1' } as const;
const ACTIVE_COLOR = '#8c8c8c';

/**
 * Monthly cost by tier: this version's perks stacked, the active version's total beside it. Recharts loads with
 * this module only (the perks page imports it lazily), so the shell's first load does not carry it.
 */
export default function CostChart({ draft, active, width }: { draft: CostEstimate; active: CostEstimate | null; width?: number }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const data = PERK_TIERS.map((tier) => ({
    tier: t(`perks.tier.${tier}`),
    ...Object.fromEntries(COST_PERKS.map((p) => [p, draft.cells[tier][p] / 100])),
    active: active ? active.byTier[tier] / 100 : 0,
  }));
  const chart = (
    <BarChart data={data} width={width} height={300} margin={{ top: 8, right: 16, left: 16, bottom: 8 }} accessibilityLayer>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="tier" />
      <YAxis tickFormatter={(v: number) => yuan(Math.round(v * 100)).replace(/\.00$/, '')} width={90} />
      <Tooltip formatter={(v) => yuan(Math.round(Number(v) * 100))} />
      <Legend />
      {COST_PERKS.map((p) => (
        <Bar key={p} dataKey={p} name={`${t('perks.cost.draft')} · ${t(`perks.cost.perk.${p}`)}`} stackId="draft" fill={COLORS[p]} isAnimationActive={false} />
      ))}
      {active && <Bar dataKey="active" name={t('perks.cost.active')} fill={ACTIVE_COLOR} isAnimationActive={false} />}
    </BarChart>
  );
  return (
    <figure aria-label={t('perks.cost.chartLabel')} style={{ margin: 0 }} data-testid="cost-chart">
      {width ? chart : <ResponsiveContainer width="100%" height={300}>{chart}</ResponsiveContainer>}
    </figure>
  );
}
