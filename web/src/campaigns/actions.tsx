import type { CampaignApplication } from '@console/shared';
import { Alert, Button, Space, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AuditTrail } from '../audit/trail';
import { ApplicationTimeline } from '../launches/common';
import { useTimeline } from '../launches/api';
import { toApiError } from '../providers/errors';
import { trpc } from '../providers/trpc';
import { useRefreshCampaign } from './api';
import { Panel } from '../common/Panel';

/** Save as draft, then submit / resubmit: what the form pages share. Field errors come back per path. */
export function useCampaignSave<C>(opts: {
  app: CampaignApplication | undefined;
  create: (content: C) => Promise<CampaignApplication>;
  update: (id: string, version: number, content: C) => Promise<CampaignApplication>;
  onFieldErrors: (errors: Record<string, string[]>) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshCampaign();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [messageApi, holder] = message.useMessage();

  async function run(name: 'save' | 'submit', content: C) {
    setBusy(name);
    setError(null);
    try {
      const editable = !opts.app || opts.app.allowedActions.includes('edit');
      let app = opts.app;
      if (editable) app = app ? await opts.update(app.id, app.version, content) : await opts.create(content);
      if (name === 'submit' && app) {
        const action = app.allowedActions.includes('resubmit') ? 'resubmit' : 'submit';
        app = await trpc.campaigns[action].mutate({ id: app.id, version: app.version });
      }
      if (app) {
        await refresh(app.id);
        if (!opts.app) navigate(`/campaigns/${encodeURIComponent(app.id)}`, { replace: true });
      }
      void messageApi.success(name === 'submit' ? t('campaigns.submitted') : t('campaigns.saved'));
    } catch (e) {
      const api = toApiError(e);
      opts.onFieldErrors(api.fieldErrors);
      const count = Object.keys(api.fieldErrors).length;
      setError(count ? `${t(api.key)} · ${t('campaigns.fixErrors', { count })}` : t(api.key));
      if (opts.app) await refresh(opts.app.id);
    } finally {
      setBusy(null);
    }
  }
  async function withdraw() {
    if (!opts.app) return;
    setBusy('withdraw');
    try {
      await trpc.campaigns.withdraw.mutate({ id: opts.app.id, version: opts.app.version });
      await refresh(opts.app.id);
    } catch (e) {
      setError(t(toApiError(e).key));
    } finally {
      setBusy(null);
    }
  }
  return { run, withdraw, busy, error, setError, holder };
}

export function ActionBar({ app, busy, onSave, onSubmit, onWithdraw }: { app: CampaignApplication | undefined; busy: string | null; onSave: () => void; onSubmit: () => void; onWithdraw: () => void }) {
  const { t } = useTranslation();
  const can = (a: string) => !app || app.allowedActions.includes(a as never);
  return (
    <Space wrap data-testid="campaign-actions">
      {can('edit') && (
        <Button loading={busy === 'save'} onClick={onSave}>
          {t('campaigns.saveDraft')}
        </Button>
      )}
      {(can('submit') || can('resubmit')) && (
        <Button type="primary" loading={busy === 'submit'} onClick={onSubmit}>
          {app?.allowedActions.includes('resubmit') ? t('campaigns.resubmit') : t('campaigns.submit')}
        </Button>
      )}
      {app?.allowedActions.includes('withdraw') && (
        <Button danger loading={busy === 'withdraw'} onClick={onWithdraw}>
          {t('campaigns.withdraw')}
        </Button>
      )}
    </Space>
  );
}

export function ErrorAlert({ error, onClose }: { error: string | null; onClose: () => void }) {
  return error ? <Alert type="error" showIcon closable message={error} style={{ marginBottom: 16 }} onClose={onClose} role="alert" /> : null;
}

export function CampaignTimeline({ id }: { id: string | undefined }) {
  const { t } = useTranslation();
  const timeline = useTimeline(id);
  if (!id || !timeline.data) return null;
  return (
    <>
      <Panel title={t('launches.timeline')} size="small">
        <ApplicationTimeline entries={timeline.data} />
      </Panel>
      <AuditTrail entityType="application" entityId={id} />
    </>
  );
}
