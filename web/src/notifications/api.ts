import { localizedNotificationParams, type Notification } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../providers/trpc';

export const UNREAD_KEY = ['notifications', 'unread'] as const;

/** The caller's unread count, refreshed every half minute while the console is open. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({ queryKey: UNREAD_KEY, queryFn: () => trpc.notifications.unreadCount.query(), enabled, refetchInterval: 30_000 });
}

/** A notification's text from its key and params (the bff stores keys, the web speaks the language). */
export function useNotificationText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (n: Notification) => {
      const kind = n.params.kind;
      const kindLabel = typeof kind === 'string' && i18n.exists(`appKinds.${kind}`) ? t(`appKinds.${kind}`) : '';
      // A person is named in the reader's language (params carry both names: by / byEn).
      const params = localizedNotificationParams(n.params, i18n.language);
      return i18n.exists(n.key) ? t(n.key, { ...params, kindLabel, reason: params.reason ?? '' }) : n.key;
    },
    [t, i18n],
  );
}

/** Where a notification leads: the application it is about, on the operator's page or in the manager's review panel. */
export function notificationLink(n: Notification, role: string | undefined): string | null {
  if (!n.entityId) return null;
  if (role === 'manager') return `/reviews/${encodeURIComponent(n.entityId)}`;
  if (n.entityType === 'launch') return `/launches/${encodeURIComponent(n.entityId)}`;
  if (n.entityType === 'perk_version') return `/perks/versions/${encodeURIComponent(n.entityId)}`;
  return null;
}
