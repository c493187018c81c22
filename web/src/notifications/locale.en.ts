import type { DeadlineCatalog, LiveCatalog } from './locale';

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
