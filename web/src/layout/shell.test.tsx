import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { menuLabels, renderApp } from '../test/render';

const SHELL_ITEMS = ['店铺概况', '商家管理', '用户与权限'];

/** The shell's own menu items the role sees (other domains add theirs; each role's are checked in their tests). */
async function menu() {
  await waitFor(() => expect(menuLabels().length).toBeGreaterThan(0));
  return menuLabels().filter((label) => SHELL_ITEMS.includes(label));
}

describe('the shell by role', () => {
  it('an operator lands on their home and sees only their store, linked to their own merchant id, and their name and store in the header', async () => {
    renderApp('/', { as: 'op.apparel' });
    await waitFor(() => expect(window.location.pathname).toBe('/home'));
    expect(await menu()).toEqual(['店铺概况']);
    const nav = screen.getByRole('navigation', { name: '主菜单' });
    expect(within(nav).getByRole('link', { name: /店铺概况/ })).toHaveAttribute('href', '/store/m_apparel_01');
    // The open page's entry is marked (the address changes before the router's re-render marks it: wait for the mark).
    await waitFor(() => expect(within(nav).getByRole('link', { current: 'page' })).toHaveAttribute('href', '/home'));
    const header = screen.getByTestId('current-user');
    expect(header).toHaveTextContent('云裳服饰旗舰店 运营');
    expect(header).toHaveTextContent('品牌运营');
    expect(header).toHaveTextContent('所属店铺：云裳服饰旗舰店');
    expect(screen.getByRole('button', { name: /退出登录/ })).toBeInTheDocument();
  });

  it('a manager lands on their home and sees only merchants, with their verticals in the header', async () => {
    renderApp('/', { as: 'mgr.fashion' });
    await waitFor(() => expect(window.location.pathname).toBe('/home'));
    expect(await menu()).toEqual(['商家管理']);
    expect(screen.getByTestId('current-user')).toHaveTextContent('负责行业：服饰 · 美妆');
  });

  it('an admin lands on their home and sees only users and roles', async () => {
    renderApp('/', { as: 'admin' });
    await waitFor(() => expect(window.location.pathname).toBe('/home'));
    expect(await menu()).toEqual(['用户与权限']);
    expect(screen.getByTestId('current-user')).toHaveTextContent('平台管理员');
  });

  it('an operator asking for another merchant’s store gets not-found, never its data', async () => {
    renderApp('/store/m_beauty_01', { as: 'op.apparel' });
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
    expect(screen.queryByText('花间美妆旗舰店')).not.toBeInTheDocument();
  });

  it('a route of another role looks like an unknown route', async () => {
    renderApp('/users', { as: 'mgr.tech' });
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: /用户名/ })).not.toBeInTheDocument();
  });

  it('a manager asking for a merchant outside their verticals gets not-found', async () => {
    renderApp('/merchants/m_electronics_01', { as: 'mgr.fashion' });
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
    expect(screen.queryByText('极光数码旗舰店')).not.toBeInTheDocument();
  });

  it('an unknown route is not found, inside the shell', async () => {
    renderApp('/no/such/page', { as: 'admin' });
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
    expect(await menu()).toEqual(['用户与权限']);
  });

  it('signing out ends at the sign-in page', async () => {
    const { user } = renderApp('/', { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: /退出登录/ }));
    expect(await screen.findByRole('heading', { name: '登录商家工作台' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/login');
  });
});
