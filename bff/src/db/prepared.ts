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
 */
export function preparedPerDb<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const built = new WeakMap<Db, Q>();
  return (db) => {
    let q = built.get(db);
    if (!q) built.set(db, (q = build(db)));
    return q;
  };
}
