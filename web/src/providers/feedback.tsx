import { notification } from 'antd';
import { createContext, type ReactNode, useContext } from 'react';

type NotificationApi = ReturnType<typeof notification.useNotification>[0];

interface Feedback {
  notification: NotificationApi;
}

const FeedbackContext = createContext<Feedback | null>(null);

/**
 * antd's notification API, themed and localised by the surrounding ConfigProvider. (antd's `<App>`
 * does the same but also brings Modal and its dependencies into the first load.)
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [notificationApi, notificationHolder] = notification.useNotification({ placement: 'topRight' });
  return (
    <FeedbackContext.Provider value={{ notification: notificationApi }}>
      {notificationHolder}
      {children}
    </FeedbackContext.Provider>
  );
}

export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error('useFeedback outside <FeedbackProvider>');
  return feedback;
}
