import type { ApplicationState } from '@console/shared';
import { callerAs } from '@console/mocks/node';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { menuLabels, recordTrpcCalls, renderApp } from '../test/render';
// Lazy chunks up front, so a test's time goes to the test.
import './list';
import './show';
import '../launches/sku-grid';

type Recorder = ReturnType<typeof recordTrpcCalls>;
let recorder: Recorder | null = null;
afterEach(() => recorder?.stop());

/** The first launch of mgr.fashion's queue in `state` (from the bff's router, as the page sees it); the panel's launch fields are asserted. */
async function firstIn(state: ApplicationState, filter: (item: { submissionCount: number; merchantId: string }) => boolean = () => true) {
  const caller = await callerAs('mgr.fashion');
  const page = await caller.review.queue({ page: 1, pageSize: 100, filters: { state: [state], kind: ['launch'] } });
  const found = page.items.find(filter);
  if (!found) throw new Error(`no ${state} application`);
  return found;
}

const buttonWithText = (re: RegExp, root: ParentNode = document) => [...root.querySelectorAll('button')].find((b) => re.test((b.textContent ?? '').trim())) ?? null;
const findButton = (re: RegExp, root?: () => ParentNode) =>
  waitFor(() => {
    const b = buttonWithText(re, root?.() ?? document);
    if (!b) throw new Error(`no button ${re}`);
    return b;
  });
const actions = () => screen.getByTestId('review-actions');
const dialog = () => document.querySelector<HTMLElement>('.ant-modal')!;
const okButton = () => document.querySelector<HTMLButtonElement>('.ant-modal-footer .ant-btn-primary')!;

describe('review queue', { timeout: 60_000 }, () => {
  it('lists only the manager’s verticals, oldest first, with overdue ones flagged red with their business-day age', async () => {
    recorder = recordTrpcCalls();
    renderApp('/reviews', { as: 'mgr.fashion' });
    // The first page of the file: the shared machine can take longer than the default 20 s to show it.
    await waitFor(() => expect(document.querySelectorAll('tr.ant-table-row').length).toBeGreaterThan(0), { timeout: 45_000 });
    const ids = [...document.querySelectorAll('tr.ant-table-row')].map((r) => /m_[a-z]+_\d{2}/.exec(r.textContent ?? '')?.[0]);
    for (const id of ids) expect(id).toMatch(/^m_(apparel|beauty)_/);
    const overdue = screen.getAllByTestId('overdue');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue[0]!.className).toMatch(/ant-tag-red/);
    expect(overdue[0]).toHaveTextContent(/超时 \d+(\.\d)? 个工作日/);
    expect((await recorder.inputsOf('review.queue')).at(-1)).toEqual({ page: 1, pageSize: 20, sort: { field: 'submittedAt', order: 'asc' }, filters: {} });
  });
});

describe('review panel', { timeout: 60_000 }, () => {
  it('a submitted application offers only “claim”', async () => {
    const app = await firstIn('submitted', (i) => i.submissionCount === 1);
    renderApp(`/reviews/${app.id}`, { as: 'mgr.fashion' });
    await findButton(/领取审核/, actions);
    expect(buttonWithText(/^通\s*过$/, actions())).toBeNull();
    expect(buttonWithText(/^驳\s*回$/, actions())).toBeNull();
    expect(await screen.findByText('首次提交，没有可比较的历史版本')).toBeInTheDocument();
  });

  it('in review: approve, request changes and reject; a rejection needs a reason before anything is sent', async () => {
    recorder = recordTrpcCalls();
    const app = await firstIn('in_review');
    renderApp(`/reviews/${app.id}`, { as: 'mgr.fashion' });
    fireEvent.click(await findButton(/^驳\s*回$/, actions));
    expect(buttonWithText(/领取审核/, actions())).toBeNull();
    expect(buttonWithText(/要求修改/, actions())).not.toBeNull();
    await waitFor(() => expect(dialog()).toBeTruthy());
    fireEvent.click(okButton());
    expect(await within(dialog()).findByText('请填写驳回原因')).toBeInTheDocument();
    expect(await recorder.inputsOf('review.reject')).toEqual([]);

    fireEvent.change(within(dialog()).getByPlaceholderText('请写明驳回原因，商家会看到'), { target: { value: '资质不全' } });
    fireEvent.click(okButton());
    await waitFor(async () => expect(await recorder!.inputsOf('review.reject')).toEqual([{ id: app.id, version: app.version, reason: '资质不全' }]));
    await waitFor(() => expect(document.querySelector('.ant-page-header, [data-state="rejected"]')).toBeTruthy());
  });

  it('request changes sends the overall comment and the comments per field', async () => {
    recorder = recordTrpcCalls();
    const app = await firstIn('in_review');
    renderApp(`/reviews/${app.id}`, { as: 'mgr.fashion' });
    fireEvent.click(await findButton(/要求修改/, actions));
    await waitFor(() => expect(dialog()).toBeTruthy());
    fireEvent.change(within(dialog()).getByPlaceholderText('告诉商家需要修改什么'), { target: { value: '请调整价格' } });
    fireEvent.click(buttonWithText(/添加逐项意见/, dialog())!);
    const select = await waitFor(() => dialog().querySelector<HTMLElement>('.ant-select-selector')!);
    fireEvent.mouseDown(select);
    const option = await waitFor(() => {
      const o = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((el) => el.textContent === '上新日期');
      if (!o) throw new Error('no option');
      return o;
    });
    fireEvent.click(option);
    fireEvent.change(dialog().querySelector<HTMLInputElement>('[aria-label="意见"]')!, { target: { value: '请避开春节' } });
    fireEvent.click(okButton());
    await waitFor(async () =>
      expect(await recorder!.inputsOf('review.requestChanges')).toEqual([
        { id: app.id, version: app.version, comment: '请调整价格', fieldComments: { launchDate: '请避开春节' } },
      ]),
    );
    expect((await screen.findAllByText('待修改', { selector: '.ant-tag' })).length).toBeGreaterThan(0);
  });

  it('a decision made meanwhile by someone else is explained, and a reload shows what changed', async () => {
    const app = await firstIn('in_review');
    renderApp(`/reviews/${app.id}`, { as: 'mgr.fashion' });
    const approve = await findButton(/^通\s*过$/, actions);
    // Another manager decides first.
    const caller = await callerAs('mgr.fashion');
    await caller.review.reject({ id: app.id, version: app.version, reason: '已有人处理' });
    fireEvent.click(approve);
    await waitFor(() => expect(dialog()).toBeTruthy());
    fireEvent.click(okButton());
    const conflict = await screen.findByTestId('conflict');
    expect(conflict).toHaveTextContent('此申请已被他人处理或修改');
    expect(conflict).toHaveTextContent(`您操作时依据的是第 ${app.version} 版，当前已是第 ${app.version + 1} 版`);
    fireEvent.click(buttonWithText(/重新加载/, conflict)!);
    expect(await screen.findByTestId('conflict-changes')).toHaveTextContent('重新加载后：状态 审核中 → 已驳回');
  });

  it('a resubmission shows what changed since the last decision', async () => {
    const app = await firstIn('submitted', (i) => i.submissionCount > 1);
    renderApp(`/reviews/${app.id}`, { as: 'mgr.fashion' });
    const diff = await screen.findByTestId('diff');
    expect(diff).toHaveTextContent(`第 ${app.submissionCount - 1} 版 → 第 ${app.submissionCount} 版`);
    expect(diff.textContent).toMatch(/修改前|新增 SKU|删除 SKU|修改 SKU/);
  });
});

describe('notifications', { timeout: 60_000 }, () => {
  it('the bell shows the operator’s unread count, and marking one read lowers it', async () => {
    const caller = await callerAs('op.apparel');
    const { count } = await caller.notifications.unreadCount();
    expect(count).toBeGreaterThan(0);
    renderApp('/notifications', { as: 'op.apparel' });
    const bell = await screen.findByTestId('unread-count');
    await waitFor(() => expect(bell.querySelector('.ant-scroll-number')?.getAttribute('title')).toBe(String(count)));
    const unread = await waitFor(() => {
      const item = screen.getAllByTestId('notification').find((n) => buttonWithText(/^标为已读$/, n));
      if (!item) throw new Error('no unread notification');
      return item;
    });
    expect(unread).toHaveTextContent(/您的(上新|品牌日|大促报名)「.+」/);
    fireEvent.click(buttonWithText(/^标为已读$/, unread)!);
    await waitFor(() => expect(bell.querySelector('.ant-scroll-number')?.getAttribute('title')).toBe(String(count - 1)));
  });

  it('a manager has a bell too, and it opens their notifications', async () => {
    renderApp('/merchants', { as: 'mgr.fashion' });
    const bell = (await screen.findByTestId('unread-count', {}, { timeout: 45_000 })).querySelector('button')!;
    expect(bell.getAttribute('aria-label')).toMatch(/^消息通知 \(\d+\)$/);
    fireEvent.click(bell);
    await waitFor(() => expect(window.location.pathname).toBe('/notifications'));
  });});

describe('menus and routes by role', { timeout: 60_000 }, () => {
  it('an operator gets launches and notifications, never the review queue (its URL is not found)', async () => {
    renderApp('/reviews', { as: 'op.apparel' });
    await waitFor(() => expect(menuLabels()).toEqual(expect.arrayContaining(['新品上新', '消息通知'])));
    expect(menuLabels()).not.toContain('审核队列');
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
  });

  it('a manager gets the review queue, never launches', async () => {
    renderApp('/launches', { as: 'mgr.fashion' });
    await waitFor(() => expect(menuLabels()).toContain('审核队列'));
    expect(menuLabels()).not.toContain('新品上新');
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
  });
});
