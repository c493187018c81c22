import { type AdminHome as Home, ROLES } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import { Col, Flex, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/PageHeader';
import { useFormat } from '../i18n/format';
import { trpc } from '../providers/trpc';
import { ActorName, useActionLabel } from '../audit/common';
import { HomeCard, List } from './card';
import { Typography } from '../common/typography';

export function useAdminHome() {
  return useQuery<Home>({ queryKey: ['home', 'admin'], queryFn: () => trpc.home.admin.query() });
}

/** The admin's home: the calendar's next windows, users by role, the latest changes. */
export function AdminHome() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const action = useActionLabel();
  const query = useAdminHome();
  const home = query.data;
  const total = home?.usersByRole.reduce((s, r) => s + r.count, 0) ?? 0;
  return (
    <>
      <PageHeader title={t('home.title')} subtitle={t('home.adminSubtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <HomeCard testId="home-windows" title={t('home.windows.title')} to="/calendar/admin" query={query} empty={!!home && !home.windows.length} emptyText={t('home.windows.empty')}>
            <List
              size="small"
              dataSource={home?.windows ?? []}
              renderItem={(w) => (
                <List.Item key={w.id} data-testid="home-window">
                  <Flex vertical style={{ width: '100%' }}>
                    <Flex justify="space-between" gap={8} wrap>
                      <Typography.Text strong>
                        {f.name(w)}
                        {w.phase && i18n.exists(`home.windows.phase.${w.phase}`) ? ` · ${t(`home.windows.phase.${w.phase}`)}` : ''}
                      </Typography.Text>
                      <Typography.Text type="secondary">{`${f.date(w.startsOn)} – ${f.date(w.endsOn)}`}</Typography.Text>
                    </Flex>
                    {w.submissionDeadline && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('home.calendar.deadline', { date: f.date(w.submissionDeadline) })}</Typography.Text>}
                  </Flex>
                </List.Item>
              )}
            />
          </HomeCard>
        </Col>
        <Col xs={24} xl={12}>
          <HomeCard testId="home-users" title={t('home.users.title')} to="/users" query={query} empty={!!home && total === 0} emptyText={t('home.users.empty')}>
            <Row gutter={16}>
              {ROLES.map((role) => (
                <Col span={8} key={role}>
                  <Statistic title={t(`roles.${role}`)} value={home?.usersByRole.find((r) => r.role === role)?.count ?? 0} formatter={(v) => f.integer(Number(v))} />
                </Col>
              ))}
            </Row>
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>{t('home.users.total', { count: total })}</Typography.Text>
          </HomeCard>
        </Col>
        <Col xs={24}>
          <HomeCard testId="home-audit" title={t('home.audit.title')} to="/audit" query={query} empty={!!home && !home.recentAudit.length} emptyText={t('home.audit.empty')}>
            <List
              size="small"
              dataSource={home?.recentAudit ?? []}
              renderItem={(e) => (
                <List.Item key={e.id} data-testid="home-audit-entry">
                  <Flex justify="space-between" gap={8} wrap style={{ width: '100%' }}>
                    <Flex gap={8} align="baseline" wrap>
                      <Typography.Text strong>{action(e.action)}</Typography.Text>
                      <Typography.Text type="secondary">
                        {i18n.exists(`audit.entityTypes.${e.entityType}`) ? t(`audit.entityTypes.${e.entityType}`) : e.entityType} · {e.entityId}
                      </Typography.Text>
                    </Flex>
                    <Flex gap={8} align="baseline">
                      <ActorName entry={{ actor: e.actor ? { ...e.actor, username: null } : null }} />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{f.dateTime(e.at)}</Typography.Text>
                    </Flex>
                  </Flex>
                </List.Item>
              )}
            />
          </HomeCard>
        </Col>
      </Row>
    </>
  );
}
