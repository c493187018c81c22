import { daysBetween } from '../review/business-days';

// No zod here: the shell's bell and toast need these, and the first load must not carry zod for them.

/**
 * What a notification is about, for the list's filter and the toast. A notification's `kind` is
 * `<application kind>.<action or event>` for applications (`launch.approve`, `brand_day.decline`,
 * `promotion.submitted`), or a domain name (`service`, `perks`, `deadline`).
 */
export const NOTIFICATION_CATEGORIES = ['decision', 'decline', 'deadline', 'tier', 'perks', 'submission'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

/** How each category is recognised from a kind: by its whole value or by the part after the application kind. */
export const CATEGORY_KINDS: Record<NotificationCategory, { exact?: readonly string[]; suffixes?: readonly string[] }> = {
  decision: { suffixes: ['.approve', '.reject', '.request_changes'] },
  decline: { suffixes: ['.decline'] },
  deadline: { exact: ['deadline'] },
  tier: { exact: ['service'] },
  perks: { exact: ['perks'] },
  submission: { suffixes: ['.submitted', '.resubmitted', '.resubmittedToYou'] },
};

export function categoryOf(kind: string): NotificationCategory | null {
  for (const c of NOTIFICATION_CATEGORIES) {
    const k = CATEGORY_KINDS[c];
    if (k.exact?.includes(kind) || k.suffixes?.some((s) => kind.endsWith(s))) return c;
  }
  return null;
}

/** Categories a user is shown at once as a toast when they arrive live (the others only move the badge). */
export const IMPORTANT_CATEGORIES: readonly NotificationCategory[] = ['decision', 'decline', 'deadline'];
export const isImportant = (kind: string) => {
  const c = categoryOf(kind);
  return c !== null && IMPORTANT_CATEGORIES.includes(c);
};

/** Days before a submission deadline on which a merchant that has not met it is reminded (most urgent last). */
export const REMINDER_DAYS = [3, 1] as const;
export type ReminderDay = (typeof REMINDER_DAYS)[number];

/**
 * Which reminder a deadline calls for on `today` (platform dates, `YYYY-MM-DD`): the most urgent of REMINDER_DAYS
 * whose day has come, as long as the deadline has not passed (a deadline is met until the end of its day). A run
 * missed on the 3-day mark and made up two days later sends the 1-day reminder only, never both at once.
 */
export function reminderDue(deadline: string, today: string): ReminderDay | null {
  const left = daysBetween(today, deadline);
  if (left < 0) return null;
  let due: ReminderDay | null = null;
  for (const d of REMINDER_DAYS) if (left <= d) due = d;
  return due;
}
