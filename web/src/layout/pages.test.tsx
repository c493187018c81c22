import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { signedInPages } from '../App';
import { lazyPage, pageAt, preloadPage, type PageRoute } from './pages';

const page = (name: string) => () => Promise.resolve({ default: () => <p>{name}</p> });

describe('preloadPage', () => {
  it('loads the page the router would choose, and nothing else', async () => {
    const loads = { list: vi.fn(page('list')), create: vi.fn(page('create')), show: vi.fn(page('show')) };
    const pages: PageRoute[] = [
      { path: '/launches', resource: 'launches', action: 'list', Page: lazyPage(loads.list) },
      { path: '/launches/:id', resource: 'launches', action: 'show', Page: lazyPage(loads.show) },
      { path: '/launches/create', resource: 'launches', action: 'create', Page: lazyPage(loads.create) },
    ];
    await preloadPage(pages, '/launches/create');
    expect(loads.create).toHaveBeenCalledTimes(1);
    expect(loads.show).not.toHaveBeenCalled();
    await preloadPage(pages, '/launches/ln_1');
    expect(loads.show).toHaveBeenCalledTimes(1);
    expect(preloadPage(pages, '/nowhere')).toBeUndefined();
    expect(loads.list).not.toHaveBeenCalled();
  });

  it('finds a page for every signed-in route of the console', () => {
    const at = (path: string) => pageAt(signedInPages, path);
    expect(at('/store/m_1')?.resource).toBe('store');
    expect(at('/reviews/ln_1')).toMatchObject({ resource: 'reviews', action: 'show' });
    expect(at('/perks/merchants/m_1/versions/3')).toMatchObject({ resource: 'perkMerchants', action: 'show' });
    expect(at('/campaigns/new/brand-day')).toMatchObject({ resource: 'campaigns', action: 'create' });
    expect(at('/campaigns/cp_1')).toMatchObject({ resource: 'campaigns', action: 'show' });
    expect(at('/service/merchants/m_1')).toMatchObject({ resource: 'serviceRanking', action: 'show' });
    expect(at('/nowhere')).toBeUndefined();
  });
});

describe('preloadPage with a query cache', () => {
  it('asks the page’s first queries with the route’s params, under the keys the page reads', async () => {
    const client = new QueryClient();
    const summary = vi.fn(async () => ({ id: 'ln_1', title: 'x' }));
    const pages: PageRoute[] = [
      { path: '/reviews/:id', resource: 'reviews', action: 'show', Page: lazyPage(page('panel')), queries: ({ id = '' }) => [{ queryKey: ['review', id], queryFn: () => summary() }] },
    ];
    await preloadPage(pages, '/reviews/ln_1', client);
    await vi.waitFor(() => expect(client.getQueryData(['review', 'ln_1'])).toEqual({ id: 'ln_1', title: 'x' }));
    expect(summary).toHaveBeenCalledTimes(1);
    expect(client.getQueryData(['review', 'ln_2'])).toBeUndefined();
  });

  it('gives the store and the review panel their first queries', () => {
    const keys = (path: string, params: Record<string, string>) => pageAt(signedInPages, path)?.queries?.(params).map((q) => q.queryKey);
    expect(keys('/store/m_1', { merchantId: 'm_1' })).toEqual([['store', 'm_1']]);
    expect(keys('/reviews/ln_1', { id: 'ln_1' })).toEqual([['review', 'ln_1'], ['timeline', 'ln_1']]);
  });
});

describe('lazyPage', () => {
  it('asks for its chunk once, whether preloaded or rendered first', async () => {
    const load = vi.fn(page('x'));
    const Page = lazyPage(load);
    await Promise.all([Page.preload(), Page.preload()]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders a preloaded page in the first pass, without its fallback; one not loaded yet suspends', async () => {
    const Ready = lazyPage(page('ready page'));
    await Ready.preload();
    const first = render(<Suspense fallback={<p>loading</p>}><Ready /></Suspense>);
    expect(screen.getByText('ready page')).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
    first.unmount();

    const Later = lazyPage(page('later page'));
    render(<Suspense fallback={<p>loading</p>}><Later /></Suspense>);
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByText('later page')).toBeInTheDocument();
  });

  it('asks again after a chunk failed to arrive', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockImplementation(page('x'));
    const Page = lazyPage(load);
    await expect(Page.preload()).rejects.toThrow('offline');
    await expect(Page.preload()).resolves.toMatchObject({ default: expect.any(Function) });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
