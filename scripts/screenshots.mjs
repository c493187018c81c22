#!/usr/bin/env node
// Screenshots of a running console, in zh-CN and en, for the README and the docs.
//
//   node scripts/screenshots.mjs [URL] [--only name,name] [--pages pages.json] [--out dir] [--full] [--lang zh-CN|en]
//
// URL (or CONSOLE_URL, default http://localhost:3000) is a console started with `npm start` (demo data seeded).
// Each page is signed in as its demo user through the bff's auth.login, opened, left to settle, and saved as
// `<out>/<name>.<lang>.png` (out defaults to docs/screenshots). Uses Playwright's Chromium API with the system
// Chromium (CHROMIUM_PATH, default /usr/bin/chromium); nothing is downloaded.
//
// Other pages: pass --pages with a JSON array of { "name", "as" (username or null), "path", "waitFor"? (CSS/text
// selector to wait for), "click"? (selector clicked before the shot), "full"? (whole page),
// "fail"? (procedure names, e.g. ["launches.list"], answered with a 500 to show a page's error state) } — or add them to DEFAULT_PAGES below.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const DEMO_PASSWORD = 'demo1234';
const DEFAULT_PAGES = [
  { name: 'login', as: null, path: '/login', waitFor: '#username' },
  { name: 'store', as: 'op.apparel', path: '/store/m_apparel_01', waitFor: 'h3, h4' },
  { name: 'merchants', as: 'mgr.fashion', path: '/merchants', waitFor: '.ant-table-row' },
  { name: 'merchant', as: 'mgr.fashion', path: '/merchants/m_apparel_01', waitFor: 'h3, h4' },
  { name: 'users', as: 'admin', path: '/users', waitFor: '.ant-table-row' },
];

function parseArgs(argv) {
  const opts = { url: process.env.CONSOLE_URL ?? 'http://localhost:3000', only: null, pages: null, out: null, full: false, langs: ['zh-CN', 'en'] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--only') opts.only = next().split(',');
    else if (a === '--pages') opts.pages = next();
    else if (a === '--out') opts.out = next();
    else if (a === '--full') opts.full = true;
    else if (a === '--lang') opts.langs = [next()];
    else if (a === '--help' || a === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 13).join('\n'));
      process.exit(0);
    } else if (!a.startsWith('--')) opts.url = a;
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(opts.out ?? join(root, 'docs', 'screenshots'));
const base = opts.url.replace(/\/$/, '');
let pages = opts.pages ? JSON.parse(readFileSync(opts.pages, 'utf8')) : DEFAULT_PAGES;
if (opts.only) pages = pages.filter((p) => opts.only.includes(p.name));
if (pages.length === 0) throw new Error('no pages to capture');

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`);
  process.exit(1);
}
const health = await fetch(`${base}/health`).catch(() => null);
if (!health?.ok) {
  console.error(`No console answers at ${base}/health: start one with \`npm start\` (or pass its URL).`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
let failed = 0;
try {
  for (const lang of opts.langs) {
    for (const p of pages) {
      const context = await browser.newContext({
        baseURL: base,
        viewport: { width: 1440, height: 900 },
        deviceScaleFactor: 1,
        locale: lang,
        timezoneId: 'Asia/Shanghai',
        colorScheme: 'light',
      });
      await context.addInitScript((l) => window.localStorage.setItem('console.locale', l), lang);
      const page = await context.newPage();
      try {
        if (p.as) {
          const res = await context.request.post('/trpc/auth.login', {
            data: { username: p.as, password: p.password ?? DEMO_PASSWORD },
            headers: { 'content-type': 'application/json' },
          });
          if (!res.ok()) throw new Error(`sign-in as ${p.as} answered ${res.status()}`);
        }
        if (p.fail?.length) {
          await page.route(
            (url) => url.pathname.startsWith('/trpc/') && decodeURIComponent(url.pathname.slice(6)).split(',').some((name) => p.fail.includes(name)),
            (route) =>
              route.fulfill({
                status: 500,
                contentType: 'application/json',
                body: JSON.stringify({ error: { message: 'errors.internal', code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 } } }),
              }),
          );
        }
        const sep = p.path.includes('?') ? '&' : '?';
        await page.goto(`${p.path}${sep}lang=${lang === 'en' ? 'en' : 'zh-CN'}`, { waitUntil: 'networkidle' });
        if (p.waitFor) await page.locator(p.waitFor).first().waitFor({ state: 'visible', timeout: 15_000 });
        if (p.click) await page.locator(p.click).first().click();
        await page.waitForLoadState('networkidle');
        // Let antd's enter animations and spinners finish.
        await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
        // A click usually opens a dialog or drawer, whose enter animation takes longer on a busy machine.
        await page.waitForTimeout(p.click ? 1500 : 400);
        const file = join(outDir, `${p.name}.${lang}.png`);
        await page.screenshot({ path: file, fullPage: p.full ?? opts.full });
        console.log(`saved ${file}`);
      } catch (error) {
        failed++;
        console.error(`${p.name} (${lang}): ${error instanceof Error ? error.message : error}`);
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
