#!/usr/bin/env node
// Screenshots of the console for docs/screenshots/: sign-in, the shell and the merchant list, in zh-CN and English.
// Usage: node web/scripts/screenshots.mjs [baseUrl] [outDir/]   (default http://127.0.0.1:5288, e.g. `npx vite --mode mock --port 5288`)
// Needs Debian's Chromium at /usr/bin/chromium (and fonts-noto-cjk for the Chinese texts).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:5288';
const out = process.argv[3] ?? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

async function shoot(lang, name, fn) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1, locale: lang === 'en' ? 'en-US' : 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await fn(page);
  await page.waitForTimeout(400);
  const file = `${out}${name}-${lang}.png`;
  await page.screenshot({ path: file });
  console.log('wrote', file);
  await context.close();
}

async function signIn(page, lang, username) {
  await page.goto(`${base}/login?lang=${lang}`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo1234');
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

for (const lang of ['zh-CN', 'en']) {
  await shoot(lang, 'sign-in', async (page) => {
    await page.goto(`${base}/login?lang=${lang}`);
    await page.locator('#username').fill('op.apparel');
    await page.locator('#password').fill('wrong');
    await page.locator('button[type=submit]').click();
    await page.getByTestId('login-error').waitFor();
  });
  await shoot(lang, 'store', async (page) => {
    await signIn(page, lang, 'op.apparel');
    await page.locator('.ant-progress').first().waitFor();
  });
  await shoot(lang, 'merchants', async (page) => {
    await signIn(page, lang, 'mgr.tech');
    await page.goto(`${base}/merchants?pageSize=10&lang=${lang}`);
    await page.locator('.ant-table-row').first().waitFor();
  });
  await shoot(lang, 'users-role', async (page) => {
    await signIn(page, lang, 'admin');
    await page.locator('.ant-table-row').first().waitFor();
    await page.locator('.ant-table-row', { hasText: 'op.home' }).getByRole('button').click();
    await page.locator('.ant-modal').waitFor();
    await page.locator('.ant-modal .ant-radio-button-wrapper').nth(1).click();
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.locator('.ant-modal .ant-form-item-explain-error').first().waitFor();
  });
}
await browser.close();
