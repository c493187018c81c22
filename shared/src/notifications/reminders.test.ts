import { describe, expect, it } from 'vitest';
import type { Standing } from '../campaigns/eligibility';
import { reminderSkip, type ReminderWindow } from './reminders';

// 2027-10-17 09:00 in China.
const now = new Date('2027-10-17T01:00:00Z');
const strong: Standing = { dsrDescription: 4.8, dsrService: 4.8, dsrLogistics: 4.8, violationPoints: 0, serviceTier: 'gold', crossBorder: false };
const d11: ReminderWindow = { kind: 'double11', deadline: '2027-10-20', endsOn: '2027-11-11' };
const aw: ReminderWindow = { kind: 'aw_launch', deadline: '2027-10-20', endsOn: '2027-11-30' };

describe('who is reminded of a deadline', () => {
  it('a merchant with nothing, only drafts or only a withdrawn application is reminded', () => {
    for (const states of [[], ['draft'], ['withdrawn'], ['draft', 'withdrawn']] as const) {
      expect(reminderSkip(strong, states, d11, now)).toBeNull();
      expect(reminderSkip(strong, states, aw, now)).toBeNull();
    }
  });

  it('a merchant that sent anything in is not, whatever came of it', () => {
    for (const s of ['submitted', 'in_review', 'changes_requested', 'approved', 'rejected', 'scheduled', 'live', 'ended'] as const) {
      expect(reminderSkip(strong, ['draft', s], d11, now)).toBe('submitted');
      expect(reminderSkip(strong, [s], aw, now)).toBe('submitted');
    }
  });

  it('618 and Double 11: only a merchant that passes the registration bar, on its edges', () => {
    // DSR 4.60 passes, 4.59 does not; 11 violation points pass, 12 do not; Standard passes, Below does not.
    expect(reminderSkip({ ...strong, dsrLogistics: 4.6 }, [], d11, now)).toBeNull();
    expect(reminderSkip({ ...strong, dsrLogistics: 4.59 }, [], d11, now)).toBe('ineligible');
    expect(reminderSkip({ ...strong, violationPoints: 11 }, [], d11, now)).toBeNull();
    expect(reminderSkip({ ...strong, violationPoints: 12 }, [], { ...d11, kind: 'mid_year_618' }, now)).toBe('ineligible');
    expect(reminderSkip({ ...strong, serviceTier: 'standard' }, [], d11, now)).toBeNull();
    expect(reminderSkip({ ...strong, serviceTier: 'below' }, [], d11, now)).toBe('ineligible');
  });

  it('618 and Double 11: on the deadline day still, the day after not', () => {
    expect(reminderSkip(strong, [], d11, new Date('2027-10-20T15:59:00Z'))).toBeNull(); // 23:59 in China
    expect(reminderSkip(strong, [], d11, new Date('2027-10-20T16:00:00Z'))).toBe('ineligible');
  });

  it('launches need no standing, but a launch date at least 7 days ahead inside the window', () => {
    const weak: Standing = { ...strong, dsrService: 3, violationPoints: 40, serviceTier: 'below' };
    expect(reminderSkip(weak, [], aw, now)).toBeNull();
    // Today 2027-10-17: the earliest launch date is 2027-10-24.
    expect(reminderSkip(strong, [], { ...aw, endsOn: '2027-10-24' }, now)).toBeNull();
    expect(reminderSkip(strong, [], { ...aw, endsOn: '2027-10-23' }, now)).toBe('no_launch_date');
  });
});
