#!/usr/bin/env node
// LCP of three pages in headless Chromium (part of `npm run bench`): the sign-in page, the operator's store page and
// the review panel, against the console as `npm start` runs it (scripts/start.mjs: built, compiled bff,
// NODE_ENV=production) on a fresh PGlite in a temporary folder. Each page is loaded RUNS times with a cold cache (a
// new browser context each time) and RUNS times warm (the same context, after one load); the median of each is
// printed. LCP is the last `largest-contentful-paint` entry a PerformanceObserver saw once the page is quiet.
// Also reports any Content-Security-Policy violation seen while loading (there must be none).
//
//   node scripts/lcp.mjs [--runs 5] [--url http://127.0.0.1:PORT]   (a console already running: loopback only)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const RUNS = Math.min(20, Number(arg('runs', 5)));
const EXTERNAL = arg('url', null);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function startConsole() {
  const dir = mkdtempSync(join(tmpdir(), 'console-lcp-'));
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATABASE_URL: join(dir, 'pglite'), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Merchant console: (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1].replace('localhost', '127.0.0.1'));
    });
    child.on('exit', (code) => reject(new Error(`the console exited (${code}) before it started:\n${out}`)));
  });
  child.stdout.resume();
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Loads `path` and returns its LCP in ms (and CSP violations), after the page has been quiet for a moment. */
async function measure(page, base, path) {
  await page.addInitScript(() => {
    window.__lcp = 0;
    window.__csp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  // The page's heading is its content: until it is there, the only candidate is the route's "Loading…" fallback, and
  // on a busy machine networkidle can come before the route's chunk has rendered.
  await page.locator('h1').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  return page.evaluate(() => ({ lcp: window.__lcp || null, csp: window.__csp }));
}

async function signIn(context, base, username) {
  const res = await context.request.post(`${base}/trpc/auth.login`, { data: { username, password: 'demo1234' }, headers: { origin: base } });
  if (!res.ok()) throw new Error(`sign-in of ${username} failed: ${res.status()}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = EXTERNAL ? { url: EXTERNAL, stop: async () => {} } : await startConsole();
if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost)(:\d+)?$/.test(server.url)) throw new Error(`lcp.mjs only measures a console on loopback, not ${server.url}`);
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const pages = [
  { name: 'sign-in page', path: '/login', as: null },
  { name: "operator's store", path: '/store/m_apparel_01', as: 'op.apparel' },
  { name: 'review panel', path: null, as: 'mgr.fashion' },
];
const csp = new Set();
console.log(`\nLCP in headless Chromium (1440×900), median of ${RUNS}, against ${EXTERNAL ? server.url : 'npm start on a fresh PGlite'} (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
try {
  for (const p of pages) {
    const cold = [];
    const warm = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    if (p.as) await signIn(context, server.url, p.as);
    if (!p.path) {
      // The review panel of the first application in the manager's queue.
      const q = await context.request.get(`${server.url}/trpc/review.queue?input=${encodeURIComponent(JSON.stringify({ page: 1, pageSize: 1 }))}`);
      p.path = `/reviews/${(await q.json()).result.data.items[0].id}`;
    }
    for (let i = 0; i < RUNS; i++) {
      // Cold: a new context has an empty HTTP cache (the session is signed in through the API, which caches nothing).
      const c = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      if (p.as) await signIn(c, server.url, p.as);
      const r = await measure(await c.newPage(), server.url, p.path);
      cold.push(r.lcp);
      r.csp.forEach((v) => csp.add(v));
      await c.close();
    }
    const page = await context.newPage();
    await measure(page, server.url, p.path);
    for (let i = 0; i < RUNS; i++) {
      const r = await measure(page, server.url, p.path);
      warm.push(r.lcp);
      r.csp.forEach((v) => csp.add(v));
    }
    await context.close();
    // A run with no LCP entry at all (none reported before the heading was painted and the page was quiet) is shown
    // as "-" and left out of the median rather than counted as 0 ms.
    const f = (xs) => {
      const seen = xs.filter((x) => x !== null);
      return `${seen.length ? `${Math.round(median(seen))} ms` : 'none'}`.padStart(8);
    };
    const runs = (xs) => xs.map((x) => (x === null ? '-' : Math.round(x))).join(', ');
    console.log(`  ${p.name.padEnd(18)} ${p.path.padEnd(28)} cold ${f(cold)}   warm ${f(warm)}   (cold runs: ${runs(cold)}; warm: ${runs(warm)})`);
  }
  console.log(csp.size ? `  CSP violations: ${[...csp].join('; ')}` : '  CSP violations: none');
} finally {
  await browser.close();
  await server.stop();
}
