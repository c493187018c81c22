import { type Launch, launchSubmitIssues, skusToCsv } from '@console/shared';
import DownloadOutlined from '@ant-design/icons/DownloadOutlined';
import EditOutlined from '@ant-design/icons/EditOutlined';
import { Alert, Button, Col, Descriptions, Popconfirm, Row, Space, Tag, message } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { QueryState } from '../common/QueryState';
import { useFormat } from '../i18n/format';
import { AuditTrail } from '../audit/trail';
import { PageLoading } from '../layout/PageLoading';
import { toApiError } from '../providers/errors';
import { trpc } from '../providers/trpc';
import { useLaunch, useLaunchWindows, useRefreshApplication, useTimeline, windowFor } from './api';
import { ApplicationTimeline, StateTag, downloadText, useFieldLabel, useIssueText, useYuan } from './common';
import { Panel } from '../common/Panel';
import { Typography } from '../common/typography';

const SkuTable = lazy(() => import('./sku-table'));

/** The content of a launch, read-only: used by the operator's page and the reviewer's panel. */
export function LaunchContentView({ launch }: { launch: Launch }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const yuan = useYuan();
  const priced = launch.skus.filter((s) => s.launchPrice !== null);
  const low = priced.length ? Math.min(...priced.map((s) => s.launchPrice!)) : null;
  const high = priced.length ? Math.max(...priced.map((s) => s.launchPrice!)) : null;
  return (
    <>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('launches.fields.seasonYear')}>{`${launch.year} ${t(`seasons.${launch.season}`)}`}</Descriptions.Item>
        <Descriptions.Item label={t('launches.fields.launchDate')}>{f.date(launch.launchDate)}</Descriptions.Item>
        <Descriptions.Item label={t('launches.fields.title')} span={2}>
          {launch.title || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('launches.fields.channels')}>
          {launch.channels.length ? launch.channels.map((c) => <Tag key={c}>{t(`channels.${c}`)}</Tag>) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('launches.fields.earlyAccess')}>
          {launch.earlyAccess ? t('launches.earlyValue', { tier: launch.earlyAccess.tier, hours: launch.earlyAccess.hours }) : t('launches.earlyNone')}
        </Descriptions.Item>
        <Descriptions.Item label={t('launches.fields.skuCount')}>
          {f.integer(launch.skus.length)}
          {low !== null && high !== null && <Typography.Text type="secondary">{`  ·  ${yuan(low)} – ${yuan(high)}`}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('launches.fields.merchant')}>{launch.merchantName}</Descriptions.Item>
        <Descriptions.Item label={t('launches.fields.story')} span={2}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{launch.story || '—'}</Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('launches.fields.skus')}</Typography.Text>
        <Button
          size="small"
          icon={<DownloadOutlined />}
          disabled={!launch.skus.length}
          onClick={() => downloadText(skusToCsv(launch.skus, i18n.language === 'en' ? 'en' : 'zh-CN'), t('csv.fileName', { title: launch.title || launch.id }))}
        >
          {t('launches.exportCsv')}
        </Button>
      </Space>
      <Suspense fallback={<PageLoading />}>
        <SkuTable skus={launch.skus} />
      </Suspense>
    </>
  );
}

/** A launch for its operator: content, state, what the reviewer said, history, and what they may do now. */
export function LaunchShow() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useParams();
  const navigate = useNavigate();
  const query = useLaunch(id);
  const timeline = useTimeline(id);
  const refresh = useRefreshApplication();
  const issueText = useIssueText();
  const label = useFieldLabel();
  const [messageApi, messageHolder] = message.useMessage();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ text: string; fields: [string, string[]][] } | null>(null);
  const windows = useLaunchWindows();
  const launch = query.data;
  if (!launch) return <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()} />;
  const path = `/launches/${encodeURIComponent(launch.id)}`;
  const can = (a: Launch['allowedActions'][number]) => launch.allowedActions.includes(a);

  /** The form, with the rules' messages marked where they apply: a read-only page has nothing to mark. */
  const toFix = () => navigate(`${path}/edit`, { state: { submitAttempt: true } });

  async function run(name: string, fn: () => Promise<unknown>, done: string, after?: () => void) {
    setBusy(name);
    setError(null);
    try {
      await fn();
      await refresh(launch!.id);
      void messageApi.success(done);
      after?.();
    } catch (e) {
      const api = toApiError(e);
      if ((name === 'submit' || name === 'resubmit') && Object.keys(api.fieldErrors).length) return toFix();
      setError({ text: api.code === 'CONFLICT' ? t('errors.staleVersion') : t(api.key), fields: Object.entries(api.fieldErrors) });
      if (api.code === 'CONFLICT') void query.refetch();
    } finally {
      setBusy(null);
    }
  }
  /** The shared rules first: a draft that cannot pass goes to its form, its problems marked, without a round trip. */
  function submit(name: 'submit' | 'resubmit') {
    const issues = launchSubmitIssues(launch!, { window: windowFor(windows.data, launch!.season, launch!.year), now: new Date() });
    if (issues.length) return toFix();
    const call = name === 'submit' ? trpc.launches.submit : trpc.launches.resubmit;
    void run(name, () => call.mutate({ id: launch!.id, version: launch!.version }), t(name === 'submit' ? 'launches.submittedOk' : 'launches.resubmittedOk'));
  }
  // A decision is about the round it closed: once resubmitted, the application is under review again.
  const decision = launch.state === 'submitted' || launch.state === 'in_review' ? null : launch.lastDecision;

  return (
    <>
      {messageHolder}
      <PageHeader
        title={launch.title || launch.id}
        subtitle={`${launch.id} · ${t('launches.fields.version')} ${launch.version}`}
        tags={<StateTag state={launch.state} />}
        backTo="/launches"
        extra={
          <Space wrap>
            {can('edit') && (
              <Button icon={<EditOutlined />} onClick={() => navigate(`${path}/edit`)}>
                {launch.state === 'changes_requested' ? t('launches.editAndResubmit') : t('common.edit')}
              </Button>
            )}
            {can('submit') && (
              <Button type="primary" loading={busy === 'submit'} onClick={() => submit('submit')}>
                {t('launches.submit')}
              </Button>
            )}
            {can('resubmit') && (
              <Button type="primary" loading={busy === 'resubmit'} onClick={() => submit('resubmit')}>
                {t('launches.resubmit')}
              </Button>
            )}
            {can('withdraw') && (
              <Popconfirm title={t('launches.withdrawConfirm')} onConfirm={() => run('withdraw', () => trpc.launches.withdraw.mutate({ id: launch.id, version: launch.version }), t('launches.withdrawn'))}>
                <Button danger loading={busy === 'withdraw'}>
                  {t('launches.withdraw')}
                </Button>
              </Popconfirm>
            )}
            {can('delete') && (
              <Popconfirm
                title={t('launches.deleteConfirm')}
                onConfirm={() => run('delete', () => trpc.launches.delete.mutate({ id: launch.id, version: launch.version }), t('launches.deleted'), () => navigate('/launches'))}
              >
                <Button danger type="text" loading={busy === 'delete'}>
                  {t('launches.delete')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      {error && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setError(null)}
          style={{ marginBottom: 16 }}
          message={error.text}
          data-testid="action-error"
          description={
            error.fields.length ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {error.fields.map(([p, keys]) => (
                  <li key={p}>
                    <Typography.Text strong>{label(p)}</Typography.Text>{t('launches.colon')}{keys.map((k) => issueText(k)).join(t('launches.listSeparator'))}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      {decision && (
        <Alert
          type={decision.action === 'approve' ? 'success' : decision.action === 'reject' ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          message={`${t(`reviewActions.${decision.action}`)} · ${t('launches.decisionBy', { by: f.name(decision.by), at: f.dateTime(decision.at) })}`}
          data-testid="last-decision"
          description={
            decision.reason || Object.keys(decision.fieldComments).length ? (
              <>
                {decision.reason && <Typography.Paragraph style={{ marginBottom: 4 }}>{decision.reason}</Typography.Paragraph>}
                {Object.keys(decision.fieldComments).length > 0 && (
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {Object.entries(decision.fieldComments).map(([p, c]) => (
                      <li key={p}>
                        <Typography.Text strong>{label(p)}</Typography.Text>{t('launches.colon')}{c}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            ) : undefined
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={17}>
          <Panel title={t('launches.content')} style={{ marginBottom: 16 }}>
            <LaunchContentView launch={launch} />
          </Panel>
        </Col>
        <Col xs={24} xl={7}>
          <Panel title={t('launches.timeline')}>
            {timeline.data ? <ApplicationTimeline entries={timeline.data} /> : <PageLoading />}
          </Panel>
        </Col>
      </Row>
      <AuditTrail entityType="application" entityId={launch.id} />
    </>
  );
}

export default LaunchShow;
