import { describe, expect, it } from 'vitest';
import { categoryOf, isImportant, reminderDue } from './categories';
import { notificationFeedInput, notificationListInput } from './schema';

describe('notification categories', () => {
  it('recognises every kind the bff writes', () => {
    expect(categoryOf('launch.approve')).toBe('decision');
    expect(categoryOf('brand_day.reject')).toBe('decision');
    expect(categoryOf('promotion.request_changes')).toBe('decision');
    expect(categoryOf('brand_day.decline')).toBe('decline');
    expect(categoryOf('deadline')).toBe('deadline');
    expect(categoryOf('service')).toBe('tier');
    expect(categoryOf('perks')).toBe('perks');
    expect(categoryOf('launch.submitted')).toBe('submission');
    expect(categoryOf('launch.resubmittedToYou')).toBe('submission');
    expect(categoryOf('deadlines')).toBeNull();
    expect(categoryOf('launch.approved')).toBeNull();
  });

  it('toasts decisions, declines and deadlines only', () => {
    expect(['launch.approve', 'brand_day.decline', 'deadline'].map(isImportant)).toEqual([true, true, true]);
    expect(['service', 'perks', 'launch.submitted', 'unknown'].map(isImportant)).toEqual([false, false, false, false]);
  });
});

describe('deadline reminders', () => {
  const deadline = '2027-03-10';
  it('starts 3 days before: the 4th day before has none', () => {
    expect(reminderDue(deadline, '2027-03-06')).toBeNull();
    expect(reminderDue(deadline, '2027-03-07')).toBe(3);
    expect(reminderDue(deadline, '2027-03-08')).toBe(3);
  });
  it('turns to the 1-day reminder the day before, and still on the day itself', () => {
    expect(reminderDue(deadline, '2027-03-09')).toBe(1);
    expect(reminderDue(deadline, '2027-03-10')).toBe(1);
  });
  it('has none once the deadline has passed', () => {
    expect(reminderDue(deadline, '2027-03-11')).toBeNull();
  });
});

describe('feed and list input', () => {
  it('takes a numeric last event id or none', () => {
    expect(notificationFeedInput.parse(undefined)).toEqual({});
    expect(notificationFeedInput.parse({ lastEventId: '42' })).toEqual({ lastEventId: '42' });
    expect(notificationFeedInput.parse({ lastEventId: null })).toEqual({ lastEventId: null });
    expect(notificationFeedInput.safeParse({ lastEventId: '4x' }).success).toBe(false);
    expect(notificationFeedInput.safeParse({ lastEventId: '1234567890123456' }).success).toBe(false);
  });
  it('filters by known categories only', () => {
    expect(notificationListInput.parse({}).categories).toEqual([]);
    expect(notificationListInput.parse({ categories: ['deadline', 'tier'] }).categories).toEqual(['deadline', 'tier']);
    expect(notificationListInput.safeParse({ categories: ['spam'] }).success).toBe(false);
  });
});
