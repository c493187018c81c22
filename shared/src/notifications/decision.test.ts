import { describe, expect, it } from 'vitest';
import { decisionNotification, localizedNotificationParams, personParams } from './decision';

describe('decisionNotification', () => {
  it('names the decision, the application and who decided; a reason only when one was given', () => {
    expect(decisionNotification({ kind: 'launch', applicationId: 'ln_1', title: '春夏', action: 'reject', by: { displayName: '林小二', displayNameEn: 'Lin Xiaoer' }, reason: '主图不合规' })).toEqual({
      kind: 'launch.reject',
      key: 'notifications.application.rejected',
      params: { kind: 'launch', title: '春夏', by: '林小二', byEn: 'Lin Xiaoer', reason: '主图不合规' },
      entityType: 'launch',
      entityId: 'ln_1',
    });
    expect(decisionNotification({ kind: 'launch', applicationId: 'ln_1', title: '春夏', action: 'approve', by: { displayName: '林小二' }, reason: '' }).params).toEqual({
      kind: 'launch',
      title: '春夏',
      by: '林小二',
      byEn: '林小二',
    });
    expect(decisionNotification({ kind: 'launch', applicationId: 'ln_1', title: 't', action: 'request_changes', by: { displayName: 'x' } }).key).toBe(
      'notifications.application.changesRequested',
    );
  });
});

describe('a person named in a notification, in the reader’s language', () => {
  it('stores both names; no English name (or a blank one) falls back to the Chinese', () => {
    expect(personParams('by', { displayName: '林小二', displayNameEn: 'Lin Xiaoer' })).toEqual({ by: '林小二', byEn: 'Lin Xiaoer' });
    expect(personParams('by', { displayName: '林小二', displayNameEn: null })).toEqual({ by: '林小二', byEn: '林小二' });
    expect(personParams('by', { displayName: '林小二', displayNameEn: '  ' })).toEqual({ by: '林小二', byEn: '林小二' });
  });

  it('reads the English name in English and the Chinese one in Chinese; an old notification keeps its one name', () => {
    const params = { kind: 'launch', title: '春夏', by: '林小二', byEn: 'Lin Xiaoer' };
    expect(localizedNotificationParams(params, 'en').by).toBe('Lin Xiaoer');
    expect(localizedNotificationParams(params, 'zh-CN').by).toBe('林小二');
    expect(localizedNotificationParams({ by: '林小二', number: 3 }, 'en')).toEqual({ by: '林小二', number: 3 });
    // A param that merely ends in "En" with no base param is left alone.
    expect(localizedNotificationParams({ titleEn: 'x' }, 'en')).toEqual({ titleEn: 'x' });
  });

  it('a decision by the system names nobody', () => {
    expect(decisionNotification({ kind: 'brand_day', applicationId: 'c_1', title: 't', action: 'decline', by: null }).params).toEqual({ kind: 'brand_day', title: 't', by: '' });
  });
});
