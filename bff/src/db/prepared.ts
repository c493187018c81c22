import { Column, getTableName, is, SQL } from 'drizzle-orm';
import type { Db } from './client';

/**
 * A statement of fixed shape built once per database handle instead of at every call: Drizzle's query building
 * (the select's SQL text, its selection, its params) was the largest part of the bff's own CPU per request after
 * the HTTP layer, and on PostgreSQL a named statement is parsed and planned once per connection, not per call.
 * `build` names the statement (`.prepare(name)`): one name per SQL text, so a variant of a query (another scope,
 * another order) is another statement with its own name.
 *
 * Only for queries whose plan does not depend on the values: a lookup by key, a count on an index, a list whose
 * order an index gives. PostgreSQL moves a prepared statement to one generic plan after five executions when that
 * plan's estimate is no worse, and a generic plan for a search or a filter by a rare value can be far dearer (a
 * two-letter merchant search: 4.6 → 14.5 ms CPU). Those stay dynamic SQL.
 *
 * A transaction is a handle of its own (its connection): a statement prepared in it lives as long as it does.
 * The rows of a prepared select are shaped by a mapper compiled once for it (see compileRowMapper).
 */
export function preparedPerDb<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const built = new WeakMap<Db, Q>();
  return (db) => {
    let q = built.get(db);
    if (!q) built.set(db, (q = withCompiledMapper(build(db))));
    return q;
  };
}

/** What Drizzle's prepared select keeps of its selection (pg-core session.js: `fields`, `joinsNotNullableMap`, `customResultMapper`). */
interface PreparedSelect {
  fields?: { path: string[]; field: unknown }[];
  joinsNotNullableMap?: Record<string, boolean>;
  customResultMapper?: (rows: unknown[][]) => unknown;
}

function withCompiledMapper<Q>(query: Q): Q {
  const q = query as PreparedSelect;
  if (Array.isArray(q.fields) && q.fields.length && !q.customResultMapper) q.customResultMapper = compileRowMapper(q.fields, q.joinsNotNullableMap);
  return query;
}

/**
 * The rows of a select as Drizzle's mapResultRow shapes them (nested objects in the selection's order, values
 * through each column's decoder, a left-joined table's object null when its first column is null), with what
 * mapResultRow works out per cell worked out once: which decoder (an `is()` walk of prototype chains for every
 * non-column field), the path, the table. Its per-cell iterators and entry arrays were garbage at every row.
 */
export function compileRowMapper(fields: { path: string[]; field: unknown }[], joinsNotNullableMap: Record<string, boolean> | undefined) {
  type Decoder = { mapFromDriverValue(value: unknown): unknown };
  const cols = fields.map(({ path, field }) => {
    const decoder = (is(field, Column) ? field : is(field, SQL) ? (field as unknown as { decoder: Decoder }).decoder : (field as { sql: { decoder: Decoder } }).sql.decoder) as Decoder;
    const column = is(field, Column);
    return { path, decoder, table: column && path.length === 2 ? getTableName((field as Column).table) : null };
  });
  // mapResultRow's nulling of a left-joined object: decided by the object's first column (by its table's name), undone
  // when a column of another table is in the object too; only for tables the joins leave nullable.
  const nullable = new Map<string, { first: number; table: string }>();
  if (joinsNotNullableMap) {
    const mixed = new Set<string>();
    cols.forEach((c, i) => {
      if (c.table === null) return;
      const object = c.path[0]!;
      const seen = nullable.get(object);
      if (!seen) nullable.set(object, { first: i, table: c.table });
      else if (seen.table !== c.table) mixed.add(object);
    });
    for (const [object, { table }] of nullable) if (mixed.has(object) || joinsNotNullableMap[table]) nullable.delete(object);
  }
  const nulled = [...nullable].map(([object, { first }]) => ({ object, key: cols[first]!.path[1]! }));
  const flat = cols.every((c) => c.path.length <= 2);
  const mapRow = (row: unknown[]) => {
    const result: Record<string, unknown> = {};
    for (let i = 0; i < cols.length; i++) {
      const { path, decoder } = cols[i]!;
      const raw = row[i];
      const value = raw === null ? null : decoder.mapFromDriverValue(raw);
      if (path.length === 1) {
        result[path[0]!] = value;
      } else if (flat) {
        const key = path[0]!;
        ((result[key] ??= {}) as Record<string, unknown>)[path[1]!] = value;
      } else {
        let node = result;
        for (let j = 0; j < path.length - 1; j++) node = (node[path[j]!] ??= {}) as Record<string, unknown>;
        node[path[path.length - 1]!] = value;
      }
    }
    for (const { object, key } of nulled) if ((result[object] as Record<string, unknown>)[key] === null) result[object] = null;
    return result;
  };
  return (rows: unknown[][]) => rows.map(mapRow);
}
