import { describe, expect, it } from 'vitest';
import { decisionNotification } from './decision';

describe('decisionNotification', () => {
  it('names the decision, the application and who decided; a reason only when one was given', () => {
    expect(decisionNotification({ kind: 'launch', applicationId: 'ln_1', title: '春夏', action: 'reject', by: '林小二', reason: '主图不合规' })).toEqual({
      kind: 'launch.reject',
      key: 'notifications.application.rejected',
      params: { kind: 'launch', title: '春夏', by: '林小二', reason: '主图不合规' },
      entityType: 'launch',
      entityId: 'ln_1',
    });
    expect(decisionNotification({ kind: 'launch', applicationId: 'ln_1', title: '春夏', action: 'approve', by: '林小二', reason: '' }).params).toEqual({
      kind: 'launch',
      title: '春夏',
      by: '林小二',
    });
    expect(decisionNotification({ kind: 'launch', applicationId: 'ln_1', title: 't', action: 'request_changes', by: 'x' }).key).toBe(
      'notifications.application.changesRequested',
    );
  });
});
