import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO, type Lang, startSession, useLanguage } from './support/auth';

/*
 * WCAG 2.1 AA on every page of every role, in both languages: axe-core finds no critical and no serious violation.
 * A page added later belongs in PAGES; one that breaks the rules fails here.
 */

interface PageCase {
  name: string;
  /** Demo user, or null for the sign-in page. */
  as: string | null;
  path: string | ((page: Page) => Promise<string>);
  /** What a user sees once the page has loaded. */
  ready: (page: Page) => Locator;
  /** Something to do before checking (open a dialog). */
  then?: (page: Page) => Promise<Locator>;
}

const heading = (page: Page) => page.locator('h1');
const tableRow = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row').first();

/** The id of one of the operator's launches in `state`, from the launch list procedure. */
async function launchIn(page: Page, state: string) {
  const input = encodeURIComponent(JSON.stringify({ page: 1, pageSize: 1, sort: { field: 'updatedAt', order: 'desc' }, filters: { state: [state] } }));
  const res = await page.request.get(`/trpc/launches.list?input=${input}`);
  expect(res.ok()).toBe(true);
  const items = ((await res.json()) as { result: { data: { items: { id: string }[] } } }).result.data.items;
  expect(items.length, `a seeded launch in state ${state}`).toBeGreaterThan(0);
  return items[0]!.id;
}

/** The id of one of the operator's campaign applications of `kind`, from campaigns.list. */
async function campaignOf(page: Page, kind: 'brand_day' | 'promotion') {
  const input = encodeURIComponent(JSON.stringify({ page: 1, pageSize: 50 }));
  const res = await page.request.get(`/trpc/campaigns.list?input=${input}`);
  expect(res.ok()).toBe(true);
  const items = ((await res.json()) as { result: { data: { items: { id: string; kind: string }[] } } }).result.data.items;
  const hit = items.find((i) => i.kind === kind);
  expect(hit, `a seeded ${kind} application`).toBeTruthy();
  return hit!.id;
}

const PAGES: PageCase[] = [
  { name: 'sign-in', as: null, path: '/login', ready: (p) => p.locator('#username') },
  { name: 'store', as: DEMO.operator.username, path: `/store/${DEMO.operator.merchantId}`, ready: (p) => p.locator('.ant-progress').first() },
  { name: 'launches', as: DEMO.operator.username, path: '/launches', ready: tableRow },
  { name: 'launch-create', as: DEMO.operator.username, path: '/launches/create', ready: (p) => p.locator('#title') },
  { name: 'launch-edit', as: DEMO.operator.username, path: async (p) => `/launches/${await launchIn(p, 'changes_requested')}/edit`, ready: (p) => p.getByTestId('sku-grid') },
  {
    name: 'launch-import',
    as: DEMO.operator.username,
    path: async (p) => `/launches/${await launchIn(p, 'draft')}/edit`,
    ready: (p) => p.getByTestId('sku-grid'),
    then: async (p) => {
      await p.getByRole('button', { name: /导入 CSV|Import CSV/ }).click();
      return p.getByRole('dialog');
    },
  },
  { name: 'launch-show', as: DEMO.operator.username, path: async (p) => `/launches/${await launchIn(p, 'changes_requested')}`, ready: (p) => p.locator('.ant-timeline') },
  { name: 'notifications', as: DEMO.operator.username, path: '/notifications', ready: heading },
  { name: 'not-found', as: DEMO.operator.username, path: '/no/such/page', ready: (p) => p.locator('.ant-result') },
  { name: 'merchants', as: DEMO.manager.username, path: '/merchants', ready: tableRow },
  { name: 'merchant', as: DEMO.manager.username, path: '/merchants/m_beauty_02', ready: (p) => p.locator('.ant-progress').first() },
  { name: 'review-queue', as: DEMO.manager.username, path: '/reviews', ready: tableRow },
  {
    name: 'review-panel',
    as: DEMO.manager.username,
    path: async (p) => {
      await p.goto('/reviews');
      const href = await tableRow(p).locator('a[href^="/reviews/"]').first().getAttribute('href');
      return href!;
    },
    ready: (p) => p.locator('.ant-timeline'),
  },
  {
    name: 'review-panel-brand-day',
    as: DEMO.manager.username,
    // A brand day in this manager's queue.
    path: async (p) => {
      const input = encodeURIComponent(JSON.stringify({ page: 1, pageSize: 100 }));
      const res = await p.request.get(`/trpc/review.queue?input=${input}`);
      expect(res.ok()).toBe(true);
      const items = ((await res.json()) as { result: { data: { items: { id: string; kind: string }[] } } }).result.data.items;
      const hit = items.find((i) => i.kind === 'brand_day');
      expect(hit, 'a brand day in the seeded review queue').toBeTruthy();
      return `/reviews/${hit!.id}`;
    },
    ready: (p) => p.locator('.ant-timeline'),
  },
  { name: 'manager-notifications', as: DEMO.manager.username, path: '/notifications', ready: heading },
  { name: 'operator-home', as: DEMO.operator.username, path: '/home', ready: heading },
  { name: 'campaigns', as: DEMO.operator.username, path: '/campaigns', ready: tableRow },
  { name: 'brand-day-new', as: DEMO.operator.username, path: '/campaigns/new/brand-day', ready: heading },
  { name: 'promotion-new', as: DEMO.operator.username, path: '/campaigns/new/promotion', ready: heading },
  { name: 'brand-day-show', as: DEMO.operator.username, path: (p) => campaignOf(p, 'brand_day').then((id) => `/campaigns/${id}`), ready: heading },
  { name: 'promotion-show', as: DEMO.operator.username, path: (p) => campaignOf(p, 'promotion').then((id) => `/campaigns/${id}`), ready: heading },
  { name: 'calendar', as: DEMO.operator.username, path: '/calendar', ready: heading },
  { name: 'perks', as: DEMO.operator.username, path: '/perks', ready: heading },
  { name: 'perks-version', as: DEMO.operator.username, path: '/perks/versions/1', ready: heading },
  { name: 'service', as: DEMO.operator.username, path: '/service', ready: heading },
  { name: 'service-data', as: DEMO.operator.username, path: '/service/data', ready: heading },
  { name: 'manager-home', as: DEMO.manager.username, path: '/home', ready: heading },
  { name: 'perks-merchants', as: DEMO.manager.username, path: '/perks/merchants', ready: tableRow },
  { name: 'perks-merchant', as: DEMO.manager.username, path: `/perks/merchants/${DEMO.operator.merchantId}`, ready: heading },
  { name: 'service-ranking', as: DEMO.manager.username, path: '/service/ranking', ready: tableRow },
  { name: 'service-merchant', as: DEMO.manager.username, path: `/service/merchants/${DEMO.operator.merchantId}`, ready: heading },
  { name: 'admin-home', as: DEMO.admin.username, path: '/home', ready: heading },
  { name: 'audit', as: DEMO.admin.username, path: '/audit', ready: tableRow },
  { name: 'calendar-admin', as: DEMO.admin.username, path: '/calendar/admin', ready: heading },
  { name: 'service-standards', as: DEMO.admin.username, path: '/service/standards', ready: heading },
  { name: 'users', as: DEMO.admin.username, path: '/users', ready: tableRow },
  {
    name: 'users-role',
    as: DEMO.admin.username,
    path: '/users',
    ready: tableRow,
    then: async (p) => {
      await p.locator('.ant-table-row').filter({ hasText: 'op.home' }).getByRole('button').first().click();
      return p.locator('.ant-modal-content');
    },
  },
];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`);
}

// The page states are independent (each its own session, nothing changed): both workers take them, so this, the
// longest file, does not run alone on one worker while the other idles.
test.describe.configure({ mode: 'parallel' });

for (const lang of ['zh-CN', 'en'] as Lang[]) {
  test.describe(`accessibility (${lang})`, () => {
    // A page load and a full axe run (axe's finishRun alone took >20 s on a long inbox on CI's loaded 2 cores).
    test.describe.configure({ timeout: 120_000 });
    for (const c of PAGES) {
      test(`${c.name}: no critical or serious axe violation, one h1`, async ({ page }) => {
        // Straight to the page under test: the session by API, the path (some found by API too), one page load.
        if (c.as) await startSession(page, c.as, { lang });
        else await useLanguage(page, lang);
        const path = typeof c.path === 'string' ? c.path : await c.path(page);
        await page.goto(path);
        await expect(c.ready(page)).toBeVisible({ timeout: 30_000 });
        // axe checks the page a user reads, not its loading state: every skeleton and spinner gone.
        await expect(page.locator('.ant-skeleton-active, .ant-spin-spinning')).toHaveCount(0, { timeout: 30_000 });
        if (c.then) await expect(await c.then(page)).toBeVisible();
        // A dialog zooms in over a fading mask: axe measures colours as they are painted, so it waits for the motion
        // to end (mid-animation, text over the half-faded mask read at 4.2:1 in one CI run).
        await expect(page.locator('[class*="-appear-active"], [class*="-enter-active"]')).toHaveCount(0);
        // The language the page says it is in, and exactly one top-level heading.
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('h1')).toHaveCount(1);
        expect(await violations(page), `axe on ${c.name} (${lang})`).toEqual([]);
      });
    }
  });
}
