import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';
import { LOCALE_STORAGE_KEY } from './index';

// The merchant list's modules (antd's Table, Select…) are transformed on first import: do it once, before a wait runs.
beforeAll(() => import('../merchants/list'), 120_000);

describe('language switch', () => {
  it('zh-CN by default; English one click away, for our texts, the menu and antd’s own texts, and remembered', async () => {
    const { user } = renderApp('/merchants', { as: 'mgr.fashion' });
    expect(await screen.findByRole('heading', { name: '商家管理' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    await waitFor(() => expect(screen.getByText('10 条/页')).toBeInTheDocument()); // antd zhCN

    await user.click(within(screen.getByRole('banner')).getByText('English'));

    expect(await screen.findByRole('heading', { name: 'Merchants' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main menu' })).getByRole('link', { name: /Merchants/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Sign out/ })).toBeInTheDocument();
    expect(screen.getByText('Category manager')).toBeInTheDocument();
    expect(screen.getByText('Verticals: Apparel · Beauty')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('10 / page')).toBeInTheDocument()); // antd enUS
    expect(screen.getAllByText('Gold').length).toBeGreaterThan(0);
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    await user.click(within(screen.getByRole('banner')).getByText('中文'));
    expect(await screen.findByRole('heading', { name: '商家管理' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('10 条/页')).toBeInTheDocument());
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
  });

  it('opens in the stored language', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    renderApp('/login');
    expect(await screen.findByRole('heading', { name: 'Sign in to the Merchant Console' })).toBeInTheDocument();
  });

  it('?lang=en in the address wins, and dates follow the language', async () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'zh-CN');
    renderApp('/store/m_apparel_01?lang=en', { as: 'op.apparel' });
    expect(await screen.findByText('Joined')).toBeInTheDocument();
    // The seed's first merchant joined on 2024-12-13: "Dec 13, 2024" in English (2024年12月13日 in Chinese).
    expect(screen.getByText(/Dec 13, 2024/)).toBeInTheDocument();
  });
});
