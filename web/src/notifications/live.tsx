import type { Notification } from '@console/shared';
import { categoryOf, isImportant } from '@console/shared/notifications/categories';
import { useQueryClient } from '@tanstack/react-query';
import Button from 'antd/es/button';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFeedback } from '../providers/feedback';
import { canSubscribe, trpc } from '../providers/trpc';
import { LIST_KEY, UNREAD_KEY, notificationLink, useNotificationText } from './api';

/**
 * The signed-in user's live feed (a tRPC subscription over server-sent events): each new notification refreshes
 * the unread count and the inbox, and the important ones (decisions, declines, deadlines) show a toast. The link
 * resumes from the last event id after a drop, so nothing is missed or shown twice. Returns whether the feed is
 * connected; while it is not (no EventSource, or the feed failed), the bell polls.
 */
export function useLiveNotifications(userId: string | undefined, role: string | undefined, enabled: boolean) {
  const queryClient = useQueryClient();
  const { notification } = useFeedback();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const text = useNotificationText();
  const [connected, setConnected] = useState(false);
  // The latest translations and navigation, without resubscribing when the language changes.
  const latest = useRef({ t, text, navigate, role });
  latest.current = { t, text, navigate, role };

  useEffect(() => {
    if (!enabled || !userId || !canSubscribe()) return;
    const refresh = () => {
      void queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
      void queryClient.invalidateQueries({ queryKey: LIST_KEY });
    };
    const toast = (n: Notification) => {
      const { t, text, navigate, role } = latest.current;
      const link = notificationLink(n, role);
      const key = `notification-${n.id}`;
      notification.info({
        key,
        message: t(`live.toast.${categoryOf(n.kind)}`),
        description: text(n),
        placement: 'topRight',
        duration: 8,
        actions: link ? (
          <Button
            size="small"
            type="primary"
            onClick={() => {
              notification.destroy(key);
              void trpc.notifications.markRead.mutate({ ids: [n.id] }).then(refresh, () => {});
              navigate(link);
            }}
          >
            {t('live.open')}
          </Button>
        ) : undefined,
      });
    };
    const sub = trpc.notifications.feed.subscribe(
      {},
      {
        // Connected (or reconnected): the count may have moved meanwhile.
        onStarted: () => {
          setConnected(true);
          refresh();
        },
        onData: ({ data }) => {
          refresh();
          if (isImportant(data.kind)) toast(data);
        },
        onError: () => setConnected(false),
        onConnectionStateChange: (state) => {
          if (state.state === 'connecting' && state.error) setConnected(false);
          if (state.state === 'pending') setConnected(true);
        },
      },
    );
    return () => {
      sub.unsubscribe();
      setConnected(false);
    };
  }, [enabled, userId, queryClient, notification]);

  return connected;
}
