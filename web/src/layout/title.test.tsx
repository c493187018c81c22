import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';

describe('tab titles (issue 10)', () => {
  it('the sign-in page is named, without a leading “| ”', async () => {
    renderApp('/login');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.title).toBe('登录商家工作台 | 天猫商家工作台'));
  });

  it('follows the language when it is switched, not only on navigation', async () => {
    const { user } = renderApp('/users', { as: 'admin' });
    await waitFor(() => expect(document.title).toBe('用户与权限 | 天猫商家工作台'));
    await user.click(await screen.findByText('English'));
    await waitFor(() => expect(document.title).toBe('Users & roles | Merchant Console'));
  });

  it('an unknown page says so in the tab', async () => {
    renderApp('/no/such/page', { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: '页面不存在' });
    await waitFor(() => expect(document.title).toBe('页面不存在 | 天猫商家工作台'));
  });
});
