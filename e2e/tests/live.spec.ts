import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO, signInByApi } from './support/auth';

interface QueueItem {
  id: string;
  title: string;
  merchantId: string;
  state: string;
  version: number;
}

async function query<T>(page: Page, path: string, input: unknown): Promise<T> {
  const res = await page.request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

async function mutate<T>(page: Page, path: string, input: unknown): Promise<T> {
  const res = await page.request.post(`/trpc/${path}`, { data: input, headers: { 'content-type': 'application/json' } });
  expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

/** The header bell's unread count, from its accessible name ("消息通知 (3)"). */
async function bellCount(page: Page) {
  const name = (await page.getByRole('button', { name: /^消息通知 \(\d+\)$/ }).getAttribute('aria-label')) ?? '';
  return Number(/\((\d+)\)/.exec(name)?.[1] ?? NaN);
}

// The operator keeps the inbox open; a manager in another browser context requests changes on one of the operator's
// submitted applications. The bell, the inbox and a toast follow over the live feed (server-sent events), with no
// reload and no polling in between (the bell polls only while its feed is down, every 30 s).
// The operator is op.home with mgr.tech: no other spec decides that merchant's applications.
test('a manager requests changes and the operator’s open inbox, bell and a toast show it without a reload', async ({ browser }) => {
  // Two sign-ins (scrypt at the production cost) and two first page loads on a shared 2-core machine.
  test.setTimeout(360_000);
  const loaded = { timeout: 90_000 };
  const operator = DEMO.homeOperator;
  const reason = `e2e 实时通知：请补充主推款库存 ${Date.now().toString(36)}`;

  // --- The operator opens the inbox and waits until its live feed is open.
  const op = await newPage(browser);
  const feedOpen = op.waitForResponse((r) => r.url().includes('/trpc/notifications.feed'), loaded);
  await signInByApi(op, operator.username, { path: '/notifications' });
  await expect(op.getByRole('heading', { level: 1 })).toHaveText('消息通知', loaded);
  expect((await feedOpen).status()).toBe(200);
  const bell = op.getByRole('button', { name: /^消息通知 \(\d+\)$/ });
  await expect(bell).toBeVisible(loaded);
  // The list has loaded (its first row, or its empty state), so the count read next is the settled one.
  await expect(op.locator('.ant-list-item, .ant-empty').first()).toBeVisible(loaded);
  await expect(op.locator('.ant-list-item').filter({ hasText: reason })).toHaveCount(0);
  const before = await bellCount(op);
  expect(before).not.toBeNaN();
  // Survives only if the page is never reloaded or navigated away from. Records every toast as it opens: a toast
  // closes itself after 8 s, which a loaded machine can spend on the manager's side before the operator's is looked at.
  await op.evaluate(() => {
    const w = window as unknown as { __live: string; __toasts: string[] };
    w.__live = 'same page';
    w.__toasts = [];
    new MutationObserver(() => {
      for (const n of document.querySelectorAll('.ant-notification-notice')) {
        const text = n.textContent ?? '';
        if (!w.__toasts.includes(text)) w.__toasts.push(text);
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const toasts = () => op.evaluate(() => (window as unknown as { __toasts: string[] }).__toasts.join('\n'));

  // --- A manager of the merchant's vertical takes one of its pending applications (seeded: a submitted Brand Day and
  // Double 11 registration; a retry takes the next one) and requests changes in the review panel.
  const mgr = await newPage(browser);
  await signInByApi(mgr, DEMO.techManager.username, { path: '/reviews' });
  const queue = await query<{ items: QueueItem[] }>(mgr, 'review.queue', {
    page: 1,
    pageSize: 20,
    sort: { field: 'submittedAt', order: 'asc' },
    filters: { merchantId: operator.merchantId },
  });
  const app = queue.items.find((q) => q.merchantId === operator.merchantId && (q.state === 'submitted' || q.state === 'in_review'));
  expect(app, `a pending application of ${operator.merchantId} in ${DEMO.techManager.username}'s queue`).toBeTruthy();
  if (app!.state === 'submitted') await mutate(mgr, 'review.claim', { id: app!.id, version: app!.version });
  await mgr.goto(`/reviews/${app!.id}`);
  const actions = mgr.getByTestId('review-actions');
  await expect(actions.getByRole('button', { name: '要求修改' })).toBeVisible(loaded);
  await actions.getByRole('button', { name: '要求修改' }).click();
  const dialog = mgr.getByRole('dialog');
  await dialog.getByLabel('总体意见').fill(reason);
  await dialog.getByRole('button', { name: '要求修改' }).click();
  await expect(dialog).toBeHidden(loaded);
  await expect(mgr.getByText('已要求商家修改').first()).toBeVisible(loaded);

  // --- The operator's page follows by itself: a toast, the new unread row in the inbox, the bell one higher.
  await expect.poll(toasts).toContain(reason);
  const toast = (await toasts()).split('\n').find((t) => t.includes(reason))!;
  expect(toast).toContain('审核结果');
  expect(toast).toContain(app!.title);
  const row = op.locator('.ant-list-item').filter({ hasText: reason });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(app!.title);
  await expect.poll(() => bellCount(op)).toBeGreaterThanOrEqual(before + 1);
  expect(await op.evaluate(() => (window as unknown as { __live?: string }).__live)).toBe('same page');
});
