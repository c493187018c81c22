import { addDays, platformDate } from '@console/shared';
import { callerAs } from '@console/mocks/node';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';

// The page's modules are transformed on first import: once, before the clock runs.
beforeAll(() => import('./view'), 120_000);

describe('marketing calendar (operator)', () => {
  it('shows the operator’s own Brand Day on its day, linking to it, and nothing of another store', async () => {
    const date = addDays(platformDate(new Date()), 2);
    const op = await callerAs('op.apparel');
    const mine = await op.campaigns.createBrandDay({ date, theme: '日历 本店品牌日', proposal: '', gmvTarget: null, discountDepth: null, resources: [], heroSkus: [] });
    const other = await callerAs('op.beauty');
    await other.campaigns.createBrandDay({ date, theme: '日历 别家品牌日', proposal: '', gmvTarget: null, discountDepth: null, resources: [], heroSkus: [] });

    renderApp('/calendar', { as: 'op.apparel' });
    expect(await screen.findByRole('heading', { level: 1, name: '营销日历' })).toBeInTheDocument();
    const day = await waitFor(() => {
      const cell = document.querySelector<HTMLElement>(`[data-date="${date}"]`);
      if (!cell) throw new Error(`no cell for ${date}`);
      return cell;
    });
    const link = await within(day).findByRole('link', { name: /日历 本店品牌日/ });
    expect(link).toHaveAttribute('href', `/campaigns/${mine.id}`);
    expect(link).toHaveAttribute('title', '本店：品牌日·日历 本店品牌日（草稿）');
    expect(screen.queryByText(/日历 别家品牌日/)).not.toBeInTheDocument();
  }, 240_000);

  it('names its year and month pickers, and shows the month picked', async () => {
    // The month the page opens on: the browser's own (dayjs()), which differs from the platform's (Shanghai) date
    // for eight hours at the turn of every month.
    const shown = dayjs();
    const year = shown.year();
    const other = ((shown.month() + 1) % 12) + 1; // the next month, or January of the same year
    const fifteenth = (m: number) => `${year}-${String(m).padStart(2, '0')}-15`;

    renderApp('/calendar', { as: 'op.apparel' });
    const month = await screen.findByRole('combobox', { name: '月份' });
    expect(screen.getByRole('combobox', { name: '年份' })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector(`[data-date="${fifteenth(shown.month() + 1)}"]`)).not.toBeNull());

    fireEvent.mouseDown(month);
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) => o.getAttribute('title') === `${other}月`);
      if (!found) throw new Error(`no option ${other}月`);
      return found;
    });
    fireEvent.click(option);
    await waitFor(() => expect(document.querySelector(`[data-date="${fifteenth(other)}"]`)).not.toBeNull());
    expect(document.querySelector(`[data-date="${fifteenth(shown.month() + 1)}"]`)).toBeNull();
  }, 240_000);
});
