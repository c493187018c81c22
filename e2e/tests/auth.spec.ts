import { expect, test } from '@playwright/test';
import { DEMO, menuItem, openLogin, signIn, signOut, submitLogin } from './support/auth';

// What each role's menu offers, and what it must not (English labels, see web/src/i18n/en.ts).
const MENU = { store: 'My store', merchants: 'Merchants', users: 'Users & roles' } as const;
type Entry = keyof typeof MENU;

const ROLES: { who: string; sees: Entry; home: RegExp; role: string }[] = [
  { who: DEMO.operator.username, sees: 'store', home: /\/home$/, role: 'Brand operator' },
  { who: DEMO.manager.username, sees: 'merchants', home: /\/home$/, role: 'Category manager' },
  { who: DEMO.admin.username, sees: 'users', home: /\/home$/, role: 'Platform admin' },
];

for (const { who, sees, home, role } of ROLES) {
  test(`${who} signs in and sees only the ${sees} menu`, async ({ page }) => {
    await signIn(page, who, { lang: 'en' });
    await expect(page).toHaveURL(home);
    await expect(menuItem(page, MENU[sees])).toBeVisible();
    for (const other of Object.keys(MENU) as Entry[]) {
      if (other !== sees) await expect(menuItem(page, MENU[other])).toHaveCount(0);
    }
    await expect(page.getByTestId('current-user')).toContainText(role);
  });
}

test('the console speaks Chinese by default', async ({ page }) => {
  await signIn(page, DEMO.operator.username);
  await expect(menuItem(page, '店铺概况')).toBeVisible();
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
});

test('a wrong password is told in place, and nobody is signed in', async ({ page }) => {
  await openLogin(page, 'en');
  await submitLogin(page, DEMO.techManager.username, 'not-the-password');
  // In place: the alert above the form (the console may also raise a toast, which is not what this checks).
  await expect(page.getByTestId('login-error')).toHaveText(/Wrong username or password/);
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator('#password')).toHaveValue('');

  // The session really was not created: a protected page sends the visitor back to sign in.
  await page.goto('/merchants');
  await expect(page).toHaveURL(/\/login/);
});

test('a wrong password is told in Chinese by default', async ({ page }) => {
  await openLogin(page);
  await submitLogin(page, DEMO.techManager.username, 'still-wrong');
  await expect(page.getByTestId('login-error')).toHaveText(/用户名或密码错误/);
});

test('signing out returns to /login and ends the session', async ({ page }) => {
  await signIn(page, DEMO.manager.username, { lang: 'en' });
  await expect(menuItem(page, MENU.merchants)).toBeVisible();
  await signOut(page);
  await expect(page.locator('#username')).toBeVisible();

  // Back and reload do not bring the console back.
  await page.goto('/merchants');
  await expect(page).toHaveURL(/\/login/);
});

test('a visitor who is not signed in is sent to /login', async ({ page }) => {
  await page.goto('/store/m_apparel_01');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator('#username')).toBeVisible();
});
