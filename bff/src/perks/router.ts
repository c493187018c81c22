import {
  createDraftInput,
  deleteDraftInput,
  deleteDraftOutput,
  diffOutput,
  perkMerchantListInput,
  perkMerchantListOutput,
  programmeInput,
  programmeOutput,
  programmeVersion,
  publishInput,
  saveDraftInput,
  saveDraftOutput,
  versionByNumberInput,
  versionDiffInput,
  versionListInput,
  versionListOutput,
} from '@console/shared';
import { authedProcedure, managerProcedure, operatorProcedure, router } from '../trpc';
import * as repo from './repo';

/**
 * Member perks (会员价值化): operators draft and publish their own merchant's programme; managers read the
 * programmes of their verticals' merchants (published versions only); nobody else sees any.
 */
export const perksRouter = router({
  /** The programme page: active version, scheduled ones, drafts (operators), the merchant's tier and members. */
  programme: authedProcedure
    .input(programmeInput)
    .output(programmeOutput)
    .query(async ({ ctx, input }) => {
      const scope = repo.perkScopeOf(ctx.user, input.merchantId);
      await repo.advanceProgrammesByDate(ctx.db, ctx.now());
      return repo.getProgramme(ctx.db, scope);
    }),

  versions: authedProcedure
    .input(versionListInput)
    .output(versionListOutput)
    .query(async ({ ctx, input }) => {
      const scope = repo.perkScopeOf(ctx.user, input.filters.merchantId);
      await repo.advanceProgrammesByDate(ctx.db, ctx.now());
      return repo.listVersions(ctx.db, scope, input);
    }),

  version: authedProcedure
    .input(versionByNumberInput)
    .output(programmeVersion)
    .query(async ({ ctx, input }) => {
      const scope = repo.perkScopeOf(ctx.user, input.merchantId);
      await repo.advanceProgrammesByDate(ctx.db, ctx.now());
      return repo.getVersion(ctx.db, scope, input.number);
    }),

  diff: authedProcedure
    .input(versionDiffInput)
    .output(diffOutput)
    .query(({ ctx, input }) => repo.diffVersions(ctx.db, repo.perkScopeOf(ctx.user, input.merchantId), input.from, input.to)),

  /** A manager's merchants and where their programmes stand. */
  merchants: managerProcedure
    .input(perkMerchantListInput)
    .output(perkMerchantListOutput)
    .query(async ({ ctx, input }) => {
      await repo.advanceProgrammesByDate(ctx.db, ctx.now());
      return repo.listProgrammeMerchants(ctx.db, ctx.verticals, input, ctx.now());
    }),

  createDraft: operatorProcedure
    .input(createDraftInput)
    .output(programmeVersion)
    .mutation(({ ctx, input }) => repo.createDraft(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input.from, ctx.now())),

  saveDraft: operatorProcedure
    .input(saveDraftInput)
    .output(saveDraftOutput)
    .mutation(({ ctx, input }) => repo.saveDraft(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.revision, input.content, ctx.now())),

  deleteDraft: operatorProcedure
    .input(deleteDraftInput)
    .output(deleteDraftOutput)
    .mutation(({ ctx, input }) => repo.deleteDraft(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.revision, ctx.now())),

  publish: operatorProcedure
    .input(publishInput)
    .output(programmeVersion)
    .mutation(({ ctx, input }) =>
      repo.publishDraft(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.revision, input.effectiveFrom, ctx.now()),
    ),
});
