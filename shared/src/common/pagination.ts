import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;

export const sortOrder = z.enum(['asc', 'desc']);

/** Every list takes a page and a page size; the server never returns more than MAX_PAGE_SIZE rows. */
export const pageInput = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});

export function listInput<S extends readonly [string, ...string[]], F extends z.ZodRawShape>(sortFields: S, filters: F) {
  return pageInput.extend({
    sort: z.object({ field: z.enum(sortFields), order: sortOrder }).optional(),
    filters: z.object(filters).strict().default({} as never),
  });
}

export function pageOutput<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().min(0) });
}

export type PageOutput<T> = { items: T[]; total: number };

/** Input of a procedure that takes none; declared so that every procedure has an input schema. */
export const noInput = z.void();
