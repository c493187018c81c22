// Screenshots of mock mode (`vite --mode mock` running at URL), signed in through the sign-in form as each role:
// docs/screenshots/mock-mode/<name>.png. The bff's screenshot script (scripts/screenshots.mjs) signs in over HTTP,
// which mock mode does not serve (its API lives in the page's service worker), hence this one.
//
//   node mocks/scripts/screenshot-mock.mjs http://127.0.0.1:5173
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = (process.argv[2] ?? 'http://127.0.0.1:5173').replace(/\/$/, '');
const out = fileURLToPath(new URL('../../docs/screenshots/mock-mode/', import.meta.url));
mkdirSync(out, { recursive: true });
const SHOTS = [
  { name: 'operator', as: 'op.apparel', path: '/launches', waitFor: '.ant-table-row' },
  { name: 'manager', as: 'mgr.fashion', path: '/reviews', waitFor: '.ant-table-row' },
  { name: 'admin', as: 'admin', path: '/users', waitFor: '.ant-table-row' },
  { name: 'empty-scenario', as: 'mgr.fashion', path: '/reviews?scenario=empty', waitFor: '.ant-empty' },
  { name: 'error-scenario', as: 'op.apparel', path: '/launches?scenario=error', waitFor: '.ant-result, .ant-alert, [role=alert]' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/login?reset&scenario=normal`);
  for (const shot of SHOTS) {
    const scenario = new URL(shot.path, base).searchParams.get('scenario') ?? 'normal';
    // Signed out (mock mode keeps the session cookie in localStorage), in the shot's scenario.
    await page.evaluate(() => window.localStorage.removeItem('console.mocks.cookies'));
    await page.goto(`${base}/login?scenario=${scenario}`);
    await page.locator('#username').waitFor({ timeout: 120_000 });
    await page.locator('#username').fill(shot.as);
    await page.locator('#password').fill('demo1234');
    await page.locator('button[type="submit"]').click();
    await page.locator('#username').waitFor({ state: 'detached', timeout: 60_000 });
    await page.goto(`${base}${shot.path}`);
    await page.locator(shot.waitFor).first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}${shot.name}.png` });
    console.log(`${shot.name}: ${out}${shot.name}.png`);
  }
  await page.goto(`${base}/?scenario=normal`);
} finally {
  await browser.close();
}
