import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import { renderApp } from '../test/render';
// The pages' lazy chunks, loaded up front so that a test's time goes to the test, not to transforming modules.
import './csv-import';
import './edit';
import './list';
import './show';
import './sku-grid';
import './sku-table';

/*
 * Issue 10, the launch pages as a user meets them. Seeded demo world of op.apparel: ln_seed_0001 is a draft with
 * 3 SKUs (too few to submit), ln_seed_0002 is submitted, ln_seed_0006 was resubmitted after changes.
 */
const byLabel = (label: string) => document.querySelector<HTMLInputElement>(`[aria-label="${label}"]`);
const findByLabel = (label: string) =>
  waitFor(() => {
    const el = byLabel(label);
    if (!el) throw new Error(`no element labelled ${label}`);
    return el;
  });
const row = (id: string) =>
  waitFor(
    () => {
      const r = document.querySelector<HTMLElement>(`tr[data-row-key="${id}"]`);
      if (!r) throw new Error(`no row ${id}`);
      return r;
    },
    { timeout: 60_000 },
  );

describe('launch list: row actions act from the row', { timeout: 90_000 }, () => {
  it('a draft that cannot pass offers submit disabled, saying why', async () => {
    renderApp('/launches?pageSize=50', { as: 'op.apparel' });
    const draft = await row('ln_seed_0001');
    const blocked = within(draft).getByTestId('submit-blocked');
    expect(blocked).toHaveAttribute('aria-label', expect.stringContaining('至少需要 5 个 SKU'));
    expect(within(blocked).getByRole('button')).toBeDisabled();
  });

  it('withdraw asks first, then withdraws in place and the row shows the new state', async () => {
    const { user } = renderApp('/launches?pageSize=50', { as: 'op.apparel' });
    const submitted = await row('ln_seed_0002');
    await user.click(within(submitted).getByRole('button', { name: /撤回/ }));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm).toHaveTextContent('确定撤回吗');
    expect(window.location.pathname).toBe('/launches');
    await user.click(within(confirm).getAllByRole('button').at(-1)!);
    await waitFor(async () => expect(within(await row('ln_seed_0002')).getByText('已撤回')).toBeInTheDocument());
    expect(window.location.pathname).toBe('/launches');
  });
});

describe('launch page', { timeout: 90_000 }, () => {
  it('submitting a draft that cannot pass opens its form with the problems marked', async () => {
    const { user } = renderApp('/launches/ln_seed_0001', { as: 'op.apparel' });
    await user.click(await screen.findByRole('button', { name: /提交审核/ }));
    await waitFor(() => expect(window.location.pathname).toBe('/launches/ln_seed_0001/edit'));
    expect(await screen.findByTestId('form-error')).toHaveTextContent(/还有 \d+ 处需要修改/);
    expect(await screen.findByTestId('skus-error')).toHaveTextContent('至少需要 5 个 SKU');
  });

  it('after a resubmission the old “changes requested” banner is gone; SKUs show with pictures, every column, paged', async () => {
    renderApp('/launches/ln_seed_0006', { as: 'op.apparel' });
    const table = await screen.findByTestId('sku-table');
    expect(screen.queryByTestId('last-decision')).toBeNull();
    for (const header of ['图片', 'SKU 编码', '名称', '吊牌价 (元)', '上新价 (元)', '库存']) expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument();
    expect(within(table).getAllByRole('img').length).toBeGreaterThan(0);
    expect(screen.getByRole('navigation', { name: '当前位置' })).toHaveTextContent('新品上新');
  });
});

describe('launch form: nothing changes silently', { timeout: 90_000 }, () => {
  it('a negative stock stays as typed and is refused in place', async () => {
    renderApp('/launches/ln_seed_0001/edit', { as: 'op.apparel' });
    const stock = await findByLabel('库存 #1');
    fireEvent.change(stock, { target: { value: '-3' } });
    fireEvent.blur(stock);
    await waitFor(() => expect(stock).toHaveValue('-3'));
    await waitFor(() => expect(stock).toHaveAttribute('aria-invalid', 'true'));
    expect(stock.closest('.ant-table-cell')).toHaveTextContent('库存至少为 1');
  });

  it('a typed date outside the season’s window is kept and refused in place', async () => {
    renderApp('/launches/ln_seed_0001/edit', { as: 'op.apparel' });
    const date = await findByLabel('上新日期');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '2027-09-01' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(screen.getByText('上新日期须在本季上新窗口内')).toBeInTheDocument());
    expect(date).toHaveValue('2027-09-01');
  });

  it('tells Refine it is dirty, so leaving with unsaved changes asks first', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { user } = renderApp('/launches/ln_seed_0001/edit', { as: 'op.apparel' });
    const title = await findByLabel('标题').catch(() => document.querySelector<HTMLInputElement>('#title')!);
    fireEvent.change(title, { target: { value: '改过的标题' } });
    await user.click(screen.getByRole('link', { name: '店铺概况' }));
    await waitFor(() => expect(confirm).toHaveBeenCalled());
    expect(window.location.pathname).toBe('/launches/ln_seed_0001/edit');
    confirm.mockRestore();
  });
});

describe('CSV import keeps hand-entered rows', { timeout: 90_000 }, () => {
  it('appends by default; replacing says how many rows go', async () => {
    const { user } = renderApp('/launches/ln_seed_0001/edit', { as: 'op.apparel' });
    await user.click(await screen.findByRole('button', { name: /导入 CSV/ }));
    const dialog = await screen.findByRole('dialog');
    const group = within(dialog).getByRole('radiogroup', { name: '导入方式' });
    expect(within(group).getByRole('radio', { name: '追加到现有 3 个 SKU 之后' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: /替换现有 SKU（删除现有 3 行）/ }));
    expect(within(dialog).getByTestId('replace-warning')).toHaveTextContent('现有的 3 个 SKU 将被删除');
    const rows = ['SKU编码,名称,吊牌价,上新价,库存,图片', ...[1, 2].map((i) => `NEW-00${i},新衬衫 ${i},299,259,10,`)];
    await user.click(within(group).getByRole('radio', { name: /追加/ }));
    fireEvent.change(dialog.querySelector<HTMLInputElement>('input[type=file]')!, { target: { files: [new File([rows.join('\n')], 'a.csv', { type: 'text/csv' })] } });
    await within(dialog).findByText(/可导入 2 个 SKU/);
    await user.click([...dialog.querySelectorAll('button')].find((b) => /^导\s*入$/.test(b.textContent ?? ''))!);
    await waitFor(() => expect(screen.getByText('共 5 个 SKU')).toBeInTheDocument());
    expect(byLabel('SKU 编码 #4')).toHaveValue('NEW-001');
  });
});

describe('English', () => {
  it('counts with plurals: one problem, three problems', () => {
    const en = i18n.getFixedT('en');
    expect(en('launches.fixErrors', { count: 1 })).toBe('1 problem to fix before submitting, marked in place');
    expect(en('launches.fixErrors', { count: 3 })).toBe('3 problems to fix before submitting, marked in place');
    expect(en('csv.modeReplace', { count: 1 })).toBe('Replace the current SKUs (1 row goes)');
  });
});
