import { useScenario } from '@console/mocks/node';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordTrpcCalls, renderApp } from '../test/render';

type Recorder = ReturnType<typeof recordTrpcCalls>;
let recorder: Recorder | null = null;
afterEach(() => recorder?.stop());
beforeAll(() => Promise.all([import('./list'), import('../launches/show')]), 120_000);

const rows = () => [...document.querySelectorAll<HTMLElement>('.ant-table-row')];

describe('the audit trail (admin)', () => {
  it('lists the demo world’s changes newest first and pages on with the server’s cursor', async () => {
    recorder = recordTrpcCalls();
    const { user } = renderApp('/audit', { as: 'admin', locale: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit trail' })).toBeInTheDocument();
    await waitFor(() => expect(rows().length).toBe(20));
    const firstPage = rows().map((r) => r.textContent);
    await user.click(screen.getByRole('button', { name: /Older/ }));
    await waitFor(async () => expect((await recorder!.inputsOf('audit.search')).at(-1)).toMatchObject({ cursor: expect.stringMatching(/\|\d+$/), pageSize: 20 }));
    await waitFor(() => expect(rows().map((r) => r.textContent)).not.toEqual(firstPage));
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Newer/ })).toBeEnabled();
  }, 240_000);

  it('a record id without its type is refused in place, before anything is sent', async () => {
    recorder = recordTrpcCalls();
    const { user } = renderApp('/audit', { as: 'admin', locale: 'en' });
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const sent = (await recorder.inputsOf('audit.search')).length;
    await user.type(screen.getByRole('textbox', { name: 'Record id' }), 'ln_seed_0001');
    await user.click(screen.getByRole('button', { name: /Search/ }));
    expect(await screen.findByText('Choose the record type to search by record id')).toBeInTheDocument();
    expect(await recorder.inputsOf('audit.search')).toHaveLength(sent);
  });

  it('says a failed load in place with a retry', async () => {
    useScenario('error');
    renderApp('/audit', { as: 'admin' });
    // The client retries a 5xx twice before it says so: give it time on a busy machine.
    expect(await screen.findByTestId('error-state', {}, { timeout: 60_000 })).toHaveTextContent('加载失败');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  }, 180_000);

  it('is not in an operator’s menu, and its address is not found for them', async () => {
    renderApp('/audit', { as: 'op.apparel' });
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
  });
});

describe('a record’s own trail', () => {
  it('the operator’s launch page shows who changed it and when', async () => {
    renderApp('/launches/ln_seed_0006', { as: 'op.apparel', locale: 'en' });
    const trail = await screen.findByTestId('audit-trail');
    expect(within(trail).getByRole('heading', { name: 'Change history' })).toBeInTheDocument();
    await waitFor(() => expect(within(trail).getAllByRole('row').length).toBeGreaterThan(1));
    expect(within(trail).getAllByText(/Submitted for review/).length).toBeGreaterThan(0);
  });
});
