import { describe, expect, it } from 'vitest';
import { brandDayDeadline, byUrgency, NEAR_DEADLINE_DAYS, waitingReason, windowStanding } from './rules';

describe('what waits on an operator', () => {
  const today = '2026-12-01';
  it('a draft waits from NEAR_DEADLINE_DAYS before its deadline through the deadline day, not a day earlier or after', () => {
    expect(NEAR_DEADLINE_DAYS).toBe(14);
    expect(waitingReason('draft', '2026-12-15', today)).toBe('draft_near_deadline');
    expect(waitingReason('draft', '2026-12-16', today)).toBeNull();
    expect(waitingReason('draft', today, today)).toBe('draft_near_deadline');
    expect(waitingReason('draft', '2026-11-30', today)).toBeNull();
    expect(waitingReason('draft', null, today)).toBeNull();
  });
  it('sent back for changes or declined waits whatever the deadline; under review or decided does not', () => {
    expect(waitingReason('changes_requested', null, today)).toBe('changes_requested');
    expect(waitingReason('declined', null, today)).toBe('declined');
    for (const s of ['submitted', 'in_review', 'approved', 'rejected', 'withdrawn', 'live'] as const) expect(waitingReason(s, '2026-12-02', today)).toBeNull();
  });
  it('orders by reason, then the nearest deadline', () => {
    const items = [
      { id: 'a', reason: 'draft_near_deadline' as const, deadline: '2026-12-10', updatedAt: '1' },
      { id: 'b', reason: 'draft_near_deadline' as const, deadline: '2026-12-03', updatedAt: '2' },
      { id: 'c', reason: 'changes_requested' as const, deadline: null, updatedAt: '3' },
    ];
    expect(items.sort(byUrgency).map((i) => i.id)).toEqual(['c', 'b', 'a']);
  });
  it('a Brand Day’s deadline is 30 days before its date', () => {
    expect(brandDayDeadline('2027-01-31')).toBe('2027-01-01');
  });
});

describe('where a merchant stands for a window', () => {
  it('anything sent in counts as submitted; only drafts is a draft; withdrawn alone is nothing', () => {
    expect(windowStanding(['draft', 'rejected'])).toBe('submitted');
    expect(windowStanding(['draft'])).toBe('draft');
    expect(windowStanding(['withdrawn'])).toBe('none');
    expect(windowStanding([])).toBe('none');
  });
});
