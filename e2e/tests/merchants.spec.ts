import { expect, type Page, test } from '@playwright/test';
import { DEMO, signIn, signInByApi } from './support/auth';

const NOT_FOUND = 'Page not found';

/** Rows of the merchant table (antd), each showing the merchant's id under its name. */
const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

async function merchantIds(page: Page) {
  // The configured wait (30 s on CI): a first load of the list took 13 s there before its request went out.
  await expect(rows(page).first()).toBeVisible();
  const texts = await rows(page).allInnerTexts();
  return texts.map((t) => /m_[a-z]+_\d{2}/.exec(t)?.[0] ?? '');
}

test.describe('an operator', () => {
  test('sees their own store', async ({ page }) => {
    await signIn(page, DEMO.operator.username, { lang: 'en' });
    // Sign-in lands on the home page; the store is one menu click away.
    await expect(page).toHaveURL('/home');
    await page.getByRole('link', { name: 'My store' }).click();
    await expect(page).toHaveURL(`/store/${DEMO.operator.merchantId}`);
    await expect(page.getByRole('heading', { name: '云裳服饰旗舰店' })).toBeVisible();
  });

  test("typing another merchant's URL shows not-found, not its data", async ({ page }) => {
    await signInByApi(page, DEMO.operator.username, { lang: 'en', path: `/store/${DEMO.beautyOperator.merchantId}` });
    await expect(page.getByText(NOT_FOUND)).toBeVisible();
    await expect(page.getByText('花间美妆旗舰店')).toHaveCount(0);
    await expect(page.getByText(DEMO.beautyOperator.merchantId)).toHaveCount(0);
  });

  test("a manager's page is not found for an operator", async ({ page }) => {
    await signInByApi(page, DEMO.operator.username, { lang: 'en', path: '/merchants/m_apparel_02' });
    await expect(page.getByText(NOT_FOUND)).toBeVisible();
    await expect(page.getByText('北纬潮牌官方店')).toHaveCount(0);
  });
});

test.describe('a manager', () => {
  test('filters the merchant list by vertical and opens a merchant', async ({ page }) => {
    await signIn(page, DEMO.manager.username, { lang: 'en' });
    await page.goto('/merchants');

    // Only the manager's verticals are listed.
    const all = await merchantIds(page);
    expect(all.length).toBeGreaterThan(0);
    for (const id of all) expect(id).toMatch(/^m_(apparel|beauty)_/);

    await page.getByRole('combobox', { name: 'Vertical' }).click();
    // antd draws the visible options itself; its role=option nodes are an invisible a11y list.
    await page.locator('.ant-select-item-option').filter({ hasText: /^Beauty$/ }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/vertical/);
    await expect.poll(async () => (await merchantIds(page)).every((id) => id.startsWith('m_beauty_'))).toBe(true);
    const beauty = await merchantIds(page);
    expect(beauty.length).toBeGreaterThan(0);

    // The filter lives in the URL: a reload keeps it.
    await page.reload();
    expect(await merchantIds(page)).toEqual(beauty);

    // Open one: its page names it and carries its id.
    const first = rows(page).first();
    const name = (await first.getByRole('link').first().innerText()).trim();
    await first.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/merchants/${beauty[0]}$`));
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.getByText(beauty[0]!).first()).toBeVisible();
  });

  test('pages through the merchant list', async ({ page }) => {
    // mgr.tech has three verticals, more merchants than fit one page.
    await signIn(page, DEMO.techManager.username, { lang: 'en' });
    await page.goto('/merchants');
    const first = await merchantIds(page);
    expect(first).toHaveLength(10);

    await page.locator('.ant-pagination-item-2').click();
    await expect(page).toHaveURL(/currentPage=2/);
    await expect.poll(async () => (await merchantIds(page))[0]).not.toBe(first[0]);
    const second = await merchantIds(page);
    expect(second.length).toBeGreaterThan(0);
    for (const id of second) {
      expect(first).not.toContain(id);
      expect(id).toMatch(/^m_(electronics|fmcg|home)_/);
    }
  });

  test('a merchant of another vertical is not found', async ({ page }) => {
    await signInByApi(page, DEMO.manager.username, { lang: 'en', path: '/merchants/m_home_01' });
    await expect(page.getByText(NOT_FOUND)).toBeVisible();
    await expect(page.getByText('木语家居旗舰店')).toHaveCount(0);
  });
});
