import type { AuditEntry } from '@console/shared';
import { Tag } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { Typography } from '../common/typography';

/** An action's name: the workflow's own words for application actions, the audit's for the rest, else the raw key. */
export function useActionLabel() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (action: string) => (i18n.exists(`reviewActions.${action}`) ? t(`reviewActions.${action}`) : i18n.exists(`audit.actions.${action}`) ? t(`audit.actions.${action}`) : action),
    [t, i18n],
  );
}

/** A state's name where the console has one (application states, tiers, roles), else the raw value. */
export function useStateLabel() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (state: string) => {
      for (const key of [`appStates.${state}`, `tiers.${state}`, `roles.${state}`, `perks.status.${state}`]) if (i18n.exists(key)) return t(key);
      return state;
    },
    [t, i18n],
  );
}

/** A value in a line: text as is, a list or an object by its size (the CSV export and the trail keep the whole). */
const short = (value: unknown) => {
  const text =
    typeof value === 'string' ? value : Array.isArray(value) ? `[${value.length}]` : value && typeof value === 'object' ? `{${Object.keys(value).length}}` : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

/** Fields whose values are states, tiers or roles: shown by their names, as the state column shows them. */
const STATE_FIELDS = new Set(['serviceTier', 'state', 'status', 'role']);

/**
 * Why a change was made: what a person wrote, as written; a scheduled job's reason told in the reader's language
 * from the entry's own figures (the stored text is a note in English for the log).
 */
export function useReasonText() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  return useCallback(
    (entry: Pick<AuditEntry, 'action' | 'reason' | 'after'>) => {
      const after = (entry.after && typeof entry.after === 'object' && !Array.isArray(entry.after) ? entry.after : {}) as Record<string, unknown>;
      if (entry.action === 'service_tier' && typeof after.weekStart === 'string' && typeof after.standardsVersion === 'number') {
        return t('audit.reasons.serviceTier', { week: f.date(after.weekStart), version: after.standardsVersion });
      }
      if (entry.action === 'deadline_reminder' && typeof after.deadline === 'string' && typeof after.reminderDays === 'number') {
        return t('audit.reasons.deadlineReminder', { deadline: f.date(after.deadline), days: after.reminderDays, count: Number(after.merchantsReminded ?? 0) });
      }
      const r = entry.reason;
      return r ? (i18n.exists(r) ? t(r) : r) : '—';
    },
    [t, i18n, f],
  );
}

/** What before and after hold, field by field: `title: old → new`; a creation or a deletion shows its one side. */
export function Changes({ entry }: { entry: Pick<AuditEntry, 'before' | 'after'> }) {
  const { t, i18n } = useTranslation();
  const stateLabel = useStateLabel();
  const value = (k: string, v: unknown) => (STATE_FIELDS.has(k) && typeof v === 'string' ? stateLabel(v) : short(v));
  const before = (entry.before && typeof entry.before === 'object' && !Array.isArray(entry.before) ? entry.before : {}) as Record<string, unknown>;
  const after = (entry.after && typeof entry.after === 'object' && !Array.isArray(entry.after) ? entry.after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (!keys.length) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }} data-testid="audit-changes">
      {keys.map((k) => (
        <li key={k} style={{ wordBreak: 'break-word' }}>
          <Typography.Text type="secondary">{i18n.exists(`audit.changeFields.${k}`) ? t(`audit.changeFields.${k}`) : k}: </Typography.Text>
          {k in before && <Typography.Text delete={k in after}>{value(k, before[k])}</Typography.Text>}
          {k in before && k in after && ' → '}
          {k in after && <Typography.Text>{value(k, after[k])}</Typography.Text>}
        </li>
      ))}
    </ul>
  );
}

/** The actor of a change: their name (and username), or "system". */
export function ActorName({ entry }: { entry: Pick<AuditEntry, 'actor'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!entry.actor) return <Tag>{t('audit.system')}</Tag>;
  return (
    <span>
      {f.name(entry.actor)}
      {entry.actor.username && (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
          {entry.actor.username}
        </Typography.Text>
      )}
    </span>
  );
}

/** `from → to` when the change moved a state. */
export function StateMove({ entry }: { entry: Pick<AuditEntry, 'fromState' | 'toState'> }) {
  const label = useStateLabel();
  if (!entry.fromState && !entry.toState) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span>
      {entry.fromState ? label(entry.fromState) : '∅'} → {entry.toState ? label(entry.toState) : '∅'}
    </span>
  );
}
