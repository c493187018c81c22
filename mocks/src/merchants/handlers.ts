import {
  MERCHANT_LOOKUP_LIMIT,
  merchant,
  merchantByIdInput,
  merchantListInput,
  merchantListOutput,
  merchantLookupInput,
  merchantLookupOutput,
  noInput,
} from '@console/shared';
import type { AppRouter } from '@console/bff/router';
import { containsIgnoreCase, paginate, sortRows } from '../lib/list';
import { mock, type MockImpl, notFound } from '../trpc';

export const merchantsMocks = {
  /** The operator's own merchant. */
  mine: mock.operator.query(noInput, merchant, ({ ctx }) => {
    const found = ctx.store.data.merchants.find((m) => m.id === ctx.merchantId);
    if (!found) throw notFound();
    return found;
  }),

  /** Another merchant's id answers NOT_FOUND, never a hint that it exists. */
  byIdForOperator: mock.operator.query(merchantByIdInput, merchant, ({ ctx, input }) => {
    const found = ctx.store.data.merchants.find((m) => m.id === input.id && m.id === ctx.merchantId);
    if (!found) throw notFound();
    return found;
  }),

  /** Merchants of the manager's verticals only, filtered, searched, sorted and paged like the bff's query. */
  list: mock.manager.query(merchantListInput, merchantListOutput, ({ ctx, input }) => {
    const f = input.filters;
    const allowed = f.vertical?.length ? f.vertical.filter((v) => ctx.verticals.includes(v)) : ctx.verticals;
    const rows = ctx.store.data.merchants.filter(
      (m) =>
        allowed.includes(m.vertical) &&
        (f.crossBorder === undefined || m.crossBorder === f.crossBorder) &&
        (!f.serviceTier?.length || f.serviceTier.includes(m.serviceTier)) &&
        (!f.q || containsIgnoreCase(m.name, f.q)),
    );
    const sort = input.sort ?? { field: 'name', order: 'asc' as const };
    return paginate(
      sortRows(rows, (m) => m[sort.field], sort.order),
      input.page,
      input.pageSize,
    );
  }),

  byId: mock.manager.query(merchantByIdInput, merchant, ({ ctx, input }) => {
    const found = ctx.store.data.merchants.find((m) => m.id === input.id && ctx.verticals.includes(m.vertical));
    if (!found) throw notFound();
    return found;
  }),

  /** The admin's store picker: name contains or id starts with the text, by name, at most 20. */
  lookup: mock.admin.query(merchantLookupInput, merchantLookupOutput, ({ ctx, input }) => {
    const q = input.q.toLowerCase();
    const rows = ctx.store.data.merchants.filter((m) => !q || containsIgnoreCase(m.name, q) || m.id.toLowerCase().startsWith(q));
    return sortRows(rows, (m) => m.name, 'asc')
      .slice(0, MERCHANT_LOOKUP_LIMIT)
      .map(({ id, name, vertical }) => ({ id, name, vertical }));
  }),
} satisfies MockImpl<AppRouter>['merchants'];
