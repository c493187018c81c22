import { callerAs } from '@console/mocks/node';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';
// The lazy chunk up front, so a test's time goes to the test.
import './list';

const items = () => screen.queryAllByTestId('notification');

describe('the notification list', { timeout: 60_000 }, () => {
  it('filters by category from the address, and by unread, as the server counts them', async () => {
    const caller = await callerAs('op.apparel');
    const decisions = await caller.notifications.list({ pageSize: 10, categories: ['decision'] });
    const unreadDecisions = await caller.notifications.list({ pageSize: 10, categories: ['decision'], unreadOnly: true });
    expect(decisions.total).toBeGreaterThan(0);
    renderApp('/notifications?kind=decision', { as: 'op.apparel' });
    await waitFor(() => expect(items()).toHaveLength(decisions.items.length));
    expect(screen.getByText(`共 ${decisions.total} 条`)).toBeInTheDocument();
    for (const item of items()) expect(within(item).getByText('审核结果')).toBeInTheDocument();
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '阅读状态' })).getByText(/^未读/));
    await waitFor(() => expect(window.location.search).toContain('status=unread'));
    await waitFor(() => expect(screen.getByText(`共 ${unreadDecisions.total} 条`)).toBeInTheDocument());
    for (const item of items()) expect(within(item).queryByText('已读')).not.toBeInTheDocument();
  });

  it('says when nothing matches, and clears the filters', async () => {
    const caller = await callerAs('op.apparel');
    expect((await caller.notifications.list({ categories: ['deadline'] })).total).toBe(0);
    const all = await caller.notifications.list({ pageSize: 10 });
    renderApp('/notifications?kind=deadline', { as: 'op.apparel' });
    expect(await screen.findByText('没有符合筛选条件的消息')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(items()).toHaveLength(all.items.length));
    expect(window.location.search).not.toContain('kind=');
  });

  it('marks all read: the bell goes to zero and the unread view is empty', async () => {
    renderApp('/notifications?status=unread', { as: 'op.apparel' });
    const bell = await screen.findByTestId('unread-count');
    await waitFor(() => expect(Number(bell.querySelector('.ant-scroll-number')?.getAttribute('title'))).toBeGreaterThan(0));
    fireEvent.click(await screen.findByRole('button', { name: '全部标为已读' }));
    await waitFor(() => expect(bell.querySelector('.ant-scroll-number')).toBeNull());
    expect(await screen.findByText('没有未读消息')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '全部标为已读' })).toBeDisabled();
    const caller = await callerAs('op.apparel');
    expect(await caller.notifications.unreadCount()).toEqual({ count: 0 });
  });
});
