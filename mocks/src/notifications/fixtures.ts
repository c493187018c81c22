import type { Notification } from '@console/shared';

/** A notification as the store keeps it: addressed to one user. */
export interface MockNotification extends Notification {
  userId: string;
}

/** What a state change tells the users concerned (the bff's own type). */
export type { NewNotification } from '@console/bff/notifications/repo';

/** None at the start: the launch fixtures produce them by replaying managers' decisions. */
export const createNotifications = (): MockNotification[] => [];
