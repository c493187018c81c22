import { localizedNotificationParams, type Notification } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../providers/trpc';

export const UNREAD_KEY = ['notifications', 'unread'] as const;

/** Every query of the inbox (the list's pages and filters), for invalidating them together. */
export const LIST_KEY = ['notifications', 'list'] as const;

/**
 * The caller's unread count. With a live feed (live.tsx) it is refetched when a notification arrives; where the
 * feed cannot connect (no EventSource, or the feed failed), every half minute.
 */
export function useUnreadCount(enabled: boolean, live = false) {
  return useQuery({ queryKey: UNREAD_KEY, queryFn: () => trpc.notifications.unreadCount.query(), enabled, refetchInterval: live ? false : 30_000 });
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
      const count = typeof params.days === 'number' ? params.days : undefined;
      return i18n.exists(n.key) ? t(n.key, { ...params, kindLabel, reason: params.reason ?? '', ...(count === undefined ? {} : { count }) }) : n.key;
    },
    [t, i18n],
  );
}

/** Where a notification leads: the application it is about, on the operator's page or in the manager's review panel. */
export function notificationLink(n: Notification, role: string | undefined): string | null {
  if (!n.entityId) return null;
  if (role === 'manager') return `/reviews/${encodeURIComponent(n.entityId)}`;
  if (n.entityType === 'launch') return `/launches/${encodeURIComponent(n.entityId)}`;
  if (n.entityType === 'brand_day' || n.entityType === 'promotion') return `/campaigns/${encodeURIComponent(n.entityId)}`;
  if (n.entityType === 'perk_version') return `/perks/versions/${encodeURIComponent(n.entityId)}`;
  if (n.entityType === 'service') return '/service';
  // A deadline reminder leads to where the merchant submits for that window.
  if (n.entityType === 'calendar_window') return n.params.windowKind === 'ss_launch' || n.params.windowKind === 'aw_launch' ? '/launches' : '/campaigns';
  return null;
}
