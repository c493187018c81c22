import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO, signInByApi } from './support/auth';

async function newPage(browser: Browser) {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  return context.newPage();
}

/** The monthly cost difference against the active version the summary states, in fen (+¥1,234.50 → 123450). */
async function statedDifference(page: Page) {
  const text = (await page.getByTestId('cost-summary').innerText()).replace(/\s/g, '');
  const m = /较当前生效版本([+−-]?)¥([\d,]+\.\d{2})/.exec(text);
  expect(m, `cost summary: ${text}`).toBeTruthy();
  const fen = Math.round(Number(m![2]!.replace(/,/g, '')) * 100);
  return m![1] === '' ? fen : m![1] === '+' ? fen : -fen;
}

test('an operator drafts a bigger T2 coupon, sees the cost go up, publishes it for next Monday and finds the change on the earlier version', async ({ browser }) => {
  test.setTimeout(120_000);
  const op = await newPage(browser);
  await signInByApi(op, DEMO.operator.username, { path: '/perks' });
  await expect(op.getByRole('heading', { level: 1, name: '会员权益' })).toBeVisible();
  // A retry finds the draft of the attempt before: start again from the active version.
  await expect(op.getByRole('button', { name: /编辑（新建草稿）|删除草稿/ })).toBeVisible();
  if (await op.getByRole('button', { name: '删除草稿' }).isVisible()) {
    await op.getByRole('button', { name: '删除草稿' }).click();
    await op.getByRole('tooltip').getByRole('button', { name: /确\s?定|OK/ }).click();
  }
  const active = Number(/第 (\d+) 版/.exec(await op.getByText(/生效中：第 \d+ 版/).innerText())![1]);

  // A new draft starts from the newest published version (the active one on a first attempt: no difference).
  await op.getByRole('button', { name: '编辑（新建草稿）' }).click();
  await expect(op.getByText(/草稿 · 第 \d+ 版/)).toBeVisible();
  const drafted = Number(/第 (\d+) 版/.exec(await op.getByText(/草稿 · 第 \d+ 版/).innerText())![1]);
  await expect(op.getByTestId('cost-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  const start = await statedDifference(op);

  // T2's coupon (and T3's, which may never be less) ¥20 more: the estimate rises, in the summary and the table.
  const t3 = op.getByLabel('T3 至尊 · 优惠券面额');
  const t3Value = String(Number(await t3.inputValue()) + 20);
  await t3.fill(t3Value);
  await t3.blur();
  const cell = op.getByLabel('T2 进阶 · 优惠券面额');
  const before = Number(await cell.inputValue());
  await cell.fill(String(before + 20));
  await cell.blur();
  await expect.poll(() => statedDifference(op)).toBeGreaterThan(start);
  await expect(op.getByTestId('cost-table').getByRole('row', { name: /T2 进阶/ })).toContainText('+¥');

  // A rule broken on the way shows on its cell, and publishing waits for it.
  await t3.fill('1');
  await t3.blur();
  await expect(op.getByTestId('cell-T3 至尊 · 优惠券面额').getByRole('alert')).toHaveText('不能少于 T2');
  await expect(op.getByRole('button', { name: /^发\s?布$/ })).toBeDisabled();
  await t3.fill(t3Value);
  await t3.blur();
  await expect(op.getByTestId('tier-grid').getByRole('alert')).toHaveCount(0);

  // Publish for next Monday (the date the dialog proposes).
  await op.getByRole('button', { name: /^发\s?布$/ }).click();
  const dialog = op.getByRole('dialog');
  await expect(dialog.getByLabel('生效日期')).toHaveValue(/\d{4}-\d{2}-\d{2}/);
  const effective = await dialog.getByLabel('生效日期').inputValue();
  expect(new Date(`${effective}T00:00:00Z`).getUTCDay()).toBe(1);
  await dialog.getByRole('button', { name: '确认发布' }).click();
  await expect(op.getByTestId('scheduled').filter({ hasText: `第 ${drafted} 版将于` })).toBeVisible({ timeout: 30_000 });
  const versions = op.getByTestId('versions');
  await expect(versions.getByRole('row', { name: new RegExp(`第 ${drafted} 版.*待生效`) })).toBeVisible();

  // The earlier (still active) version: compared with the new one, the changed cell is highlighted.
  await versions.getByRole('link', { name: `第 ${active} 版` }).click();
  await expect(op.getByRole('heading', { level: 1, name: `第 ${active} 版` })).toBeVisible();
  await expect(op.getByTestId('diff')).toContainText('T2 进阶 · 优惠券面额');
  await expect(op.getByTestId('cell-T2 进阶 · 优惠券面额')).toHaveClass(/perks-changed/);
  await expect(op.getByTestId('cell-T1 入门 · 优惠券面额')).not.toHaveClass(/perks-changed/);
});

test('a manager opens a merchant’s programme read-only, and only their verticals’ merchants', async ({ browser }) => {
  const mgr = await newPage(browser);
  await signInByApi(mgr, DEMO.manager.username, { path: '/perks/merchants' });
  await expect(mgr.getByRole('link', { name: '云裳服饰旗舰店' })).toBeVisible();
  await expect(mgr.getByText('木语家居旗舰店')).toHaveCount(0);
  await mgr.getByRole('link', { name: '云裳服饰旗舰店' }).click();
  await expect(mgr.getByRole('heading', { level: 1, name: '会员权益 · 云裳服饰旗舰店' })).toBeVisible();
  await expect(mgr.getByText('只读', { exact: true })).toBeVisible();
  await expect(mgr.getByTestId('tier-grid')).toBeVisible();
  await expect(mgr.getByTestId('tier-grid').locator('input')).toHaveCount(0);
  await expect(mgr.getByRole('button', { name: /编辑|发\s?布|保存/ })).toHaveCount(0);
  // A merchant of another vertical is not found.
  await mgr.goto('/perks/merchants/m_home_02');
  await expect(mgr.getByText('木语家居旗舰店')).toHaveCount(0);
});
