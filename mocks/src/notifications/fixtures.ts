import type { Notification } from '@console/shared';

/** A notification as the store keeps it: addressed to one user. */
export interface MockNotification extends Notification {
  userId: string;
}

export interface NewNotification {
  kind: string;
  key: string;
  params: Record<string, string | number>;
  entityType: string | null;
  entityId: string | null;
}

/** None at the start: the launch fixtures produce them by replaying managers' decisions. */
export const createNotifications = (): MockNotification[] => [];
