/** JSON with object keys sorted: a value read back from jsonb (which reorders keys) equals the one written. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/**
 * What an edit changed, for the audit row's before and after: the top-level fields whose values differ (compared
 * as canonical JSON), each side holding only those. Two equal objects give two empty ones.
 */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof T & string>) {
    if (canonicalJson(before[key] ?? null) === canonicalJson(after[key] ?? null)) continue;
    b[key] = (before[key] ?? null) as T[keyof T & string];
    a[key] = (after[key] ?? null) as T[keyof T & string];
  }
  return { before: b, after: a };
}
