import { callerAs, useScenario } from '@console/mocks/node';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';

// The page's modules are transformed on first import: once, before the clock runs.
beforeAll(() => import('./index'), 120_000);

describe('operator home', () => {
  it('shows what the database holds for the operator’s merchant, each card linking to its page', async () => {
    const home = await (await callerAs('op.apparel')).home.operator();
    renderApp('/home', { as: 'op.apparel', locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    const calendar = await screen.findByTestId('home-calendar');
    await waitFor(() => expect(within(calendar).getAllByTestId('home-window')).toHaveLength(home.calendar.length));
    expect(within(calendar).getByText(home.calendar[0]!.nameEn ?? home.calendar[0]!.name)).toBeInTheDocument();
    expect(within(calendar).getByRole('link', { name: /View all/ })).toHaveAttribute('href', '/calendar');
    const apps = screen.getByTestId('home-applications');
    for (const s of home.byState) expect(within(apps).getByTestId(`home-state-${s.state}`)).toHaveTextContent(String(s.count));
    expect(within(apps).queryAllByTestId('home-waiting')).toHaveLength(home.waiting.length);
    const service = screen.getByTestId('home-service');
    expect(service).toHaveTextContent(`Traffic weight ${home.service.trafficWeight > 0 ? '+' : ''}${home.service.trafficWeight}%`);
    expect(within(service).getByRole('link', { name: /View all/ })).toHaveAttribute('href', '/service');
    expect(screen.getByTestId('home-perks')).toHaveTextContent(home.perks.active ? `version ${home.perks.active.number}` : 'No member programme');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    // Another merchant's store name is nowhere.
    expect(screen.queryByText(/花间美妆/)).not.toBeInTheDocument();
  }, 240_000);

  it('a world with nothing yet: every card says so, and the dates to come are “not applied yet”', async () => {
    useScenario('empty');
    renderApp('/home', { as: 'op.apparel', locale: 'en' });
    // The empty world's database is opened on its first use: give it time on a busy machine.
    const slow = { timeout: 90_000 };
    expect(await within(await screen.findByTestId('home-applications', {}, slow)).findByText('No applications or launches yet', {}, slow)).toBeInTheDocument();
    expect(await within(screen.getByTestId('home-notifications')).findByText('No unread notifications', {}, slow)).toBeInTheDocument();
    expect(within(screen.getByTestId('home-perks')).getByText('No member programme published yet')).toBeInTheDocument();
    const calendar = screen.getByTestId('home-calendar');
    const windows = within(calendar).queryAllByTestId('home-window');
    for (const w of windows) expect(w).toHaveTextContent('Not applied yet');
  }, 240_000);

  it('a failed load is said in every card, with a retry', async () => {
    useScenario('error');
    renderApp('/home', { as: 'op.apparel' });
    await waitFor(() => expect(screen.getAllByTestId('error-state')).toHaveLength(5));
    expect(screen.getAllByRole('button', { name: /重\s*试/ })).toHaveLength(5);
  }, 240_000);
});

describe('manager home', () => {
  it('their queue with the overdue count, their verticals’ tiers, nothing of other verticals', async () => {
    const home = await (await callerAs('mgr.fashion')).home.manager();
    renderApp('/home', { as: 'mgr.fashion', locale: 'en' });
    const queue = await screen.findByTestId('home-queue');
    await waitFor(() => expect(within(queue).getByText('Overdue')).toBeInTheDocument());
    expect(queue).toHaveTextContent(`Pending${home.queue.pending}`);
    expect(queue).toHaveTextContent(`Overdue${home.queue.overdue}`);
    const tiers = screen.getByTestId('home-tiers');
    expect(within(tiers).getByTestId('home-tiers-apparel')).toBeInTheDocument();
    expect(within(tiers).getByTestId('home-tiers-beauty')).toBeInTheDocument();
    expect(within(tiers).queryByTestId('home-tiers-home')).not.toBeInTheDocument();
    expect(screen.getByTestId('home-decisions')).toBeInTheDocument();
  }, 240_000);

  it('says a failed load in each card', async () => {
    useScenario('error');
    renderApp('/home', { as: 'mgr.fashion' });
    await waitFor(() => expect(screen.getAllByTestId('error-state')).toHaveLength(3));
  }, 240_000);
});

describe('admin home', () => {
  it('the next windows, users by role as stored, the latest changes linking to the audit trail', async () => {
    const home = await (await callerAs('admin')).home.admin();
    renderApp('/home', { as: 'admin', locale: 'en' });
    const users = await screen.findByTestId('home-users');
    const total = home.usersByRole.reduce((s, r) => s + r.count, 0);
    await waitFor(() => expect(users).toHaveTextContent(`${total} in all`));
    expect(within(screen.getByTestId('home-windows')).getAllByTestId('home-window')).toHaveLength(home.windows.length);
    const audit = screen.getByTestId('home-audit');
    expect(within(audit).getAllByTestId('home-audit-entry')).toHaveLength(home.recentAudit.length);
    expect(within(audit).getByRole('link', { name: /View all/ })).toHaveAttribute('href', '/audit');
  }, 240_000);

  it('an empty world still has its users; the error scenario says so in each card', async () => {
    useScenario('error');
    renderApp('/home', { as: 'admin' });
    await waitFor(() => expect(screen.getAllByTestId('error-state')).toHaveLength(3));
  }, 240_000);
});
