import type { AuditEntry } from '@console/shared';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { initI18n, loadLocale } from '../i18n';
import { Changes, useReasonText } from './common';

type Entry = Pick<AuditEntry, 'action' | 'reason' | 'before' | 'after'>;
const tierChange: Entry = {
  action: 'service_tier',
  reason: 'week 2026-11-16, standards v1',
  before: { serviceTier: 'gold' },
  after: { serviceTier: 'silver', weekStart: '2026-11-16', standardsVersion: 1, figures: { coverage: 0.9 } },
};
const reminder: Entry = {
  action: 'deadline_reminder',
  reason: '3 day reminder of 2027-10-10',
  before: null,
  after: { deadline: '2027-10-10', reminderDays: 3, daysLeft: 3, merchantsReminded: 12 },
};
const byPerson: Entry = { action: 'reject', reason: '主图与 SKU 不符', before: null, after: null };

function Row({ entry }: { entry: Entry }) {
  const reason = useReasonText();
  return (
    <div>
      <p data-testid="reason">{reason(entry)}</p>
      <Changes entry={entry} />
    </div>
  );
}

describe('an audit row in the reader’s language', () => {
  it('zh-CN: a job’s reason from its figures, fields and tiers by their names; a person’s reason as written', () => {
    initI18n('zh-CN');
    const { unmount } = render(<Row entry={tierChange} />);
    expect(screen.getByTestId('reason')).toHaveTextContent('2026年11月16日 起一周的考核，服务等级标准第 1 版');
    const changes = screen.getByTestId('audit-changes');
    expect(changes).toHaveTextContent('服务等级: 金牌 → 银牌');
    expect(changes).toHaveTextContent('考核周: 2026-11-16');
    expect(changes).toHaveTextContent('考核指标: {1}');
    expect(changes).not.toHaveTextContent('serviceTier');
    unmount();
    render(<Row entry={reminder} />);
    expect(screen.getByTestId('reason')).toHaveTextContent('截止日 2027年10月10日 前 3 天提醒，共 12 家商家');
    expect(screen.getByTestId('audit-changes')).toHaveTextContent('提醒商家数: 12');
  });

  it('en: the same rows in English; a person’s reason is never rewritten', async () => {
    await loadLocale('en');
    initI18n('en');
    const { unmount } = render(<Row entry={tierChange} />);
    expect(screen.getByTestId('reason')).toHaveTextContent('Week of Nov 16, 2026, service standards v1');
    expect(screen.getByTestId('audit-changes')).toHaveTextContent('Service tier: Gold → Silver');
    unmount();
    render(<Row entry={byPerson} />);
    expect(screen.getByTestId('reason')).toHaveTextContent('主图与 SKU 不符');
  });
});
