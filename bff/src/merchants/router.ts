import {
  merchant,
  merchantByIdInput,
  merchantListInput,
  merchantListOutput,
  merchantLookupInput,
  merchantLookupOutput,
  noInput,
} from '@console/shared';
import { TRPCError } from '@trpc/server';
import { adminProcedure, managerProcedure, operatorProcedure, router } from '../trpc';
import * as repo from './repo';

const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });

export const merchantsRouter = router({
  /** The operator's own merchant. */
  mine: operatorProcedure
    .input(noInput)
    .output(merchant)
    .query(async ({ ctx }) => {
      const found = await repo.findMerchant(ctx.db, ctx.merchantId, { merchantId: ctx.merchantId });
      if (!found) throw notFound();
      return found;
    }),

  /** An operator asking by id gets their own merchant or NOT_FOUND, never a hint that another exists. */
  byIdForOperator: operatorProcedure
    .input(merchantByIdInput)
    .output(merchant)
    .query(async ({ ctx, input }) => {
      const found = await repo.findMerchant(ctx.db, input.id, { merchantId: ctx.merchantId });
      if (!found) throw notFound();
      return found;
    }),

  list: managerProcedure
    .input(merchantListInput)
    .output(merchantListOutput)
    .query(({ ctx, input }) => repo.listMerchants(ctx.db, ctx.verticals, input)),

  byId: managerProcedure
    .input(merchantByIdInput)
    .output(merchant)
    .query(async ({ ctx, input }) => {
      const found = await repo.findMerchant(ctx.db, input.id, { verticals: ctx.verticals });
      if (!found) throw notFound();
      return found;
    }),

  /** For the admin's store picker: every vertical, names and ids only. */
  lookup: adminProcedure
    .input(merchantLookupInput)
    .output(merchantLookupOutput)
    .query(({ ctx, input }) => repo.lookupMerchants(ctx.db, input.q)),
});
