import type { Merchant, MerchantListInput, Vertical } from '@console/shared';
import { MERCHANT_LOOKUP_LIMIT, type MerchantLookupItem, merchantListInput } from '@console/shared';
import { and, asc, count, desc, eq, getTableColumns, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/client';
import { pageRead } from '../db/paging';
import { preparedPerDb } from '../db/prepared';
import { type MerchantRow, merchants } from './table';

/** The columns a Merchant is made of (toMerchant): the time zone is the service domain's, never sent. */
const { timeZone: _timeZone, ...merchantColumns } = getTableColumns(merchants);

export function toMerchant(row: Omit<MerchantRow, 'timeZone'>): Merchant {
  return {
    id: row.id,
    name: row.name,
    vertical: row.vertical,
    dsrDescription: row.dsrDescription / 100,
    dsrService: row.dsrService / 100,
    dsrLogistics: row.dsrLogistics / 100,
    violationPoints: row.violationPoints,
    crossBorder: row.crossBorder,
    serviceTier: row.serviceTier,
    membersT1: row.membersT1,
    membersT2: row.membersT2,
    membersT3: row.membersT3,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Escapes LIKE wildcards so that a search for `50%` means the text, not a pattern. */
export const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);
export const likeContains = (q: string) => `%${escapeLike(q)}%`;

const sortColumns = {
  name: merchants.name,
  createdAt: merchants.createdAt,
  violationPoints: merchants.violationPoints,
  dsrService: merchants.dsrService,
} as const;

/**
 * The list as it opens (no filter but the verticals, by name): prepared statements, the verticals one array
 * parameter. Their plan is the same for any verticals (EXPLAIN on 10,000 merchants, generic and custom plans alike:
 * page 1 walks merchants_name_idx and stops after its rows, the total is an index-only count on
 * merchants_vertical_name_idx). Searches and other filters or orders stay dynamic: their plans depend on the values.
 */
const inVerticals = () => sql`${merchants.vertical} = any(${sql.placeholder('verticals')})`;
const countInVerticals = (db: Db) => db.select({ n: count() }).from(merchants).where(inVerticals());
const defaultFirstPage = preparedPerDb((db) =>
  db
    .select({ m: merchantColumns, total: sql<number>`(${countInVerticals(db)})`.mapWith(Number) })
    .from(merchants)
    .where(inVerticals())
    .orderBy(asc(merchants.name), asc(merchants.id))
    .limit(sql.placeholder('limit'))
    .prepare('merchants_by_name_first_page'),
);
const defaultCount = preparedPerDb((db) => countInVerticals(db).prepare('merchants_by_name_count'));
const defaultPage = (reverse: boolean) =>
  preparedPerDb((db) =>
    db
      .select(merchantColumns)
      .from(merchants)
      .where(inVerticals())
      .orderBy(...(reverse ? [desc(merchants.name), desc(merchants.id)] : [asc(merchants.name), asc(merchants.id)]))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(reverse ? 'merchants_by_name_page_reversed' : 'merchants_by_name_page'),
  );
const defaultPages = { forward: defaultPage(false), reverse: defaultPage(true) };

/**
 * Merchants of the given verticals only: the scope is part of the query, never a filter after it. Page 1 and its
 * total are read in one statement; a later page counts first, so that a page past the middle is read from the end of the
 * order (db/paging.ts): the last of 500 pages read 10,000 rows and sorted them all, it now reads its 20.
 */
export async function listMerchants(db: Db, scope: readonly Vertical[], input: z.output<typeof merchantListInput>) {
  const f = input.filters;
  const allowed = f.vertical?.length ? f.vertical.filter((v) => scope.includes(v)) : [...scope];
  if (allowed.length === 0) return { items: [], total: 0 };
  const sort = input.sort ?? { field: 'name', order: 'asc' as const };
  if (f.crossBorder === undefined && !f.serviceTier?.length && !f.q && sort.field === 'name' && sort.order === 'asc') {
    if (input.page === 1) {
      const rows = await defaultFirstPage(db).execute({ verticals: allowed, limit: input.pageSize });
      return { items: rows.map((r) => toMerchant(r.m)), total: rows[0]?.total ?? 0 };
    }
    const total = (await defaultCount(db).execute({ verticals: allowed }))[0]?.n ?? 0;
    const { reverse, offset, limit } = pageRead(total, input.page, input.pageSize);
    if (limit === 0) return { items: [], total };
    const rows = await defaultPages[reverse ? 'reverse' : 'forward'](db).execute({ verticals: allowed, limit, offset });
    return { items: (reverse ? rows.reverse() : rows).map(toMerchant), total };
  }
  const where: SQL[] = [inArray(merchants.vertical, allowed)];
  if (f.crossBorder !== undefined) where.push(eq(merchants.crossBorder, f.crossBorder));
  if (f.serviceTier?.length) where.push(inArray(merchants.serviceTier, f.serviceTier));
  if (f.q) where.push(ilike(merchants.name, likeContains(f.q)));
  const cond = and(...where);
  const column = sortColumns[sort.field];
  const counted = db.select({ n: count() }).from(merchants).where(cond);
  // Ties go by id; reversed, the whole order is reversed (ties too), so the rows come back in the list's order.
  const ordered = (reverse: boolean) => [(sort.order === 'asc') !== reverse ? asc(column) : desc(column), reverse ? desc(merchants.id) : asc(merchants.id)];
  if (input.page === 1) {
    // Page 1 and the total in one statement (the total a subquery computed once): a statement less per list.
    const rows = await db
      .select({ m: merchantColumns, total: sql<number>`(${counted})`.mapWith(Number) })
      .from(merchants)
      .where(cond)
      .orderBy(...ordered(false))
      .limit(input.pageSize);
    return { items: rows.map((r) => toMerchant(r.m)), total: rows[0]?.total ?? 0 };
  }
  const total = (await counted)[0]?.n ?? 0;
  const { reverse, offset, limit } = pageRead(total, input.page, input.pageSize);
  if (limit === 0) return { items: [], total };
  const rows = await db.select(merchantColumns).from(merchants).where(cond).orderBy(...ordered(reverse)).limit(limit).offset(offset);
  return { items: (reverse ? rows.reverse() : rows).map(toMerchant), total };
}

/**
 * One merchant by id in the caller's scope (an operator's own, a manager's verticals): merchants.mine, asked by every
 * operator's page, and merchants.byId. A lookup by primary key: prepared, one statement per kind of scope.
 */
const merchantOfOperator = preparedPerDb((db) =>
  db
    .select(merchantColumns)
    .from(merchants)
    .where(and(eq(merchants.id, sql.placeholder('id')), eq(merchants.id, sql.placeholder('merchantId'))))
    .limit(1)
    .prepare('merchant_of_operator'),
);
const merchantInVerticals = preparedPerDb((db) =>
  db
    .select(merchantColumns)
    .from(merchants)
    .where(and(eq(merchants.id, sql.placeholder('id')), inVerticals()))
    .limit(1)
    .prepare('merchant_in_verticals'),
);

export async function findMerchant(db: Db, id: string, scope: { verticals: readonly Vertical[] } | { merchantId: string }) {
  const [row] =
    'merchantId' in scope
      ? await merchantOfOperator(db).execute({ id, merchantId: scope.merchantId })
      : await merchantInVerticals(db).execute({ id, verticals: [...scope.verticals] });
  return row ? toMerchant(row) : null;
}

export type { MerchantListInput };

/** Stores whose name contains the text or whose id starts with it, by name; at most MERCHANT_LOOKUP_LIMIT. */
export async function lookupMerchants(db: Db, q: string): Promise<MerchantLookupItem[]> {
  const where = q ? or(ilike(merchants.name, likeContains(q)), ilike(merchants.id, `${escapeLike(q)}%`)) : undefined;
  return db
    .select({ id: merchants.id, name: merchants.name, vertical: merchants.vertical })
    .from(merchants)
    .where(where)
    .orderBy(asc(merchants.name), asc(merchants.id))
    .limit(MERCHANT_LOOKUP_LIMIT);
}
