import type { CampaignApplication } from '@console/shared';
import { Alert, Button, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AuditTrail } from '../audit/trail';
import { ApplicationTimeline } from '../launches/common';
import { useTimeline } from '../launches/api';
import { toApiError } from '../providers/errors';
import { useFeedback } from '../providers/feedback';
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
  // The app's toasts, not a holder of this page's: a save or submit that changes the version remounts the page
  // (CampaignShow keys it by version), and a holder inside it took the "submitted" message down with it.
  const { notification } = useFeedback();

  // What the last save made of the application, when a submit after it failed: the page is not reloaded then (that
  // would remount it and drop the errors shown in place), so the next attempt starts from this version, and a draft
  // created by a failed first submit is updated, not created again.
  const saved = useRef<CampaignApplication | undefined>(undefined);
  const current = () => (saved.current && (!opts.app || saved.current.version > opts.app.version) ? saved.current : opts.app);

  async function run(name: 'save' | 'submit', content: C) {
    setBusy(name);
    setError(null);
    const base = current();
    try {
      const editable = !base || base.allowedActions.includes('edit');
      let app = base;
      if (editable) app = app ? await opts.update(app.id, app.version, content) : await opts.create(content);
      saved.current = app;
      if (name === 'submit' && app) {
        const action = app.allowedActions.includes('resubmit') ? 'resubmit' : 'submit';
        app = await trpc.campaigns[action].mutate({ id: app.id, version: app.version });
      }
      if (app) {
        await refresh(app.id);
        if (!opts.app) navigate(`/campaigns/${encodeURIComponent(app.id)}`, { replace: true });
      }
      notification.success({ key: 'campaign-saved', message: name === 'submit' ? t('campaigns.submitted') : t('campaigns.saved'), placement: 'topRight' });
    } catch (e) {
      const api = toApiError(e);
      opts.onFieldErrors(api.fieldErrors);
      const count = Object.keys(api.fieldErrors).length;
      setError(count ? `${t(api.key)} · ${t('campaigns.fixErrors', { count })}` : t(api.key));
      const id = saved.current?.id ?? opts.app?.id;
      if (id) await refresh(id, { keepPage: true });
    } finally {
      setBusy(null);
    }
  }
  async function withdraw() {
    const app = current();
    if (!app) return;
    setBusy('withdraw');
    try {
      await trpc.campaigns.withdraw.mutate({ id: app.id, version: app.version });
      await refresh(app.id);
    } catch (e) {
      setError(t(toApiError(e).key));
    } finally {
      setBusy(null);
    }
  }
  return { run, withdraw, busy, error, setError };
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
