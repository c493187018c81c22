import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// The specs drive Debian's Chromium; Playwright never downloads a browser here.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium, or set CHROMIUM_PATH`);
}

const port = Number(process.env.E2E_PORT ?? 3100);
// E2E_BASE_URL points the specs at a console that is already running (no webServer is started then).
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${port}`;
const ci = !!process.env.CI;

export default defineConfig({
  testDir: './tests',
  testIgnore: ['**/support/**'],
  fullyParallel: false,
  forbidOnly: ci,
  workers: ci ? 2 : 1,
  retries: ci ? 1 : 0,
  // Generous for a 2-core machine that also runs the bff on PGlite (a sign-in hashes with scrypt N=2^17).
  timeout: 90_000,
  // On 2 cores the bff also runs its date jobs on the one PGlite connection; a first page load there has taken over
  // 10 s (perks, service), in CI and on a developer's machine busy with other work alike, so both wait the same. A real
  // defect still fails: the element never comes.
  expect: { timeout: 30_000 },
  // `list` prints the `N passed` / `N failed` / `N flaky` lines that .ci/run sums.
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // Recording a trace (DOM snapshots at every action) costs seconds per test on 2 cores: CI records the retry of a
    // failed test only, which is the run that needs explaining; locally (no retries) every failure keeps its trace.
    trace: ci ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: chromiumPath,
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
        },
      },
    },
  ],
  webServer: external
    ? undefined
    : {
        // Exactly what `npm start` does (vite build, bff with NODE_ENV=production), on its own port and a fresh
        // PGlite folder per run (serve.mjs makes it in the temp dir and removes it afterwards).
        command: 'node serve.mjs',
        cwd: '.',
        url: `${baseURL}/health`,
        env: { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
        reuseExistingServer: false,
        timeout: 240_000,
        stdout: 'ignore',
        stderr: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      },
});
