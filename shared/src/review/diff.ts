/**
 * Field-level differences between two submitted versions of an application, so a reviewer sees what changed
 * in a resubmission. Pure and generic: every kind of application names its row lists (SKUs) and their key.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface FieldChange {
  /** Dotted path as forms name fields: `earlyAccess.hours`, `channels`. */
  path: string;
  /** null when the field had no value on that side. */
  before: Json;
  after: Json;
}

export interface RowChange {
  key: string;
  changes: FieldChange[];
}

export interface RowsDiff {
  /** The list's field name, e.g. `skus`. */
  path: string;
  /** The field that identifies a row, e.g. `code`. */
  keyField: string;
  added: { key: string; row: Json }[];
  removed: { key: string; row: Json }[];
  changed: RowChange[];
}

export interface SnapshotDiff {
  fields: FieldChange[];
  rows: RowsDiff[];
  /** Nothing changed at all. */
  same: boolean;
}

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => equal(a[k], b[k]));
  }
  return false;
}

/**
 * Changed leaves of two objects by path. Nested objects are walked; arrays are compared whole (a channel list
 * is one field to a reviewer). Missing and null are different only when one side has a value.
 */
export function diffFields(before: Json | undefined, after: Json | undefined, prefix = '', skip: readonly string[] = []): FieldChange[] {
  const walk = isObject(before) && isObject(after);
  if (walk || (prefix === '' && (isObject(before) || isObject(after)))) {
    const a = isObject(before) ? before : {};
    const b = isObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !(prefix === '' && skip.includes(k)));
    return keys.flatMap((k) => diffFields(a[k], b[k], prefix ? `${prefix}.${k}` : k));
  }
  if ((before ?? null) === (after ?? null) || equal(before, after)) return [];
  return [{ path: prefix, before: before ?? null, after: after ?? null }];
}

/** Rows added, removed and changed, matched by `keyField` (e.g. SKUs by code), in the order of `after` then `before`. */
export function diffRows(path: string, before: Json[], after: Json[], keyField: string): RowsDiff {
  const keyOf = (row: Json) => (isObject(row) ? String(row[keyField] ?? '') : '');
  const beforeBy = new Map(before.map((r) => [keyOf(r), r] as const));
  const afterBy = new Map(after.map((r) => [keyOf(r), r] as const));
  const added: RowsDiff['added'] = [];
  const changed: RowChange[] = [];
  for (const [key, row] of afterBy) {
    const old = beforeBy.get(key);
    if (old === undefined) added.push({ key, row });
    else {
      const changes = diffFields(old, row);
      if (changes.length) changed.push({ key, changes });
    }
  }
  const removed = [...beforeBy].filter(([key]) => !afterBy.has(key)).map(([key, row]) => ({ key, row }));
  return { path, keyField, added, removed, changed };
}

/** The whole diff of two snapshots: plain fields, then each row list by its key. `before` null: everything is new. */
export function diffSnapshots(
  before: Record<string, Json> | null,
  after: Record<string, Json>,
  rowLists: Record<string, string> = {},
): SnapshotDiff {
  const lists = Object.keys(rowLists);
  const fields = diffFields(before ?? {}, after, '', lists);
  const rows = lists.map((path) => {
    const b = before?.[path];
    const a = after[path];
    return diffRows(path, Array.isArray(b) ? b : [], Array.isArray(a) ? a : [], rowLists[path]!);
  });
  const same = fields.length === 0 && rows.every((r) => !r.added.length && !r.removed.length && !r.changed.length);
  return { fields, rows, same };
}
