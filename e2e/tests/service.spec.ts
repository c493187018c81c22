import { expect, type Page, test } from '@playwright/test';
import { DEMO, signInByApi, startSession } from './support/auth';

/** A day long before the demo events, so the figures of that day are only what a spec sends. */
const DAY = '2025-06-02'; // a Monday
const DAY2 = '2025-06-09';
const dashboard = (page: Page, day: string) => page.goto(`/service?from=${day}&to=${day}`);

function eventsCsv(prefix: string) {
  const rows = [
    '会话ID,渠道,开始时间,首次响应时间,解决时间,满意度,退款纠纷',
    `${prefix}-1,chat,${DAY} 10:05:00,${DAY} 10:05:20,${DAY} 10:30:00,5,0`,
    `${prefix}-2,app,${DAY} 10:20:00,${DAY} 10:20:30,${DAY} 11:00:00,4,0`,
    `${prefix}-3,phone,${DAY} 14:00:00,${DAY} 14:03:00,,,1`,
  ];
  return Buffer.from(`\uFEFF${rows.join('\r\n')}\r\n`, 'utf8');
}

test('an operator uploads a CSV of events and sees the figures and the heat map change', async ({ page }) => {
  test.setTimeout(120_000);
  await startSession(page, DEMO.beautyOperator.username, { lang: 'en' });
  await dashboard(page, DAY);
  await expect(page.getByRole('heading', { name: 'Service performance' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Mon 10:00 — no data')).toBeVisible();

  await page.goto('/service/data');
  await page.locator('input[type=file]').setInputFiles({ name: 'events.csv', mimeType: 'text/csv', buffer: eventsCsv(`E2E${Date.now()}`) });
  await expect(page.getByText('events.csv: 3 conversations ready to import')).toBeVisible();
  await page.getByRole('button', { name: 'Import 3 conversations' }).click();
  await expect(page.getByText(/Imported 3 conversations/)).toBeVisible({ timeout: 30_000 });

  await dashboard(page, DAY);
  await expect(page.getByText(/from 3 conversations/).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel('Mon 10:00 — Covered (2/2 answered in time)')).toBeVisible();
  await expect(page.getByLabel('Mon 14:00 — Missed (0/1 answered in time)')).toBeVisible();
  // 30-second rate: 20 s and 30 s count, 3 min does not.
  await expect(page.getByText('2 / 3').first()).toBeVisible();
});

test('an operator creates an API key, and events sent with it appear', async ({ page }) => {
  test.setTimeout(120_000);
  await signInByApi(page, DEMO.beautyOperator.username, { lang: 'en', path: '/service/data' });
  await page.getByRole('button', { name: 'New key' }).click();
  await page.getByLabel('Name').fill(`E2E helpdesk ${Date.now()}`);
  await page.locator('.ant-modal').getByRole('button', { name: 'OK' }).click();
  const secret = (await page.getByTestId('new-api-key').innerText()).trim();
  expect(secret).toMatch(/^svc_/);

  const started = `${DAY2}T02:00:00.000Z`; // 10:00 in Shanghai
  const res = await page.request.post('/api/service/events', {
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    data: { events: [{ conversationId: `KEY-${Date.now()}`, channel: 'chat', startedAt: started, firstResponseAt: `${DAY2}T02:00:15.000Z`, satisfaction: 5 }] },
  });
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ accepted: 1, replaced: 0 });
  const refused = await page.request.post('/api/service/events', { headers: { authorization: 'Bearer svc_nope', 'content-type': 'application/json' }, data: { events: [] } });
  expect(refused.status()).toBe(401);

  await dashboard(page, DAY2);
  // Covered, with at least the conversation just sent (a console reused between runs keeps earlier ones).
  await expect(page.getByLabel(/^Mon 10:00 — Covered \(\d+\/\d+ answered in time\)$/)).toBeVisible({ timeout: 30_000 });
});

test('a manager ranks the vertical and opens a merchant', async ({ page }) => {
  test.setTimeout(120_000);
  await signInByApi(page, DEMO.manager.username, { lang: 'en', path: '/service/ranking' });
  await expect(page.getByRole('heading', { name: 'Service ranking' })).toBeVisible({ timeout: 30_000 });
  const rows = page.locator('.ant-table-row');
  await expect(rows.first()).toBeVisible();
  // Best tier first: the first row is Gold, the last Below standard.
  await expect(rows.first().getByText('Gold')).toBeVisible();
  await expect(rows.last().getByText('Below standard')).toBeVisible();
  await page.getByPlaceholder('Search merchant names').fill('童趣');
  await page.getByPlaceholder('Search merchant names').press('Enter');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('link', { name: '童趣童装' }).click();
  await expect(page).toHaveURL(/\/service\/merchants\/m_apparel_05/);
  await expect(page.getByRole('heading', { name: '童趣童装' })).toBeVisible();
  await expect(page.locator('td[data-state="missed"]').first()).toBeVisible();
});
