import type { Notification } from '@console/shared';
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadLocale } from '../i18n';
import { useNotificationText } from './api';

beforeAll(() => loadLocale('en'));

const note = (over: Partial<Notification>): Notification => ({
  id: 1,
  kind: 'launch.request_changes',
  key: 'notifications.application.changesRequested',
  params: { kind: 'launch', title: '2027 春夏 · 花园系列', by: '林小二', byEn: 'Lin Xiaoer', reason: '请补充故事' },
  entityType: 'launch',
  entityId: 'ln_1',
  readAt: null,
  createdAt: '2026-12-01T02:00:00.000Z',
  ...over,
});

function Text({ n }: { n: Notification }) {
  return <p data-testid="text">{useNotificationText()(n)}</p>;
}

async function textIn(locale: 'zh-CN' | 'en', n: Notification) {
  await i18n.changeLanguage(locale);
  const { unmount } = render(<Text n={n} />);
  const text = screen.getByTestId('text').textContent;
  unmount();
  return text;
}

describe('a notification names a person in the reader’s language', () => {
  it('a decision: the reviewer’s Chinese name in zh-CN, their English name in en', async () => {
    try {
      expect(await textIn('zh-CN', note({}))).toContain('（林小二）');
      const en = await textIn('en', note({}));
      expect(en).toContain('(Lin Xiaoer)');
      expect(en).not.toContain('林小二');
    } finally {
      await i18n.changeLanguage('zh-CN');
    }
  });

  it('a perks publish: the operator’s name likewise; a notification stored with one name keeps it', async () => {
    const published = note({ kind: 'perks', key: 'notifications.perks.published', params: { number: 3, effectiveFrom: '2026-12-07', by: '王运营', byEn: 'Wang Yun' } });
    const old = note({ params: { kind: 'launch', title: 't', by: '林小二', reason: 'r' } });
    try {
      expect(await textIn('zh-CN', published)).toContain('（王运营）');
      expect(await textIn('en', published)).toBe('Member perks version 3 published (Wang Yun), effective 2026-12-07');
      expect(await textIn('en', old)).toContain('(林小二)');
    } finally {
      await i18n.changeLanguage('zh-CN');
    }
  });
});
