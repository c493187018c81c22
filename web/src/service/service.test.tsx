import type { HeatCell } from '@console/shared';
import { useScenario } from '@console/mocks/node';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { renderApp } from '../test/render';
import { CoverageHeatMap } from './heatmap';

describe('service pages (mock mode)', () => {
  it('shows an operator a dashboard with "no data" everywhere when there are no events', async () => {
    useScenario('empty'); // the demo users and their stores, no service events
    renderApp('/service?from=2026-11-16&to=2026-11-22', { as: 'op.apparel', locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Service performance' }, { timeout: 60_000 })).toBeInTheDocument();
    const map = screen.getByRole('table', { name: /Coverage heat map/ });
    expect(within(map).getAllByLabelText(/— no data$/)).toHaveLength(168);
    expect(screen.getAllByText('No data').length).toBeGreaterThan(4);
    expect(await screen.findByText('No conversations in this period')).toBeInTheDocument();
    expect(await screen.findByText('No answered conversations in this period', {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(screen.getByText('First-response time (daily)')).toBeInTheDocument();
    expect(screen.getByText('2026-11-16 to 2026-11-22 (Asia/Shanghai)', { exact: false })).toBeInTheDocument();
  }, 180_000);

  it("lets an operator set the store's time zone: a half-hour zone is refused on the field, a whole-hour one saved and used", async () => {
    const { user } = renderApp('/service/data', { as: 'op.apparel', locale: 'en' });
    const field = await screen.findByRole('combobox', { name: 'Store time zone' }, { timeout: 60_000 });
    expect(field).toHaveValue('Asia/Shanghai');
    expect(screen.getByText(/times in the store’s time zone \(Asia\/Shanghai\)/)).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'Asia/Kolkata');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // Looked up again until it is there: Save validates the field again, and antd may render its message anew (the
    // node findByText returned was once detached by then, in the moment Testing Library waits after finding it).
    await waitFor(() => expect(screen.getByText(/not a whole number of hours from UTC/)).toBeInTheDocument(), { timeout: 30_000 });
    await user.clear(field);
    await user.type(field, 'Asia/Tokyo');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Store time zone is now Asia/Tokyo', {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(await screen.findByText('Current: Asia/Tokyo', {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(screen.queryByText(/not a whole number of hours/)).not.toBeInTheDocument();
    // The CSV upload now reads local times in the new zone, and the dashboard counts in it.
    expect(screen.getByText(/times in the store’s time zone \(Asia\/Tokyo\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Service performance/ }));
    expect(await screen.findByText(/ to \d{4}-\d\d-\d\d \(Asia\/Tokyo\)/, {}, { timeout: 60_000 })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Hour (Asia/Tokyo)' })).toBeInTheDocument();
  }, 240_000);

  it('says so when the figures cannot be loaded', async () => {
    useScenario('error');
    renderApp('/service', { as: 'op.apparel', locale: 'en' });
    expect(await screen.findByRole('button', { name: /Retry/ }, { timeout: 60_000 })).toBeInTheDocument();
  });

  it('shows a manager the ranking of their verticals’ stores, without figures where there are no events', async () => {
    useScenario('empty'); // the stores the demo operators work for, no service events
    renderApp('/service/ranking', { as: 'mgr.fashion', locale: 'en' });
    expect(await screen.findByRole('heading', { name: 'Service ranking' }, { timeout: 60_000 })).toBeInTheDocument();
    const links = await screen.findAllByRole('link', { name: /店|装/ }, { timeout: 60_000 });
    expect(links.map((l) => l.textContent).sort()).toEqual(['云裳服饰旗舰店', '花间美妆旗舰店']);
    const row = links[0]!.closest('tr')!;
    expect(within(row as HTMLElement).getAllByText('—').length).toBeGreaterThan(0);
  });

  it('tells a manager when no store matches the ranking filters, and when the ranking cannot be loaded', async () => {
    useScenario('empty');
    const { user, unmount } = renderApp('/service/ranking', { as: 'mgr.fashion', locale: 'en' });
    // The first test of a run to ask for the 'empty' world builds it: allow for that on a loaded machine.
    await screen.findAllByRole('link', { name: /店|装/ }, { timeout: 150_000 });
    await user.click(screen.getByRole('textbox', { name: 'Search merchant names' }));
    await user.paste('no such store');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Nothing matches these filters', {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /店|装/ })).not.toBeInTheDocument();
    unmount();

    useScenario('error');
    renderApp('/service/ranking', { as: 'mgr.fashion', locale: 'en' });
    expect(await screen.findByRole('button', { name: /Retry/ }, { timeout: 60_000 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /店|装/ })).not.toBeInTheDocument();
  }, 300_000);

  it('keeps the pages of other roles out of reach', async () => {
    renderApp('/service/standards', { as: 'op.apparel', locale: 'en' });
    expect(await screen.findByText('Page not found', {}, { timeout: 60_000 })).toBeInTheDocument();
    expect(screen.queryByText('Service tier standards')).not.toBeInTheDocument();
  });
});

describe('coverage heat map', () => {
  it('tells covered, missed and "no data" hours apart, in words as well as colours', () => {
    initI18n('en');
    const cells: HeatCell[] = [
      { weekday: 1, hour: 9, conversations: 5, withinStandard: 4, state: 'covered' },
      { weekday: 1, hour: 10, conversations: 5, withinStandard: 3, state: 'missed' },
    ];
    render(<CoverageHeatMap cells={cells} responseTimeSec={60} />);
    expect(screen.getByLabelText('Mon 9:00 — Covered (4/5 answered in time)')).toHaveAttribute('data-state', 'covered');
    expect(screen.getByLabelText('Mon 10:00 — Missed (3/5 answered in time)')).toHaveAttribute('data-state', 'missed');
    expect(screen.getByLabelText('Mon 11:00 — no data')).toHaveAttribute('data-state', 'noData');
    expect(document.querySelectorAll('td[data-state="noData"]')).toHaveLength(166);
    expect(screen.getByText(/within 60 s/)).toBeInTheDocument();
  });
});
