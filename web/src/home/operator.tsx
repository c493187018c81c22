import type { ApplicationState, OperatorHome as Home, ServiceTier } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import { Badge, Col, Flex, Row, Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { TierTag } from '../common/tags';
import { useFormat } from '../i18n/format';
import { StateTag } from '../launches/common';
import { useNotificationText } from '../notifications/api';
import { trpc } from '../providers/trpc';
import { applicationPath, HomeCard, List } from './card';
import { Typography } from '../common/typography';

export const OPERATOR_HOME_KEY = ['home', 'operator'] as const;

const TIER_COLORS: Record<ServiceTier, string> = { gold: '#d4a017', silver: '#8c9bab', standard: '#52c41a', below: '#ff4d4f' };
const STANDING_COLORS = { submitted: 'green', draft: 'orange', none: 'default' } as const;
const signed = (n: number) => `${n > 0 ? '+' : ''}${n}%`;

function DeadlineTag({ days, date }: { days: number | null; date: string | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (days === null || date === null) return <Typography.Text type="secondary">{t('home.calendar.noDeadline')}</Typography.Text>;
  const color = days < 0 ? 'default' : days <= 3 ? 'red' : days <= 14 ? 'orange' : 'blue';
  const text = days < 0 ? t('home.calendar.closed') : days === 0 ? t('home.calendar.dueToday') : t('home.calendar.daysLeft', { count: days });
  return (
    <Space size={4} wrap>
      <Typography.Text type="secondary">{t('home.calendar.deadline', { date: f.date(date) })}</Typography.Text>
      <Tag color={color}>{text}</Tag>
    </Space>
  );
}

function CalendarCard({ query }: { query: ReturnType<typeof useOperatorHome> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const windows = query.data?.calendar ?? [];
  return (
    <HomeCard testId="home-calendar" title={t('home.calendar.title')} to="/calendar" query={query} empty={!windows.length} emptyText={t('home.calendar.empty')}>
      <List
        size="small"
        dataSource={windows}
        renderItem={(w) => (
          <List.Item key={w.id} data-testid="home-window">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex justify="space-between" wrap gap={8}>
                <Typography.Text strong>{f.name(w)}</Typography.Text>
                <Tag color={STANDING_COLORS[w.standing]}>{t(`home.calendar.standing.${w.standing}`)}</Tag>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{`${f.date(w.startsOn)} – ${f.date(w.endsOn)}`}</Typography.Text>
              <DeadlineTag days={w.daysToDeadline} date={w.submissionDeadline} />
              {w.applications.length > 0 ? (
                <Space size={[8, 4]} wrap>
                  {w.applications.map((a) => (
                    <Link key={a.id} to={applicationPath(a, 'operator')}>
                      {a.title || a.id} <StateTag state={a.state} />
                    </Link>
                  ))}
                </Space>
              ) : (
                (w.daysToDeadline ?? 0) >= 0 && (
                  <Link to={w.kind === 'ss_launch' || w.kind === 'aw_launch' ? '/launches/create' : '/campaigns/new/promotion'}>{t('home.calendar.apply')}</Link>
                )
              )}
            </Flex>
          </List.Item>
        )}
      />
    </HomeCard>
  );
}

function ApplicationsCard({ query }: { query: ReturnType<typeof useOperatorHome> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const home = query.data;
  return (
    <HomeCard testId="home-applications" title={t('home.applications.title')} to="/launches" query={query} empty={!home?.byState.length} emptyText={t('home.applications.empty')}>
      {home && (
        <Flex vertical gap={12}>
          <Space size={[6, 6]} wrap aria-label={t('home.queue.byState')}>
            {home.byState.map((s) => (
              <span key={s.state} data-testid={`home-state-${s.state}`}>
                <StateTag state={s.state as ApplicationState} /> <Typography.Text strong className="num">{f.integer(s.count)}</Typography.Text>
              </span>
            ))}
          </Space>
          <Typography.Text strong>{t('home.applications.waitingTitle')}</Typography.Text>
          {home.waiting.length ? (
            <List
              size="small"
              dataSource={home.waiting}
              renderItem={(w) => (
                <List.Item key={w.id} data-testid="home-waiting">
                  <Flex justify="space-between" wrap gap={8} style={{ width: '100%' }}>
                    <Link to={applicationPath(w, 'operator')}>{w.title || w.id}</Link>
                    <Space size={4}>
                      <Tag color={w.reason === 'draft_near_deadline' ? 'orange' : 'red'}>{t(`home.applications.reasons.${w.reason}`)}</Tag>
                      {w.deadline && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('home.applications.due', { date: f.date(w.deadline) })}</Typography.Text>}
                    </Space>
                  </Flex>
                </List.Item>
              )}
            />
          ) : (
            <Typography.Text type="secondary">{t('home.applications.nothingWaiting')}</Typography.Text>
          )}
          {home.waitingTotal > home.waiting.length && <Typography.Text type="secondary">{t('home.applications.waitingMore', { count: home.waitingTotal - home.waiting.length })}</Typography.Text>}
        </Flex>
      )}
    </HomeCard>
  );
}

function ServiceCard({ query }: { query: ReturnType<typeof useOperatorHome> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const s = query.data?.service;
  return (
    <HomeCard testId="home-service" title={t('home.service.title')} to="/service" query={query}>
      {s && (
        <Flex vertical gap={10}>
          <Space size={12} align="center" wrap>
            <span style={{ fontSize: 18 }}>
              <TierTag tier={s.tier} />
            </span>
            <Typography.Text>{t('home.service.traffic', { weight: signed(s.trafficWeight) })}</Typography.Text>
          </Space>
          <Typography.Text type="secondary">
            {s.nextTier && s.nextTrafficWeight !== null ? t('home.service.next', { tier: t(`tiers.${s.nextTier}`), weight: signed(s.nextTrafficWeight) }) : t('home.service.top')}
          </Typography.Text>
          {s.trend.length ? (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('home.service.trend', { count: s.trend.length })}</Typography.Text>
              {/* The trend as a strip of weeks, one coloured cell per week: no chart library on the first page. */}
              <Flex gap={4} style={{ marginTop: 4 }} role="list" aria-label={t('home.service.trend', { count: s.trend.length })}>
                {s.trend.map((w) => (
                  <Tooltip key={w.weekStart} title={`${f.date(w.weekStart)} · ${t(`tiers.${w.tier}`)}`}>
                    <div role="listitem" aria-label={`${f.date(w.weekStart)} ${t(`tiers.${w.tier}`)}`} data-tier={w.tier} style={{ flex: 1, height: 18, borderRadius: 3, background: TIER_COLORS[w.tier] }} />
                  </Tooltip>
                ))}
              </Flex>
            </div>
          ) : (
            <Typography.Text type="secondary">{t('home.service.noTrend')}</Typography.Text>
          )}
        </Flex>
      )}
    </HomeCard>
  );
}

function PerksCard({ query }: { query: ReturnType<typeof useOperatorHome> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const p = query.data?.perks;
  return (
    <HomeCard
      testId="home-perks"
      title={t('home.perks.title')}
      to="/perks"
      query={query}
      empty={!!p && !p.active && !p.scheduled}
      emptyText={t('home.perks.none')}
      emptyAction={<Link to="/perks">{t('home.perks.start')}</Link>}
    >
      {p && (
        <Flex vertical gap={6}>
          {p.active && <Link to={`/perks/versions/${p.active.number}`}>{t('home.perks.active', { number: p.active.number, date: f.date(p.active.effectiveFrom) })}</Link>}
          {p.scheduled && <Link to={`/perks/versions/${p.scheduled.number}`}>{t('home.perks.scheduled', { number: p.scheduled.number, date: f.date(p.scheduled.effectiveFrom) })}</Link>}
          {p.drafts > 0 && <Typography.Text type="secondary">{t('home.perks.drafts', { count: p.drafts })}</Typography.Text>}
        </Flex>
      )}
    </HomeCard>
  );
}

/** Unread notifications from the inbox's own procedures (the bell and the inbox read the same). */
function NotificationsCard() {
  const { t } = useTranslation();
  const f = useFormat();
  const text = useNotificationText();
  const query = useQuery({ queryKey: ['notifications', 'home'], queryFn: () => trpc.notifications.list.query({ page: 1, pageSize: 5, unreadOnly: true }) });
  const items = query.data?.items ?? [];
  return (
    <HomeCard testId="home-notifications" title={t('home.notifications.title')} to="/notifications" query={query} empty={!items.length} emptyText={t('home.notifications.empty')}>
      <Flex vertical gap={8}>
        <Badge count={query.data?.total ?? 0} overflowCount={99} showZero={false}>
          <Typography.Text strong style={{ paddingInlineEnd: 16 }}>{t('home.notifications.count', { count: query.data?.total ?? 0 })}</Typography.Text>
        </Badge>
        <List
          size="small"
          dataSource={items}
          renderItem={(n) => (
            <List.Item key={n.id}>
              <Flex vertical>
                <span>{text(n)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{f.dateTime(n.createdAt)}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </Flex>
    </HomeCard>
  );
}

export function useOperatorHome() {
  return useQuery<Home>({ queryKey: OPERATOR_HOME_KEY, queryFn: () => trpc.home.operator.query() });
}

/** The operator's home: what needs them today, each card linking to its page. */
export function OperatorHome() {
  const { t } = useTranslation();
  const query = useOperatorHome();
  return (
    <>
      <PageHeader title={t('home.title')} subtitle={query.data ? t('home.operatorSubtitle', { name: query.data.merchant.name }) : undefined} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <CalendarCard query={query} />
        </Col>
        <Col xs={24} xl={12}>
          <ApplicationsCard query={query} />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <ServiceCard query={query} />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <PerksCard query={query} />
        </Col>
        <Col xs={24} xl={8}>
          <NotificationsCard />
        </Col>
      </Row>
    </>
  );
}
