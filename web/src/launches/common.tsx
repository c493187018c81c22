import { type ApplicationState, LAUNCH_RULES, type TimelineEntry, formatYuan } from '@console/shared';
import { Empty, Timeline } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { Typography } from '../common/typography';

import { STATE_COLORS, StateTag } from '../common/state-tag';

export { STATE_COLORS, StateDot, StateTag } from '../common/state-tag';

/** Money in fen, as yuan in the chosen locale. */
export function useYuan() {
  const { i18n } = useTranslation();
  return useCallback((fen: number | null | undefined) => (fen === null || fen === undefined ? '—' : formatYuan(fen, i18n.language === 'en' ? 'en' : 'zh-CN')), [i18n.language]);
}

/**
 * A rule's message from its i18n key. The bff sends field errors as bare keys; the numbers of the rules are the
 * same shared constants, so they are filled in when the server's message leaves them out.
 */
export function useIssueText() {
  const { t } = useTranslation();
  return useCallback(
    (key: string, params?: Record<string, string | number>) => {
      const defaults = { days: LAUNCH_RULES.minLeadDays, min: LAUNCH_RULES.minSkus, max: LAUNCH_RULES.maxSkus };
      const extra = key === 'launches.stockMin' ? { min: LAUNCH_RULES.minStock } : {};
      return t(key, { ...defaults, ...extra, ...params });
    },
    [t],
  );
}

/** The field names reviewers comment on and the diff shows, translated. */
export function useFieldLabel() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (path: string) => {
      const [head, index, field] = path.split('.');
      if (head === 'skus' && index !== undefined && field) return `${t('launches.fields.skus')} #${Number(index) + 1} · ${t(`launches.sku.${field}`)}`;
      if (head === 'earlyAccess' && index) return `${t('launches.fields.earlyAccess')} · ${t(index === 'tier' ? 'launches.fields.earlyTier' : 'launches.fields.earlyHours')}`;
      if (head === 'heroSkus' && index !== undefined && field) return `${t('campaigns.fields.heroSkus')} #${Number(index) + 1} · ${t(`campaigns.sku.${field}`)}`;
      // Launch fields, then campaign fields (kinds name their fields alike where they mean the same thing).
      for (const key of [`launches.fields.${head}`, `campaigns.fields.${head}`]) if (i18n.exists(key)) return t(key);
      return path;
    },
    [t, i18n],
  );
}

/** Every transition of an application: who, when, from which state to which, and why. */
export function ApplicationTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const label = useFieldLabel();
  if (!entries.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={[...entries].reverse().map((e) => ({
        key: e.id,
        color: e.toState ? STATE_COLORS[e.toState] === 'default' ? 'gray' : e.toState === 'rejected' ? 'red' : e.toState === 'changes_requested' ? 'orange' : e.toState === 'approved' ? 'green' : 'blue' : 'gray',
        children: (
          <div data-testid="timeline-entry">
            <Typography.Text strong>{i18n.exists(`reviewActions.${e.action}`) ? t(`reviewActions.${e.action}`) : e.action}</Typography.Text>
            {e.toState && (
              <span style={{ marginLeft: 8 }}>
                <StateTag state={e.toState} />
              </span>
            )}
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.actor ? `${f.name(e.actor)} · ` : ''}
                {f.dateTime(e.at)}
              </Typography.Text>
            </div>
            {e.reason && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{i18n.exists(e.reason) ? t(e.reason) : e.reason}</Typography.Paragraph>}
            {e.fieldComments && Object.keys(e.fieldComments).length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {Object.entries(e.fieldComments).map(([path, comment]) => (
                  <li key={path}>
                    <Typography.Text type="secondary">{label(path)}{t('launches.colon')}</Typography.Text>
                    {comment}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ),
      }))}
    />
  );
}

/** Triggers a download of text as a file (CSV export, the import template). */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
