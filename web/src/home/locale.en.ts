import type { Catalog } from '../launches/locale';
import type { homeZh } from './locale';

export const homeEn: Catalog<typeof homeZh> = {
  title: 'Home',
  operatorSubtitle: '{{name}} · what needs you today',
  managerSubtitle: 'Your verticals: {{verticals}}',
  adminSubtitle: 'Platform settings and the latest changes',
  open: 'Open',
  viewAll: 'View all',
  retry: 'Retry',
  calendar: {
    title: 'Upcoming dates',
    empty: 'No dates to apply for soon',
    deadline: 'Deadline {{date}}',
    daysLeft_one: '{{count}} day left',
    daysLeft_other: '{{count}} days left',
    dueToday: 'Due today',
    closed: 'Closed for submissions',
    noDeadline: 'No submission deadline',
    standing: { submitted: 'Submitted', draft: 'Draft only, not submitted', none: 'Not applied yet' },
    apply: 'Apply',
  },
  applications: {
    title: 'My applications and launches',
    waitingTitle: 'Waiting on you',
    waitingMore: '{{count}} more',
    nothingWaiting: 'Nothing is waiting on you',
    empty: 'No applications or launches yet',
    reasons: { changes_requested: 'Changes requested', declined: 'Date taken: choose another', draft_near_deadline: 'Draft near its deadline' },
    due: 'Due {{date}}',
  },
  service: {
    title: 'Service tier',
    trend: 'Last {{count}} weeks',
    noTrend: 'No weekly evaluations yet',
    traffic: 'Traffic weight {{weight}}',
    next: '{{tier}} would bring {{weight}}',
    top: 'Already the top tier',
  },
  perks: {
    title: 'Member programme',
    active: 'Active: version {{number}} (since {{date}})',
    scheduled: 'Version {{number}} takes effect on {{date}}',
    drafts: '{{count}} draft(s)',
    none: 'No member programme published yet',
    start: 'Set up the programme',
  },
  notifications: {
    title: 'Unread notifications',
    count: '{{count}} unread',
    empty: 'No unread notifications',
  },
  queue: {
    title: 'Review queue',
    pending: 'Pending',
    overdue: 'Overdue',
    mine: 'Claimed by me',
    byState: 'By state',
    empty: 'Nothing is waiting for review in your verticals',
  },
  tiers: {
    title: 'Service tiers in your verticals',
    empty: 'No merchants in your verticals yet',
  },
  decisions: {
    title: 'My decisions, last 7 days',
    empty: 'No decisions in the last 7 days',
  },
  windows: {
    title: 'Next calendar windows',
    empty: 'No upcoming windows in the calendar',
    phase: { registration: 'Registration', presale: 'Presale', official: 'Official days' },
  },
  users: {
    title: 'Users by role',
    total: '{{count}} in all',
    empty: 'No users yet',
  },
  audit: {
    title: 'Latest changes',
    empty: 'No changes recorded yet',
  },
};
