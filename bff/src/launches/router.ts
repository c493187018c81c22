import {
  launch,
  launchActionInput,
  launchByIdInput,
  launchCreateInput,
  launchDeleteOutput,
  launchListInput,
  launchListOutput,
  launchUpdateInput,
  launchWithdrawInput,
} from '@console/shared';
import { notFound } from '../review/errors';
import { scopeOf } from '../review/repo';
import { authedProcedure, operatorProcedure, router } from '../trpc';
import * as repo from './repo';

/** Seasonal launches (上新): operators of their own merchant write; managers of its vertical read. */
export const launchesRouter = router({
  list: operatorProcedure
    .input(launchListInput)
    .output(launchListOutput)
    .query(async ({ ctx, input }) => {
      await repo.advanceLaunchesByDate(ctx.db, ctx.now());
      return repo.listLaunches(ctx.db, ctx.merchantId, input);
    }),

  /** The operator of the merchant or a manager of its vertical; anyone else gets NOT_FOUND. */
  byId: authedProcedure
    .input(launchByIdInput)
    .output(launch)
    .query(async ({ ctx, input }) => {
      const scope = scopeOf(ctx.user);
      if (!scope) throw notFound();
      await repo.advanceLaunchesByDate(ctx.db, ctx.now());
      return repo.getLaunch(ctx.db, input.id, scope, ctx.user.role === 'manager' ? 'manager' : 'operator');
    }),

  /** A new draft; drafts may be incomplete, the launch rules apply on submit. */
  create: operatorProcedure
    .input(launchCreateInput)
    .output(launch)
    .mutation(({ ctx, input }) => repo.createLaunch(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input, ctx.now())),

  update: operatorProcedure
    .input(launchUpdateInput)
    .output(launch)
    .mutation(({ ctx, input }) => {
      const { id, version, ...content } = input;
      return repo.updateLaunch(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, id, version, content, ctx.now());
    }),

  delete: operatorProcedure
    .input(launchActionInput)
    .output(launchDeleteOutput)
    .mutation(({ ctx, input }) => repo.deleteDraft(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.version, ctx.now())),

  submit: operatorProcedure
    .input(launchActionInput)
    .output(launch)
    .mutation(({ ctx, input }) => repo.submitLaunch(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.version, 'submit', ctx.now())),

  resubmit: operatorProcedure
    .input(launchActionInput)
    .output(launch)
    .mutation(({ ctx, input }) => repo.submitLaunch(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.version, 'resubmit', ctx.now())),

  withdraw: operatorProcedure
    .input(launchWithdrawInput)
    .output(launch)
    .mutation(({ ctx, input }) =>
      repo.withdrawLaunch(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.version, input.reason || null, ctx.now()),
    ),
});
