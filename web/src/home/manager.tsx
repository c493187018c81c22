import { type ApplicationState, type ManagerHome as Home, SERVICE_TIERS, type ServiceTier, type Vertical } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import { Col, Flex, Row, Space, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { TierTag, VerticalTag } from '../common/tags';
import { useFormat } from '../i18n/format';
import { StateTag } from '../launches/common';
import { trpc } from '../providers/trpc';
import { useActionLabel } from '../audit/common';
import { applicationPath, HomeCard, List } from './card';
import { Typography } from '../common/typography';

const TIER_COLORS: Record<ServiceTier, string> = { gold: '#d4a017', silver: '#8c9bab', standard: '#52c41a', below: '#ff4d4f' };

export function useManagerHome() {
  return useQuery<Home>({ queryKey: ['home', 'manager'], queryFn: () => trpc.home.manager.query() });
}

function QueueCard({ query }: { query: ReturnType<typeof useManagerHome> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const q = query.data?.queue;
  return (
    <HomeCard testId="home-queue" title={t('home.queue.title')} to="/reviews" query={query} empty={!!q && !q.byState.length} emptyText={t('home.queue.empty')}>
      {q && (
        <Flex vertical gap={16}>
          <Row gutter={16}>
            <Col span={8}>
              <Statistic title={t('home.queue.pending')} value={q.pending} formatter={(v) => f.integer(Number(v))} />
            </Col>
            <Col span={8}>
              <Statistic title={t('home.queue.overdue')} value={q.overdue} valueStyle={q.overdue ? { color: '#cf1322' } : undefined} formatter={(v) => f.integer(Number(v))} />
            </Col>
            <Col span={8}>
              <Statistic title={t('home.queue.mine')} value={q.claimedByMe} formatter={(v) => f.integer(Number(v))} />
            </Col>
          </Row>
          <Space size={[6, 6]} wrap aria-label={t('home.queue.byState')}>
            {q.byState.map((s) => (
              <span key={s.state} data-testid={`home-state-${s.state}`}>
                <StateTag state={s.state as ApplicationState} /> <Typography.Text strong className="num">{f.integer(s.count)}</Typography.Text>
              </span>
            ))}
          </Space>
        </Flex>
      )}
    </HomeCard>
  );
}

function TiersCard({ query }: { query: ReturnType<typeof useManagerHome> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const home = query.data;
  const rows = (home?.verticals ?? []).map((v) => {
    const counts = Object.fromEntries(SERVICE_TIERS.map((tier) => [tier, home!.tiers.find((x) => x.vertical === v && x.tier === tier)?.count ?? 0])) as Record<ServiceTier, number>;
    return { vertical: v as Vertical, counts, total: SERVICE_TIERS.reduce((s, tier) => s + counts[tier], 0) };
  });
  return (
    <HomeCard testId="home-tiers" title={t('home.tiers.title')} to="/service/ranking" query={query} empty={!!home && !home.tiers.length} emptyText={t('home.tiers.empty')}>
      <Flex vertical gap={12}>
        {rows.map((r) => (
          <div key={r.vertical} data-testid={`home-tiers-${r.vertical}`}>
            <Flex justify="space-between">
              <VerticalTag vertical={r.vertical} />
              <Space size={4} wrap>
                {SERVICE_TIERS.filter((tier) => r.counts[tier]).map((tier) => (
                  <span key={tier}>
                    <TierTag tier={tier} /> <span className="num">{f.integer(r.counts[tier])}</span>
                  </span>
                ))}
              </Space>
            </Flex>
            {/* A stacked bar of plain divs: no chart library on the home page. */}
            <Flex style={{ height: 8, marginTop: 6, borderRadius: 4, overflow: 'hidden', background: '#f0f0f0' }} aria-hidden>
              {SERVICE_TIERS.map((tier) => (r.total ? <div key={tier} style={{ width: `${(100 * r.counts[tier]) / r.total}%`, background: TIER_COLORS[tier] }} /> : null))}
            </Flex>
          </div>
        ))}
      </Flex>
    </HomeCard>
  );
}

function DecisionsCard({ query }: { query: ReturnType<typeof useManagerHome> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const action = useActionLabel();
  const d = query.data?.decisions;
  return (
    <HomeCard testId="home-decisions" title={t('home.decisions.title')} to="/reviews?filters[0][field]=state&filters[0][operator]=in&filters[0][value][0]=approved" query={query} empty={!!d && !d.recent.length} emptyText={t('home.decisions.empty')}>
      {d && (
        <Flex vertical gap={8}>
          <Space size={[6, 6]} wrap>
            {d.counts.map((c) => (
              <Tag key={c.action} color={c.action === 'approve' ? 'green' : c.action === 'reject' ? 'red' : 'orange'}>
                {`${action(c.action)} ${f.integer(c.count)}`}
              </Tag>
            ))}
          </Space>
          <List
            size="small"
            dataSource={d.recent}
            renderItem={(r) => (
              <List.Item key={`${r.id}-${r.at}`} data-testid="home-decision">
                <Flex justify="space-between" wrap gap={8} style={{ width: '100%' }}>
                  <span>
                    <Link to={applicationPath(r, 'manager')}>{r.title || r.id}</Link>
                    <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>{r.merchantName}</Typography.Text>
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${action(r.action)} · ${f.dateTime(r.at)}`}</Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </Flex>
      )}
    </HomeCard>
  );
}

/** The manager's home: their queue, their verticals' tiers, their decisions of the week. */
export function ManagerHome() {
  const { t } = useTranslation();
  const query = useManagerHome();
  const verticals = query.data?.verticals.map((v) => t(`verticals.${v}`)).join('、');
  return (
    <>
      <PageHeader title={t('home.title')} subtitle={verticals ? t('home.managerSubtitle', { verticals }) : undefined} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <QueueCard query={query} />
        </Col>
        <Col xs={24} xl={12}>
          <TiersCard query={query} />
        </Col>
        <Col xs={24}>
          <DecisionsCard query={query} />
        </Col>
      </Row>
    </>
  );
}
