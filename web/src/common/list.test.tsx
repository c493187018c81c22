import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FilterBar, SearchFilter, SelectFilter, ServerTable, useFilterValues } from './list';

// antd's Select and Table are transformed on first import: do it once, before the clock runs.
beforeAll(() => import('./list'), 120_000);

interface Filters {
  q?: string;
  kind?: string[];
  flag?: boolean;
}

/** A filter bar over its own values; `onSubmit` sees the bar's values each time a search runs. */
function Bar({ onSubmit, initial }: { onSubmit: (values: Filters) => void; initial: Filters }) {
  const values = useFilterValues<Filters>(initial, onSubmit);
  return (
    <FilterBar<Filters>
      values={values}
      emptyValues={{ q: undefined, kind: undefined, flag: false }}
    >
      <SearchFilter placeholder="搜索" width={200} />
      <SelectFilter<string[]> name="kind" label="类型" multiple options={[{ value: 'a', label: '甲' }]} />
    </FilterBar>
  );
}

describe('list building blocks', () => {
  it('the filter bar searches when a choice changes, and reset searches again with every filter emptied', async () => {
    const onSubmit = vi.fn<(values: Filters) => void>();
    render(<Bar onSubmit={onSubmit} initial={{ q: '旗舰', flag: true }} />);
    expect(screen.getByRole('form', { name: '筛选' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '搜索' })).toHaveValue('旗舰');

    fireEvent.mouseDown(screen.getByRole('combobox', { name: '类型' }));
    const option = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-select-item-option[title="甲"]');
      if (!found) throw new Error('no option');
      return found;
    });
    fireEvent.click(option);
    await waitFor(() => expect(onSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ q: '旗舰', kind: ['a'] })));

    fireEvent.click(screen.getByRole('button', { name: /重\s*置/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.lastCall?.[0]).toMatchObject({ q: undefined, kind: undefined });
    expect(screen.getByRole('textbox', { name: '搜索' })).toHaveValue('');
  });

  it('the table shows the server’s total and lets the page size change', () => {
    render(
      <ServerTable<{ id: string; name: string }>
        dataSource={[{ id: 'r1', name: '第一行' }]}
        columns={[{ dataIndex: 'name', title: '名称' }]}
        pagination={{ current: 1, pageSize: 10, total: 1234 }}
      />,
    );
    expect(screen.getByText('第一行')).toBeInTheDocument();
    expect(screen.getByText('共 1,234 条')).toBeInTheDocument();
    expect(document.querySelector('.ant-pagination-options-size-changer')).not.toBeNull();
  });
});
