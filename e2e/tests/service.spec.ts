import { expect, type Page, test } from '@playwright/test';
import { DEMO, menuItem, signInByApi, startSession } from './support/auth';

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

test("an operator moves the store's time zone and the figures, heat map and breaches follow; a half-hour zone is refused", async ({ page }) => {
  test.setTimeout(150_000);
  // op.home: no other spec reads m_home_01's service figures, so moving its zone disturbs none of them.
  await signInByApi(page, DEMO.homeOperator.username, { lang: 'en', path: '/service/data' });
  const zone = page.getByLabel('Store time zone');
  const save = page.getByRole('button', { name: 'Save' });
  await expect(page.getByText('Current: Asia/Shanghai')).toBeVisible({ timeout: 30_000 });

  // One conversation answered after 5 min, on Monday 7 July 2025 at 23:30 in Shanghai (15:30 UTC, Tuesday 00:30 in Tokyo).
  const csv = ['会话ID,渠道,开始时间,首次响应时间,解决时间,满意度,退款纠纷', `TZ${Date.now()},chat,2025-07-07 23:30:00,2025-07-07 23:35:00,,,0`].join('\r\n');
  await page.locator('input[type=file]').setInputFiles({ name: 'late.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`, 'utf8') });
  await page.getByRole('button', { name: 'Import 1 conversations' }).click();
  await expect(page.getByText(/Imported 1 conversations/)).toBeVisible({ timeout: 30_000 });

  await page.goto('/service?from=2025-07-07&to=2025-07-08');
  await expect(page.getByText('2025-07-07 to 2025-07-08 (Asia/Shanghai)')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel(/^Mon 23:00 — Missed \(0\/\d+ answered in time\)$/)).toBeVisible();
  await expect(page.getByRole('cell', { name: '2025-07-07 23:00' })).toBeVisible();

  // A half-hour zone is refused on the field, before anything is sent; nothing changes.
  await menuItem(page, 'Service data').click();
  await expect(zone).toHaveValue('Asia/Shanghai');
  await zone.fill('Asia/Kolkata');
  await save.click();
  await expect(page.getByText('This zone is not a whole number of hours from UTC (e.g. +5:30)', { exact: false })).toBeVisible();
  await expect(page.getByText('Current: Asia/Shanghai')).toBeVisible();

  // Escape would clear the field (antd's AutoComplete): the operator picks the suggestion instead.
  await zone.fill('Asia/Tokyo');
  await page.locator('.ant-select-item-option').getByText('Asia/Tokyo', { exact: true }).click();
  await save.click();
  await expect(page.getByText('Store time zone is now Asia/Tokyo')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Current: Asia/Tokyo')).toBeVisible();
  await expect(page.getByText(/This zone is not a whole number/)).toHaveCount(0);

  // The same conversation now falls on Tuesday 00:00, Tokyo time, in the heat map and in the breaches.
  await page.goto('/service?from=2025-07-07&to=2025-07-08');
  await expect(page.getByText('2025-07-07 to 2025-07-08 (Asia/Tokyo)')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel(/^Tue 0:00 — Missed \(0\/\d+ answered in time\)$/)).toBeVisible();
  await expect(page.getByLabel(/^Mon 23:00 — no data$/)).toBeVisible();
  await expect(page.getByRole('cell', { name: '2025-07-08 00:00' })).toBeVisible();

  // Back to Shanghai, so a console reused for another run starts where this spec expects.
  await menuItem(page, 'Service data').click();
  await zone.fill('Asia/Shanghai');
  await page.locator('.ant-select-item-option').getByText('Asia/Shanghai', { exact: true }).click();
  await save.click();
  await expect(page.getByText('Current: Asia/Shanghai')).toBeVisible({ timeout: 30_000 });
});
