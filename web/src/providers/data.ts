import type { BaseRecord, CrudFilter, CrudSort, DataProvider, Pagination } from '@refinedev/core';
import { toApiError } from './errors';

/** shared's MAX_PAGE_SIZE, restated so the first load needs no zod (`data.test.ts` checks they agree). */
export const MAX_PAGE_SIZE = 100;

/** How a filter's value is read from Refine's CrudFilters, which come from the URL as strings as often as not. */
export type FilterKind = 'string' | 'boolean' | 'number' | 'array';

/** The list input every list procedure of the bff takes (`listInput` in shared). */
export interface ListQuery {
  page: number;
  pageSize: number;
  sort?: { field: string; order: 'asc' | 'desc' };
  filters: Record<string, unknown>;
}

type FiltersOf<I> = I extends { filters?: infer F } ? NonNullable<F> : never;
type SortFieldOf<I> = I extends { sort?: infer S } ? (NonNullable<S> extends { field: infer K } ? K : never) : never;

export interface ListEntry {
  filters: Record<string, FilterKind>;
  sortFields: readonly string[];
  call: (input: ListQuery) => Promise<{ items: BaseRecord[]; total: number }>;
}

/**
 * One list procedure, described once: which filters it takes (every one, checked against the procedure's input
 * type) and which fields it sorts by.
 */
export function listEntry<I>(spec: {
  filters: { [K in keyof FiltersOf<I>]-?: FilterKind };
  sortFields: readonly SortFieldOf<I>[];
  call: (input: I) => Promise<{ items: BaseRecord[]; total: number }>;
}): ListEntry {
  return {
    filters: spec.filters as Record<string, FilterKind>,
    sortFields: spec.sortFields as readonly string[],
    call: (input) => spec.call(input as unknown as I),
  };
}

/** What a resource can do; a domain adds one entry to the registry (`providers/resources.ts`). */
export interface ResourceEntry {
  list?: ListEntry;
  getOne?: (id: string) => Promise<BaseRecord>;
  create?: (variables: Record<string, unknown>) => Promise<BaseRecord>;
  update?: (id: string, variables: Record<string, unknown>) => Promise<BaseRecord>;
}

export type ResourceRegistry = Record<string, ResourceEntry>;

function coerce(kind: FilterKind, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  switch (kind) {
    case 'string': {
      const s = String(value).trim();
      return s === '' ? undefined : s;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      return undefined;
    case 'number': {
      if (value === '') return undefined;
      const n = Number(value);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'array': {
      const list = (Array.isArray(value) ? value : [value]).filter((v) => v !== undefined && v !== null && v !== '');
      return list.length ? list.map(String) : undefined;
    }
  }
}

function flatten(filters: readonly CrudFilter[] | undefined): { field: string; value: unknown }[] {
  const out: { field: string; value: unknown }[] = [];
  for (const f of filters ?? []) {
    if ('field' in f) out.push({ field: f.field, value: f.value });
    else out.push(...flatten(f.value));
  }
  return out;
}

/** Refine's pagination, sorters and filters → `{page, pageSize, sort, filters}`; unknown fields are dropped. */
export function toListQuery(
  entry: Pick<ListEntry, 'filters' | 'sortFields'>,
  params: { pagination?: Pagination; sorters?: CrudSort[]; filters?: CrudFilter[] },
): ListQuery {
  const off = params.pagination?.mode === 'off';
  const page = off ? 1 : Math.max(1, Math.floor(Number(params.pagination?.currentPage ?? 1)) || 1);
  const size = off ? MAX_PAGE_SIZE : Math.floor(Number(params.pagination?.pageSize ?? 20)) || 20;
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, size));
  const sorter = params.sorters?.find((s) => entry.sortFields.includes(s.field));
  const filters: Record<string, unknown> = {};
  for (const { field, value } of flatten(params.filters)) {
    const kind = entry.filters[field];
    if (!kind) continue;
    const v = coerce(kind, value);
    if (v !== undefined) filters[field] = v;
  }
  return { page, pageSize, ...(sorter ? { sort: { field: sorter.field, order: sorter.order } } : {}), filters };
}

function missing(resource: string, operation: string): never {
  throw toApiError(new Error(`${resource} has no ${operation}`));
}

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toApiError(error);
  }
}

/** Refine's data provider over the typed tRPC client: every resource is an entry of the registry. */
export function createDataProvider(registry: ResourceRegistry): DataProvider {
  const entry = (resource: string) => registry[resource] ?? missing(resource, 'entry');
  return {
    getApiUrl: () => '/trpc',
    getList: async ({ resource, pagination, sorters, filters }) => {
      const list = entry(resource).list ?? missing(resource, 'list');
      const result = await call(() => list.call(toListQuery(list, { pagination, sorters, filters })));
      return { data: result.items as never[], total: result.total };
    },
    getOne: async ({ resource, id }) => {
      const getOne = entry(resource).getOne ?? missing(resource, 'getOne');
      return { data: (await call(() => getOne(String(id)))) as never };
    },
    getMany: async ({ resource, ids }) => {
      const getOne = entry(resource).getOne ?? missing(resource, 'getOne');
      const rows = await call(() => Promise.all(ids.map((id) => getOne(String(id)))));
      return { data: rows as never[] };
    },
    create: async ({ resource, variables }) => {
      const create = entry(resource).create ?? missing(resource, 'create');
      return { data: (await call(() => create(variables as Record<string, unknown>))) as never };
    },
    update: async ({ resource, id, variables }) => {
      const update = entry(resource).update ?? missing(resource, 'update');
      return { data: (await call(() => update(String(id), variables as Record<string, unknown>))) as never };
    },
    deleteOne: async ({ resource }) => missing(resource, 'deleteOne'),
  };
}
