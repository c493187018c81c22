import {
  type Improvement,
  type Ratio,
  type ServiceDashboard,
  type ServiceTier,
  type TierMetric,
  meetsMax,
  meetsMin,
} from '@console/shared';
import { Alert, Col, DatePicker, Descriptions, Empty, Flex, List, Row, Segmented, Skeleton, Space, Statistic, Table, Tag, theme } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/PageHeader';
import { QueryState } from '../common/QueryState';
import { TierTag } from '../common/tags';
import { useFormat } from '../i18n/format';
import { type Period, type PeriodKind, useDashboard, usePeriod } from './api';
import { formatDuration } from './duration';
import { CoverageHeatMap } from './heatmap';
import { Panel } from '../common/Panel';
import { Typography } from '../common/typography';

const TrendChart = lazy(() => import('./trend'));
const ResponseTimeChart = lazy(() => import('./trend').then((m) => ({ default: m.ResponseTimeChart })));

const bpText = (bp: number, percent: (n: number) => string) => percent(bp / 10_000);
const signed = (n: number) => `${n > 0 ? '+' : ''}${n}%`;

/** The period buttons and range; `shown` is the dates the bff answered for (a preset is dated in the store's zone). */
function PeriodPicker({ shown }: { shown: Period }) {
  const { t } = useTranslation();
  const { kind, setPeriod } = usePeriod();
  return (
    <Space wrap>
      <Segmented<PeriodKind>
        aria-label={t('service.period.label')}
        value={kind}
        onChange={(k) => (k === 'custom' ? setPeriod(shown) : setPeriod({ kind: k }))}
        options={(['day', 'week', 'month', 'custom'] as const).map((k) => ({ value: k, label: t(`service.period.${k}`) }))}
      />
      <DatePicker.RangePicker
        aria-label={t('service.period.custom')}
        allowClear={false}
        value={[dayjs(shown.from), dayjs(shown.to)]}
        onChange={(v) => v?.[0] && v[1] && setPeriod({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
      />
    </Space>
  );
}

/** A figure with its count behind it and the thresholds of the current and the next tier. */
function MetricCard({ metric, ratio, d }: { metric: TierMetric; ratio: Ratio; d: ServiceDashboard }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { token } = theme.useToken();
  const max = metric === 'disputeRate';
  const line = (tier: ServiceTier | null, key: 'thresholdCurrent' | 'thresholdNext') => {
    if (!tier || tier === 'below') return null;
    const bp = d.standards.thresholds[tier][metric];
    const ok = max ? meetsMax(ratio, bp) : meetsMin(ratio, bp);
    return (
      <Typography.Text style={{ display: 'block', fontSize: 12, color: ok ? token.colorSuccessText : token.colorErrorText }}>
        {t(`service.${key}`, { tier: t(`tiers.${tier}`), value: t(max ? 'service.atMost' : 'service.atLeast', { value: bpText(bp, f.percent) }) })}
      </Typography.Text>
    );
  };
  return (
    <Panel size="small" style={{ height: '100%' }}>
      <Statistic title={t(`service.metrics.${metric}`)} value={ratio.share === null ? t('service.noData') : f.percent(ratio.share)} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {metric === 'coverage' ? t('service.coverageBasis', { count: ratio.count, total: ratio.total }) : t('service.countOf', { count: f.integer(ratio.count), total: f.integer(ratio.total) })}
      </Typography.Text>
      {line(d.tier.current, 'thresholdCurrent')}
      {line(d.tier.next, 'thresholdNext')}
    </Panel>
  );
}

function TierCard({ d }: { d: ServiceDashboard }) {
  const { t } = useTranslation();
  const f = useFormat();
  const last = d.evaluations[0];
  const improvementText = (i: Improvement) =>
    t('service.tier.improveItem', {
      metric: t(`service.metrics.${i.metric}`),
      current: i.current === null ? t('service.noData') : f.percent(i.current),
      op: i.atMost ? '≤' : '≥',
      required: bpText(i.required, f.percent),
    });
  return (
    <Panel title={t('service.tier.title')} style={{ height: '100%' }}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('service.tier.current')}>
          <TierTag tier={d.tier.current} />
        </Descriptions.Item>
        <Descriptions.Item label={t('service.tier.traffic')}>
          <Typography.Text strong>{t('service.tier.weight', { value: signed(d.tier.trafficWeight) })}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {d.tier.next ? t('service.tier.next', { tier: t(`tiers.${d.tier.next}`), value: signed(d.tier.nextTrafficWeight ?? 0) }) : t('service.tier.top')}
      </Typography.Paragraph>
      {last ? (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('service.tier.basedOn', { weekStart: last.weekStart, version: last.standardsVersion })}
          </Typography.Text>
          {d.tier.next &&
            (d.tier.improvements.length ? (
              <List
                size="small"
                header={t('service.tier.improve')}
                dataSource={d.tier.improvements}
                renderItem={(i) => <List.Item>{improvementText(i)}</List.Item>}
              />
            ) : (
              <Typography.Paragraph type="secondary">{t('service.tier.nothingToImprove')}</Typography.Paragraph>
            ))}
        </>
      ) : (
        <Typography.Text type="secondary">{t('service.tier.noEvaluation')}</Typography.Text>
      )}
    </Panel>
  );
}

/** Local time of an instant in the merchant's zone, as `2026-03-02 14:00`. */
const inZone = (iso: string, tz: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

/** Everything a service lead reads about one merchant: figures against tiers, trend, heat map, breaches, history. */
export function ServiceDashboardView({ merchantId, backTo }: { merchantId?: string; backTo?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { period } = usePeriod();
  const query = useDashboard(merchantId, period);
  const d = query.data;
  if (!d) return <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()} />;
  const fr = d.figures.firstResponse;
  const sec = (v: number | null) => formatDuration(t, v);
  return (
    <>
      <PageHeader
        backTo={backTo}
        title={merchantId ? d.merchant.name : t('service.title')}
        tags={<TierTag tier={d.tier.current} />}
        subtitle={merchantId ? `${d.merchant.id} · ${t('service.subtitle')}` : t('service.subtitle')}
        extra={<PeriodPicker shown={d.period} />}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
        {t('service.period.range', { from: d.period.from, to: d.period.to, tz: d.merchant.timeZone })} · {t('service.conversationsBasis', { count: f.integer(d.figures.conversations) })}
      </Typography.Paragraph>
      {query.error ? <Alert type="error" showIcon message={t('service.errors.load')} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <TierCard d={d} />
        </Col>
        <Col xs={24} xl={16}>
          <Row gutter={[12, 12]}>
            {(['coverage', 'rate30s', 'satisfaction', 'resolved24h', 'disputeRate'] as const).map((m) => (
              <Col key={m} xs={12} md={8}>
                <MetricCard metric={m} ratio={d.figures[m]} d={d} />
              </Col>
            ))}
            <Col xs={12} md={8}>
              <Panel size="small" style={{ height: '100%' }}>
                <Statistic title={t('service.metrics.firstResponse')} value={sec(fr.medianSec)} />
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {t('service.medianP90', { median: sec(fr.medianSec), p90: sec(fr.p90Sec) })}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('service.conversationsBasis', { count: f.integer(fr.answered) })}
                </Typography.Text>
              </Panel>
            </Col>
          </Row>
        </Col>
        <Col span={24}>
          <Panel title={t('service.heatmap.title')}>
            <CoverageHeatMap cells={d.heatmap} responseTimeSec={d.standards.responseTimeSec} />
          </Panel>
        </Col>
        <Col xs={24} xl={12}>
          <Panel title={t('service.trend.title')}>
            <Suspense fallback={<Skeleton active />}>
              <TrendChart points={d.trend} />
            </Suspense>
          </Panel>
        </Col>
        <Col xs={24} xl={12}>
          <Panel title={t('service.trend.responseTitle')}>
            <Suspense fallback={<Skeleton active />}>
              <ResponseTimeChart points={d.trend} />
            </Suspense>
          </Panel>
        </Col>
        <Col span={24}>
          <Panel title={t('service.breaches.title')}>
            <Table
              size="small"
              rowKey="hourStart"
              dataSource={d.breaches}
              pagination={{ pageSize: 6, hideOnSinglePage: true }}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('service.breaches.empty')} /> }}
              columns={[
                { key: 'hour', title: t('service.breaches.hour', { tz: d.merchant.timeZone }), render: (_, b) => <span className="num">{inZone(b.hourStart, d.merchant.timeZone)}</span> },
                { key: 'n', title: t('service.breaches.conversations'), align: 'right', dataIndex: 'conversations' },
                {
                  key: 'within',
                  title: t('service.breaches.within'),
                  align: 'right',
                  render: (_, b) => (
                    <Tag color="error">
                      {b.withinStandard}/{b.conversations}
                    </Tag>
                  ),
                },
              ]}
            />
          </Panel>
        </Col>
        <Col span={24}>
          <Panel title={t('service.tier.history')}>
            <Table
              size="small"
              rowKey="weekStart"
              dataSource={d.evaluations}
              pagination={false}
              locale={{ emptyText: t('service.tier.noEvaluation') }}
              columns={[
                { key: 'week', title: t('service.tier.week'), dataIndex: 'weekStart' },
                { key: 'tier', title: t('service.ranking.tier'), render: (_, e) => <TierTag tier={e.tier} /> },
                ...(['coverage', 'rate30s', 'satisfaction', 'resolved24h', 'disputeRate'] as const).map((m) => ({
                  key: m,
                  title: t(`service.metrics.${m}`),
                  align: 'right' as const,
                  render: (_: unknown, e: ServiceDashboard['evaluations'][number]) => (e.figures[m].share === null ? '—' : f.percent(e.figures[m].share!)),
                })),
                { key: 'n', title: t('service.metrics.conversations'), align: 'right', render: (_, e) => f.integer(e.figures.conversations) },
                { key: 'v', title: t('service.tier.standardsVersion'), align: 'right', render: (_, e) => `v${e.standardsVersion}` },
              ]}
            />
          </Panel>
        </Col>
      </Row>
    </>
  );
}

/** The operator's own dashboard. */
export default function ServicePage() {
  return <ServiceDashboardView />;
}
