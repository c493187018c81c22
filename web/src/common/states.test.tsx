import { useScenario } from '@console/mocks/node';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';

/*
 * The list frame's error and empty states, as every list page inherits them (point 6 and 12 of issue 10):
 * a failed load is said in the page with a retry, never as "no data"; an empty list says what would be here.
 */
// The app's modules are transformed on first import: do it once, before any test's clock runs.
beforeAll(() => import('../launches/list'), 120_000);

describe('list pages when the server fails or has nothing', () => {
  it('a failed load shows an error with a retry in the page, and retrying shows the rows', async () => {
    useScenario('error');
    const { user } = renderApp('/launches', { as: 'op.apparel' });
    const state = await screen.findByTestId('error-state');
    expect(state).toHaveTextContent('加载失败');
    expect(state).toHaveTextContent('服务暂时出错');
    expect(screen.queryByText('还没有上新计划')).not.toBeInTheDocument();
    expect(screen.queryByText(/状态码/)).not.toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);

    useScenario('normal');
    await user.click(within(state).getByRole('button', { name: /重\s*试/ }));
    await waitFor(() => expect(screen.queryByTestId('error-state')).not.toBeInTheDocument());
    await waitFor(() => expect(document.querySelectorAll('.ant-table-row').length).toBeGreaterThan(0));
  });

  it('an empty list says what would be here and offers to create the first one', async () => {
    useScenario('empty');
    const { user } = renderApp('/launches', { as: 'op.apparel' });
    const empty = await screen.findByTestId('empty-state');
    expect(empty).toHaveTextContent('还没有上新计划');
    expect(empty).toHaveTextContent('提交平台审核');
    await user.click(within(empty).getByRole('button', { name: /新建上新/ }));
    await waitFor(() => expect(window.location.pathname).toBe('/launches/create'));
  });

  it('a filtered list with no match offers to clear the filters, which brings the rows back', async () => {
    const { user } = renderApp('/launches?filters[0][field]=q&filters[0][operator]=contains&filters[0][value]=没有这个标题', { as: 'op.apparel' });
    const empty = await screen.findByTestId('empty-state');
    expect(empty).toHaveTextContent('没有符合筛选条件的记录');
    await user.click(within(empty).getByRole('button', { name: /清除筛选/ }));
    await waitFor(() => expect(screen.queryByTestId('empty-state')).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: '搜索标题' })).toHaveValue('');
  });

  it('the inbox says a failed load in place too', async () => {
    useScenario('error');
    renderApp('/notifications', { as: 'op.apparel' });
    expect(await screen.findByTestId('error-state')).toHaveTextContent('加载失败');
  });
});
