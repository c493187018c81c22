import type { ApplicationSummary } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Descriptions, Row, Space, Tag, message } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../common/PageHeader';
import { QueryState } from '../common/QueryState';
import { VerticalTag } from '../common/tags';
import { useFormat } from '../i18n/format';
import { PageLoading } from '../layout/PageLoading';
import { reviewSummaryQuery, useRefreshApplication, useTimeline } from '../launches/api';
import { ApplicationTimeline, StateTag } from '../launches/common';
import { KIND_VIEWS } from '../kinds';
import { toApiError } from '../providers/errors';
import { isTrpcError, trpc } from '../providers/trpc';
import { ApplicationDiff } from './diff';
import { Panel } from '../common/Panel';
import { Typography } from '../common/typography';

import type { Decision, DecisionValues } from './decision-dialog';

const DecisionDialog = lazy(() => import('./decision-dialog'));
interface Conflict {
  mine: number;
  current: number | null;
  before: Pick<ApplicationSummary, 'state' | 'version'>;
  reloaded: boolean;
}

function useSummary(id: string | undefined) {
  return useQuery({ ...reviewSummaryQuery(id ?? ''), enabled: !!id });
}
function useDiff(id: string | undefined, enabled: boolean) {
  return useQuery({ queryKey: ['diff', id], queryFn: () => trpc.review.diff.query({ id: id! }), enabled: !!id && enabled });
}

/** A manager's review panel: the content, what changed since the last decision, the history and the actions allowed now. */
export function ReviewPanel() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useParams();
  const summary = useSummary(id);
  const timeline = useTimeline(id);
  const diff = useDiff(id, (summary.data?.submissionCount ?? 0) > 0);
  const refresh = useRefreshApplication();
  const [messageApi, messageHolder] = message.useMessage();
  const [busy, setBusy] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Decision | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  /** After a decision: the next application waiting in the manager's queue (oldest first), or null when none is. */
  const [next, setNext] = useState<{ id: string; title: string; merchantName: string } | null | undefined>(undefined);
  // Once a decision dialog has opened it stays mounted, so that it closes with its animation.
  const [dialogUsed, setDialogUsed] = useState(false);
  const openDialog = (d: Decision) => {
    setDialogUsed(true);
    setDialog(d);
  };

  const app = summary.data;
  if (!app) return <QueryState isLoading={summary.isLoading} error={summary.error} onRetry={() => void summary.refetch()} />;
  const can = (a: ApplicationSummary['allowedActions'][number]) => app.allowedActions.includes(a);

  async function act(name: string, call: () => Promise<unknown>, done: string) {
    setBusy(name);
    setError(null);
    try {
      await call();
      setDialog(null);
      setConflict(null);
      await refresh(app!.id);
      void messageApi.success(done);
      if (name === 'approve' || name === 'reject' || name === 'request_changes') {
        const queue = await trpc.review.queue.query({ page: 1, pageSize: 5, sort: { field: 'submittedAt', order: 'asc' }, filters: {} });
        setNext(queue.items.find((q) => q.id !== app!.id) ?? null);
      }
    } catch (e) {
      const api = toApiError(e);
      if (api.code === 'CONFLICT') {
        const current = isTrpcError(e) ? ((e.data as { currentVersion?: number } | undefined)?.currentVersion ?? null) : null;
        setDialog(null);
        setConflict({ mine: app!.version, current, before: { state: app!.state, version: app!.version }, reloaded: false });
      } else setError(t(api.key));
    } finally {
      setBusy(null);
    }
  }

  async function reload() {
    await refresh(app!.id);
    await summary.refetch();
    setConflict((c) => (c ? { ...c, reloaded: true } : c));
  }

  async function confirmDialog(values: DecisionValues) {
    const base = { id: app!.id, version: app!.version };
    if (dialog === 'approve') await act('approve', () => trpc.review.approve.mutate({ ...base, ...(values.comment ? { comment: values.comment } : {}) }), t('review.approved'));
    if (dialog === 'reject') await act('reject', () => trpc.review.reject.mutate({ ...base, reason: values.reason ?? '' }), t('review.rejected'));
    if (dialog === 'request_changes') {
      const fieldComments: Record<string, string> = {};
      for (const fc of values.fieldComments ?? []) if (fc.field && fc.comment?.trim()) fieldComments[fc.field] = fc.comment.trim();
      await act('request_changes', () => trpc.review.requestChanges.mutate({ ...base, comment: values.comment ?? '', fieldComments }), t('review.changesRequested'));
    }
  }

  const decision = app.lastDecision;
  const Section = KIND_VIEWS[app.kind].ReviewSection;
  return (
    <>
      {messageHolder}
      <PageHeader
        title={t('review.panelTitle', { title: app.title })}
        subtitle={`${app.merchantName} · ${app.merchantId} · ${t(`appKinds.${app.kind}`)} · ${t('review.fields.round', { n: app.submissionCount })} · ${t('launches.fields.version')} ${app.version}`}
        tags={
          <>
            <StateTag state={app.state} />
            <VerticalTag vertical={app.vertical} />
            {app.overdue && <Tag color="red">{t('review.overdueShort')}</Tag>}
          </>
        }
        backTo="/reviews"
        extra={
          <Space wrap data-testid="review-actions">
            {can('claim') && (
              <Button type="primary" loading={busy === 'claim'} onClick={() => void act('claim', () => trpc.review.claim.mutate({ id: app.id, version: app.version }), t('review.claimed'))}>
                {t('review.claim')}
              </Button>
            )}
            {can('approve') && (
              <Button type="primary" onClick={() => openDialog('approve')}>
                {t('review.approve')}
              </Button>
            )}
            {can('request_changes') && <Button onClick={() => openDialog('request_changes')}>{t('review.requestChanges')}</Button>}
            {can('reject') && (
              <Button danger onClick={() => openDialog('reject')}>
                {t('review.reject')}
              </Button>
            )}
          </Space>
        }
      />
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="conflict"
          role="alert"
          message={t('review.conflictTitle')}
          description={
            <Space direction="vertical">
              <span>{t('review.conflictText', { mine: conflict.mine, current: conflict.current ?? '?' })}</span>
              {conflict.reloaded && (
                <span data-testid="conflict-changes">
                  {t('review.conflictChanged', { before: t(`appStates.${conflict.before.state}`), after: t(`appStates.${app.state}`) })}
                  {decision && t('review.conflictBy', { by: f.name(decision.by), at: f.dateTime(decision.at) })}
                  {!decision && app.claimedBy && `；${t('review.claimedBy', { name: f.name(app.claimedBy) })}`}
                </span>
              )}
              {!conflict.reloaded && (
                <Button type="primary" size="small" onClick={() => void reload()}>
                  {t('review.conflictReload')}
                </Button>
              )}
            </Space>
          }
          closable
          onClose={() => setConflict(null)}
        />
      )}
      {error && <Alert type="error" showIcon closable style={{ marginBottom: 16 }} message={error} onClose={() => setError(null)} />}
      {next !== undefined && (
        <Alert
          type={next ? 'info' : 'success'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="next-item"
          message={next ? t('review.next', { title: next.title, merchant: next.merchantName }) : t('review.queueDone')}
          action={
            next ? (
              <Button
                type="primary"
                size="small"
                onClick={() => {
                  setNext(undefined);
                  navigate(`/reviews/${encodeURIComponent(next.id)}`);
                }}
              >
                {t('review.openNext')}
              </Button>
            ) : (
              <Button size="small" onClick={() => navigate('/reviews')}>
                {t('review.title')}
              </Button>
            )
          }
        />
      )}
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Panel title={t('review.diffTitle')} style={{ marginBottom: 16 }}>
            {diff.data ? <ApplicationDiff diff={diff.data} /> : <PageLoading />}
          </Panel>
          <Suspense fallback={<PageLoading />}>
            <Section id={app.id} />
          </Suspense>
        </Col>
        <Col xs={24} xl={8}>
          <Panel style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('review.fields.state')}>
                <StateTag state={app.state} />
              </Descriptions.Item>
              <Descriptions.Item label={t('review.fields.claimedBy')}>{app.claimedBy ? f.name(app.claimedBy) : t('review.notClaimed')}</Descriptions.Item>
              <Descriptions.Item label={t('review.fields.submittedAt')}>{f.dateTime(app.submittedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('review.versions')}>
                <Space direction="vertical" size={2}>
                  {app.versions.map((v) => (
                    <span key={v.number}>
                      #{v.number} · {f.dateTime(v.submittedAt)}
                      {v.decision && <Tag style={{ marginInlineStart: 6 }}>{t(`reviewActions.${v.decision}`)}</Tag>}
                    </span>
                  ))}
                </Space>
              </Descriptions.Item>
            </Descriptions>
            {app.allowedActions.length === 0 && <Typography.Text type="secondary">{t('review.nothingToDo')}</Typography.Text>}
          </Panel>
          <Panel title={t('launches.timeline')}>{timeline.data ? <ApplicationTimeline entries={timeline.data} /> : <PageLoading />}</Panel>
        </Col>
      </Row>
      {/* The dialog (its form, and zod for the rules it shares with the server) loads on the first decision, not with the panel. */}
      {dialogUsed && (
        <Suspense fallback={null}>
          <DecisionDialog
            dialog={dialog}
            kind={app.kind}
            busy={busy !== null}
            onCancel={() => setDialog(null)}
            onConfirm={confirmDialog}
          />
        </Suspense>
      )}
    </>
  );
}

export default ReviewPanel;
