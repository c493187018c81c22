import type { NotificationProvider } from '@refinedev/core';
import { Button } from 'antd';
import { i18n } from '../i18n';
import { useFeedback } from './feedback';

/** The key Refine's useLogin gives its failure notification. */
export const SIGN_IN_ERROR_KEY = 'login-error';

/**
 * Refine's notifications on antd's notification API (`FeedbackProvider`) (themed and localised by the ConfigProvider). Ours, not
 * @refinedev/antd's, so that the first page load does not carry that package.
 * Messages arrive translated: Refine's through the i18n provider, ours through `toApiError`.
 */
export function useNotificationProvider(): NotificationProvider {
  const { notification } = useFeedback();
  return {
    open: ({ key, message, description, type, cancelMutation, undoableTimeout }) => {
      // Refine's useLogin always toasts a failed sign-in; the sign-in page already shows it in place, by the field.
      if (key === SIGN_IN_ERROR_KEY) return;
      if (type === 'progress') {
        notification.info({
          key,
          message,
          description,
          duration: undoableTimeout ?? 5,
          actions: (
            <Button
              size="small"
              onClick={() => {
                cancelMutation?.();
                if (key) notification.destroy(key);
              }}
            >
              {i18n.t('buttons.undo')}
            </Button>
          ),
        });
        return;
      }
      notification[type]({ key, message, description, placement: 'topRight' });
    },
    close: (key) => notification.destroy(key),
  };
}
