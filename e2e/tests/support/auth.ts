import { expect, type Page } from '@playwright/test';

/** Password of every demo user the seed creates (bff/src/db/seed.ts). */
export const DEMO_PASSWORD = 'demo1234';

/** The demo users of the seed, by what a spec needs to know about them. */
export const DEMO = {
  operator: { username: 'op.apparel', merchantId: 'm_apparel_01', role: 'operator' },
  beautyOperator: { username: 'op.beauty', merchantId: 'm_beauty_01', role: 'operator' },
  /** No other spec decides m_home_01's applications: the live-notification spec does (with techManager). */
  homeOperator: { username: 'op.home', merchantId: 'm_home_01', role: 'operator' },
  manager: { username: 'mgr.fashion', verticals: ['apparel', 'beauty'], role: 'manager' },
  techManager: { username: 'mgr.tech', verticals: ['electronics', 'fmcg', 'home'], role: 'manager' },
  admin: { username: 'admin', role: 'admin' },
} as const;

export type Lang = 'zh-CN' | 'en';

export interface SignInOptions {
  password?: string;
  /** UI language; the console's default is zh-CN, `en` is chosen with `?lang=en`. */
  lang?: Lang;
}

/** Keeps the page in one language across navigations (the console stores the choice in localStorage). */
export async function useLanguage(page: Page, lang: Lang) {
  await page.addInitScript((l) => window.localStorage.setItem('console.locale', l), lang);
}

/** Opens the sign-in page in the given language. */
export async function openLogin(page: Page, lang: Lang = 'zh-CN') {
  await useLanguage(page, lang);
  await page.goto(lang === 'en' ? '/login?lang=en' : '/login');
  await expect(page.locator('#username')).toBeVisible();
}

/** Fills the sign-in form and submits it, without waiting for the outcome. */
export async function submitLogin(page: Page, username: string, password: string) {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('form').getByRole('button').last().click();
}

/**
 * Signs in through the sign-in form, the way a user does, and waits until the console has left /login.
 * Use it in specs about signing in; other specs may prefer `signInByApi`, which is quicker.
 */
export async function signIn(page: Page, username: string, opts: SignInOptions = {}) {
  await openLogin(page, opts.lang);
  await submitLogin(page, username, opts.password ?? DEMO_PASSWORD);
  // A sign-in hashes the password and loads the home page: at least the configured wait (30 s on CI).
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
}

/**
 * Signs in by calling the bff's `auth.login` procedure with the page's own request context, so the
 * session cookie lands in the browser context; then opens `path` (default `/`) in the given language.
 */
export async function signInByApi(page: Page, username: string, opts: SignInOptions & { path?: string } = {}) {
  await startSession(page, username, opts);
  await page.goto(opts.path ?? '/');
}

/**
 * Signs in through `auth.login` and sets the language, without opening a page: for a spec whose first page is not the
 * home page (one page load instead of two).
 */
export async function startSession(page: Page, username: string, opts: SignInOptions = {}) {
  const res = await page.request.post('/trpc/auth.login', {
    data: { username, password: opts.password ?? DEMO_PASSWORD },
    headers: { 'content-type': 'application/json' },
  });
  expect(res.ok(), `sign-in of ${username} answered ${res.status()}: ${await res.text()}`).toBe(true);
  await useLanguage(page, opts.lang ?? 'zh-CN');
}

/** Signs out with the header's sign-out button and waits for the sign-in page. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: /退出登录|sign out/i }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** The side navigation's links, for asserting what a role may reach. */
export function menuItem(page: Page, name: string | RegExp) {
  return page.getByRole('navigation', { name: /主菜单|Main menu/ }).getByRole('link', { name });
}
