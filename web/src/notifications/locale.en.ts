import type { DeadlineCatalog, LiveCatalog, NotificationTexts } from './locale';

export const liveEn: LiveCatalog = {
  categories: {
    decision: 'Review decisions',
    decline: 'Date taken',
    deadline: 'Deadline reminders',
    tier: 'Service tier',
    perks: 'Member perks',
    submission: 'New submissions',
  },
  toast: {
    decision: 'Review decision',
    decline: 'Campaign date taken',
    deadline: 'Deadline approaching',
  },
  filterCategories: 'Type',
  allCategories: 'All types',
  status: 'Status',
  all: 'All',
  unread: 'Unread',
  noMatch: 'No notifications match these filters',
  clearFilters: 'Clear filters',
  open: 'Open',
};

export const deadlineNotificationsEn: DeadlineCatalog = {
  reminder: 'Submissions for {{windowEn}} close on {{deadline}}, in {{days}} days; you have not submitted yet',
  today: 'Submissions for {{windowEn}} close today ({{deadline}}); you have not submitted yet',
};

export const notificationTextsEn: NotificationTexts = {
  appKinds: { launch: 'Launch', brand_day: 'Brand Day', promotion: '618 / Double 11' },
  inbox: {
    title: 'Notifications',
    subtitle: 'Review decisions, and submissions of the applications you look after',
    bell: 'Notifications',
    unread: 'Unread',
    unreadOnly: 'Unread only',
    markRead: 'Mark read',
    markAllRead: 'Mark all read',
    open: 'Open application',
    empty: 'No notifications',
    noUnread: 'No unread notifications',
    showAll: 'Show all notifications',
    emptyHint: 'Review decisions and submitted or resubmitted applications are announced here.',
    read: 'Read',
  },
  live: liveEn,
  notifications: {
    application: {
      approved: '{{kindLabel}} “{{title}}” was approved ({{by}})',
      rejected: '{{kindLabel}} “{{title}}” was rejected ({{by}}): {{reason}}',
      changesRequested: '{{kindLabel}} “{{title}}” needs changes ({{by}}): {{reason}}',
      declined: '{{kindLabel}} “{{title}}”: the date went to another brand. Move it to a free date and resubmit: {{dates}}',
      submitted: '{{merchant}} submitted {{kindLabel}} “{{title}}” for review',
      resubmittedToYou: '{{merchant}} resubmitted {{kindLabel}} “{{title}}” with changes; it stays with you',
      resubmitted: '{{merchant}} resubmitted {{kindLabel}} “{{title}}” with changes; it is back in the open queue',
    },
    perks: { published: 'Member perks version {{number}} published ({{by}}), effective {{effectiveFrom}}' },
    deadline: deadlineNotificationsEn,
  },
};
