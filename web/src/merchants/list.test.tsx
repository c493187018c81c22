import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordTrpcCalls, renderApp } from '../test/render';

type Recorder = ReturnType<typeof recordTrpcCalls>;
let recorder: Recorder | null = null;
afterEach(() => recorder?.stop());
// The page's modules (antd's Table, Select…) are transformed on first import: do it once, before the clock runs.
beforeAll(() => import('./list'), 120_000);

function record() {
  recorder = recordTrpcCalls();
  return recorder;
}

/** The last input the page SENT to merchants.list, once it equals what the test expects. */
async function expectLastListInput(rec: Recorder, expected: unknown) {
  await waitFor(async () => {
    const inputs = await rec.inputsOf('merchants.list');
    expect(inputs.at(-1)).toEqual(expected);
  });
}

function rows() {
  return screen.getAllByRole('row').slice(1); // the first row is the header
}

async function pick(label: string, option: string) {
  const select = screen.getByRole('combobox', { name: label });
  fireEvent.mouseDown(select);
  const item = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) => o.getAttribute('title') === option);
    if (!found) throw new Error(`no option ${option}`);
    return found;
  });
  fireEvent.click(item);
}

describe('merchant list (manager)', () => {
  it('asks for the first page of 10 and shows the merchants of the manager’s verticals only', async () => {
    const rec = record();
    renderApp('/merchants', { as: 'mgr.fashion' });
    await expectLastListInput(rec, { page: 1, pageSize: 10, filters: {} });
    await waitFor(() => expect(rows()).toHaveLength(10));
    expect(screen.getByText('共 10 条')).toBeInTheDocument();
    expect(screen.getByText('云裳服饰旗舰店')).toBeInTheDocument();
    expect(screen.queryByText('极光数码旗舰店')).not.toBeInTheDocument();
    // Verticals in Chinese, tiers as tags, antd in zh-CN.
    expect(screen.getAllByText('服饰').length).toBeGreaterThan(0);
    expect(screen.getAllByText('金牌').length).toBeGreaterThan(0);
    expect(screen.getByText('10 条/页')).toBeInTheDocument();
  });

  it('pages on the server: page 2 is asked for with page=2, and the URL keeps it', async () => {
    const rec = record();
    const { user } = renderApp('/merchants', { as: 'mgr.tech' });
    await waitFor(() => expect(screen.getByText('共 15 条')).toBeInTheDocument());
    await user.click(screen.getByRole('listitem', { name: '2' }));
    await expectLastListInput(rec, { page: 2, pageSize: 10, filters: {} });
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(new URLSearchParams(window.location.search).get('currentPage')).toBe('2');
  });

  it('sends the filters: vertical, then cross-border as a boolean', async () => {
    const rec = record();
    renderApp('/merchants', { as: 'mgr.tech' });
    await waitFor(() => expect(screen.getByText('共 15 条')).toBeInTheDocument());

    await pick('行业', '家居');
    await expectLastListInput(rec, { page: 1, pageSize: 10, filters: { vertical: ['home'] } });
    await waitFor(() => expect(screen.getByText('共 5 条')).toBeInTheDocument());

    await pick('跨境', '跨境');
    await expectLastListInput(rec, { page: 1, pageSize: 10, filters: { vertical: ['home'], crossBorder: true } });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByText('暖居床品')).toBeInTheDocument();
    expect(screen.getByText('拾光灯饰')).toBeInTheDocument();
  });

  it('sends the service-tier filter, and reset clears every filter', async () => {
    const rec = record();
    const { user } = renderApp('/merchants', { as: 'mgr.fashion' });
    await waitFor(() => expect(screen.getByText('共 10 条')).toBeInTheDocument());

    await pick('服务分层', '金牌');
    await expectLastListInput(rec, { page: 1, pageSize: 10, filters: { serviceTier: ['gold'] } });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByText('云裳服饰旗舰店')).toBeInTheDocument();
    expect(screen.getByText('花间美妆旗舰店')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /重\s*置/ }));
    // The unfiltered first page may come from the cache (it is under 5 s old on a fast machine), so no request need be
    // sent: what must hold is that the filter leaves the URL and the whole list is back.
    await waitFor(() => expect(rows()).toHaveLength(10));
    expect(screen.getByText('共 10 条')).toBeInTheDocument();
    expect(window.location.search).not.toContain('serviceTier');
  });

  it('sends the search text', async () => {
    const rec = record();
    const { user } = renderApp('/merchants', { as: 'mgr.tech' });
    await waitFor(() => expect(screen.getByText('共 15 条')).toBeInTheDocument());
    const search = screen.getByRole('textbox', { name: '搜索店铺名称' });
    await user.click(search);
    await user.paste('旗舰');
    await user.keyboard('{Enter}');
    await expectLastListInput(rec, { page: 1, pageSize: 10, filters: { q: '旗舰' } });
    await waitFor(() => expect(rows()).toHaveLength(3));
  });

  it('sorts on the server by the column clicked', async () => {
    const rec = record();
    const { user } = renderApp('/merchants', { as: 'mgr.fashion' });
    await waitFor(() => expect(rows()).toHaveLength(10));
    await user.click(screen.getByRole('columnheader', { name: /违规扣分/ }).querySelector('.ant-table-column-sorters')!);
    await expectLastListInput(rec, { page: 1, pageSize: 10, sort: { field: 'violationPoints', order: 'asc' }, filters: {} });
  });

  it('starts from the URL: page, page size and filters of a shared link are what is asked for', async () => {
    const rec = record();
    const query =
      'currentPage=1&pageSize=20&filters[0][field]=crossBorder&filters[0][operator]=eq&filters[0][value]=true' +
      '&filters[1][field]=vertical&filters[1][operator]=in&filters[1][value][0]=electronics';
    renderApp(`/merchants?${query}`, { as: 'mgr.tech' });
    await expectLastListInput(rec, { page: 1, pageSize: 20, filters: { crossBorder: true, vertical: ['electronics'] } });
    await waitFor(() => expect(rows()).toHaveLength(2));
    const form = screen.getByRole('combobox', { name: '跨境' }).closest('.ant-select')!;
    expect(within(form as HTMLElement).getByText('跨境')).toBeInTheDocument();
  });
});
