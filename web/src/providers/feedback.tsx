import message from 'antd/es/message';
import notification from 'antd/es/notification';
import { createContext, type ReactNode, useContext } from 'react';

type NotificationApi = ReturnType<typeof notification.useNotification>[0];
type MessageApi = ReturnType<typeof message.useMessage>[0];

interface Feedback {
  notification: NotificationApi;
  message: MessageApi;
}

const FeedbackContext = createContext<Feedback | null>(null);

/**
 * antd's notification and message APIs, themed and localised by the surrounding ConfigProvider. (antd's `<App>`
 * does the same but also brings Modal and its dependencies into the first load.)
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [notificationApi, notificationHolder] = notification.useNotification({ placement: 'topRight' });
  const [messageApi, messageHolder] = message.useMessage();
  return (
    <FeedbackContext.Provider value={{ notification: notificationApi, message: messageApi }}>
      {notificationHolder}
      {messageHolder}
      {children}
    </FeedbackContext.Provider>
  );
}

export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error('useFeedback outside <FeedbackProvider>');
  return feedback;
}
