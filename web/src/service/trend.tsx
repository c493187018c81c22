import type { TrendPoint } from '@console/shared';
import { Empty, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../i18n/format';
import { formatDuration } from './duration';

const LINES = ['coverage', 'rate30s', 'satisfaction', 'resolved24h'] as const;

/** Daily shares (left axis, %) over the conversations of each day (bars, right axis). recharts loads with this page only. */
export default function TrendChart({ points }: { points: TrendPoint[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { token } = theme.useToken();
  if (points.length === 0) return <Empty description={t('service.trend.empty')} />;
  const colors = [token.colorPrimary, token.colorSuccess, token.colorWarning, token.colorInfo];
  return (
    <div role="img" aria-label={t('service.trend.title')} style={{ width: '100%', height: 280 }}>
      <ResponsiveContainer>
        <ComposedChart data={points} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={token.colorBorderSecondary} />
          <XAxis dataKey="date" tickFormatter={(d: string) => d.slice(5)} tick={{ fontSize: 12, fill: token.colorTextSecondary }} />
          <YAxis yAxisId="share" domain={[0, 1]} tickFormatter={(v: number) => f.percent(v)} tick={{ fontSize: 12, fill: token.colorTextSecondary }} width={48} />
          <YAxis yAxisId="n" orientation="right" allowDecimals={false} tick={{ fontSize: 12, fill: token.colorTextSecondary }} width={40} />
          <Tooltip
            formatter={(value, name) => (name === t('service.trend.conversations') ? f.integer(Number(value)) : value === null ? '—' : f.percent(Number(value)))}
          />
          <Legend formatter={(value: string) => <span style={{ color: token.colorText }}>{value}</span>} />
          <Bar yAxisId="n" dataKey="conversations" name={t('service.trend.conversations')} fill={token.colorFill} isAnimationActive={false} />
          {LINES.map((k, i) => (
            <Line key={k} yAxisId="share" type="monotone" dataKey={k} name={t(`service.metrics.${k}`)} stroke={colors[i]} dot={false} strokeWidth={2} connectNulls isAnimationActive={false} />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * Each day's first-response time, median and p90 (seconds, read from the hourly histograms), on a time axis with
 * its unit in every tick. Days without an answered conversation leave a gap rather than a zero.
 */
export function ResponseTimeChart({ points }: { points: TrendPoint[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (!points.some((p) => p.firstResponseMedianSec !== null)) return <Empty description={t('service.trend.responseEmpty')} />;
  const duration = (v: unknown) => formatDuration(t, v === null || v === undefined ? null : Number(v));
  return (
    <div role="img" aria-label={t('service.trend.responseTitle')} style={{ width: '100%', height: 280 }}>
      <ResponsiveContainer>
        <LineChart data={points} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={token.colorBorderSecondary} />
          <XAxis dataKey="date" tickFormatter={(d: string) => d.slice(5)} tick={{ fontSize: 12, fill: token.colorTextSecondary }} />
          <YAxis domain={[0, 'auto']} tickFormatter={duration} tick={{ fontSize: 12, fill: token.colorTextSecondary }} width={64} />
          <Tooltip formatter={(value) => duration(value)} />
          <Legend formatter={(value: string) => <span style={{ color: token.colorText }}>{value}</span>} />
          <Line type="monotone" dataKey="firstResponseMedianSec" name={t('service.trend.median')} stroke={token.colorPrimary} strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="firstResponseP90Sec" name={t('service.trend.p90')} stroke={token.colorWarning} strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
