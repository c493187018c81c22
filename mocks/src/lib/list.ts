import type { PageOutput } from '@console/shared';

/**
 * List helpers that answer like the bff's SQL: case-insensitive "contains" (ILIKE '%q%'), ordering by
 * code point like PostgreSQL's C collation, ties broken by id ascending, then LIMIT/OFFSET.
 */
export const containsIgnoreCase = (text: string, q: string) => text.toLowerCase().includes(q.toLowerCase());

export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sortRows<T extends { id: string }>(rows: readonly T[], key: (row: T) => unknown, order: 'asc' | 'desc'): T[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareValues(key(a), key(b)) || compareValues(a.id, b.id));
}

export function paginate<T>(rows: readonly T[], page: number, pageSize: number): PageOutput<T> {
  const start = (page - 1) * pageSize;
  return { items: rows.slice(start, start + pageSize), total: rows.length };
}

/**
 * A value as PostgreSQL's jsonb gives it back: object keys ordered by length, then bytewise (JSON round trip
 * drops undefined). Snapshots are jsonb in the bff, and a diff lists fields in that order.
 */
export function asJsonb<T>(value: T): T {
  const order = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort(order)
          .map((k) => [k, walk((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return walk(JSON.parse(JSON.stringify(value))) as T;
}
