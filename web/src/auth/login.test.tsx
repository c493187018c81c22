import { callerAs } from '@console/mocks/node';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';

async function signIn(user: ReturnType<typeof renderApp>['user'], username: string, password: string) {
  const usernameInput = await screen.findByRole('textbox', { name: /用户名|Username/ });
  await user.clear(usernameInput);
  if (username) await user.paste(username);
  const passwordInput = document.getElementById('password') as HTMLInputElement;
  await user.clear(passwordInput);
  if (password) await user.paste(password);
  await user.click(document.querySelector('button[type="submit"]')!);
}

describe('sign-in page', () => {
  it('sends an unsigned visitor to /login and keeps the hooks the e2e specs use', async () => {
    renderApp('/merchants');
    expect(await screen.findByRole('heading', { name: '登录商家工作台' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/login');
    expect(document.getElementById('username')).toBeInstanceOf(HTMLInputElement);
    expect(document.getElementById('password')).toHaveAttribute('type', 'password');
    expect(document.querySelector('button[type="submit"]')).toHaveTextContent(/登\s*录/);
  });

  it('tells a wrong password in place, above the form, and clears the password', async () => {
    const { user } = renderApp('/login');
    await signIn(user, 'op.apparel', 'wrong-password');
    const alert = await screen.findByTestId('login-error');
    expect(alert).toHaveTextContent('用户名或密码错误');
    expect(within(alert.closest('section')!).getByRole('textbox', { name: '用户名' })).toHaveValue('op.apparel');
    expect(document.getElementById('password')).toHaveValue('');
    expect(window.location.pathname).toBe('/login');
    // Said once, in place: no toast repeating it in the corner.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(screen.getAllByText('用户名或密码错误')).toHaveLength(1);
  });

  it('tells too many attempts in place (TOO_MANY_REQUESTS), in English too', async () => {
    // Five wrong passwords for the account already (the limit), from another browser.
    const elsewhere = await callerAs(null);
    for (let i = 0; i < 5; i++) await elsewhere.auth.login({ username: 'op.beauty', password: 'not-the-password' }).catch(() => undefined);
    const { user } = renderApp('/login?lang=en');
    await signIn(user, 'op.beauty', 'demo1234');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Too many failed attempts. Try again later.');
    expect(window.location.pathname).toBe('/login');
  });

  it('checks empty fields in the browser with the server’s rules before sending anything', async () => {
    const { user } = renderApp('/login');
    await signIn(user, '', '');
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
  });

  it('signs a brand operator in and lands on their home, named for their store', async () => {
    const { user } = renderApp('/login');
    await signIn(user, 'op.apparel', 'demo1234');
    await waitFor(() => expect(window.location.pathname).toBe('/home'));
    const heading = await screen.findByRole('heading', { level: 1, name: '首页' });
    expect(await screen.findByText('云裳服饰旗舰店 · 今天需要您处理的事')).toBeInTheDocument();
    // The page opened once: sign-in's re-check of the session (Refine's, 32 ms after it navigates) no longer swaps
    // the frame for a spinner and mounts the home page again, so what was found stays on screen.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(heading).toBeInTheDocument();
  });
});
