import { MAX_PAGE_SIZE as SHARED_MAX_PAGE_SIZE } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { createDataProvider, listEntry, MAX_PAGE_SIZE, toListQuery } from './data';

const entry = {
  filters: { vertical: 'array', crossBorder: 'boolean', q: 'string', year: 'number' } as const,
  sortFields: ['name', 'createdAt'],
};

describe('data provider: Refine params → list input', () => {
  it('restates shared’s page-size limit exactly', () => {
    expect(MAX_PAGE_SIZE).toBe(SHARED_MAX_PAGE_SIZE);
  });

  it('maps pagination, the first known sorter and filters (values from the URL arrive as strings)', () => {
    expect(
      toListQuery(entry, {
        pagination: { currentPage: 3, pageSize: 20 },
        sorters: [{ field: 'unknown', order: 'asc' }, { field: 'createdAt', order: 'desc' }],
        filters: [
          { field: 'vertical', operator: 'in', value: 'home' },
          { field: 'crossBorder', operator: 'eq', value: 'false' },
          { field: 'q', operator: 'contains', value: '  旗舰 ' },
          { field: 'year', operator: 'eq', value: '2026' },
          { field: 'merchantId', operator: 'eq', value: 'm_other' },
        ],
      }),
    ).toEqual({
      page: 3,
      pageSize: 20,
      sort: { field: 'createdAt', order: 'desc' },
      filters: { vertical: ['home'], crossBorder: false, q: '旗舰', year: 2026 },
    });
  });

  it('drops empty values and clamps the page size to the server’s maximum', () => {
    expect(
      toListQuery(entry, {
        pagination: { currentPage: 0, pageSize: 5000 },
        filters: [
          { field: 'vertical', operator: 'in', value: [] },
          { field: 'q', operator: 'contains', value: '' },
          { field: 'crossBorder', operator: 'eq', value: 'maybe' },
          { operator: 'or', value: [{ field: 'year', operator: 'eq', value: 2025 }] },
        ],
      }),
    ).toEqual({ page: 1, pageSize: MAX_PAGE_SIZE, filters: { year: 2025 } });
  });

  it('calls the registered procedure and answers Refine with data and total', async () => {
    const seen: unknown[] = [];
    const provider = createDataProvider({
      things: {
        list: listEntry<{ page: number; pageSize: number; filters?: { q?: string }; sort?: { field: 'name'; order: 'asc' | 'desc' } }>({
          filters: { q: 'string' },
          sortFields: ['name'],
          call: async (input) => {
            seen.push(input);
            return { items: [{ id: 'a' }], total: 41 };
          },
        }),
      },
    });
    const result = await provider.getList({ resource: 'things', pagination: { currentPage: 2, pageSize: 10 }, filters: [{ field: 'q', operator: 'contains', value: 'x' }] });
    expect(result).toEqual({ data: [{ id: 'a' }], total: 41 });
    expect(seen).toEqual([{ page: 2, pageSize: 10, filters: { q: 'x' } }]);
    await expect(provider.getOne({ resource: 'things', id: 'a' })).rejects.toMatchObject({ key: 'errors.unknown' });
  });
});
