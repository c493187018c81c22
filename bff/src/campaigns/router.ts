import {
  availabilityInput,
  availabilityOutput,
  brandDayCreateInput,
  brandDayEligibilityInput,
  brandDayUpdateInput,
  campaignActionInput,
  campaignApplication,
  campaignByIdInput,
  campaignDeleteOutput,
  campaignListInput,
  campaignListOutput,
  campaignReviewContext,
  campaignWithdrawInput,
  eligibility,
  promotionCreateInput,
  promotionEligibilityInput,
  promotionUpdateInput,
} from '@console/shared';
import { notFound } from '../review/errors';
import { scopeOf } from '../review/repo';
import { authedProcedure, managerProcedure, operatorProcedure, router } from '../trpc';
import * as repo from './repo';

/**
 * Campaign applications (活动报名): Brand Day (品牌日) and 618 / Double 11 registration (大促报名). Operators of
 * their own merchant write; managers of its vertical read and decide through `review.*`.
 */
export const campaignsRouter = router({
  list: operatorProcedure
    .input(campaignListInput)
    .output(campaignListOutput)
    .query(({ ctx, input }) => repo.listCampaigns(ctx.db, ctx.merchantId, input)),

  /** The operator of the merchant or a manager of its vertical; anyone else gets NOT_FOUND. */
  byId: authedProcedure
    .input(campaignByIdInput)
    .output(campaignApplication)
    .query(({ ctx, input }) => {
      const scope = scopeOf(ctx.user);
      if (!scope) throw notFound();
      return repo.getCampaign(ctx.db, input.id, scope, ctx.user.role === 'manager' ? 'manager' : 'operator');
    }),

  createBrandDay: operatorProcedure
    .input(brandDayCreateInput)
    .output(campaignApplication)
    .mutation(({ ctx, input }) => repo.createCampaign(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, { kind: 'brand_day', content: input }, ctx.now())),

  updateBrandDay: operatorProcedure
    .input(brandDayUpdateInput)
    .output(campaignApplication)
    .mutation(({ ctx, input }) => {
      const { id, version, ...content } = input;
      return repo.updateCampaign(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, id, version, { kind: 'brand_day', content }, ctx.now());
    }),

  createPromotion: operatorProcedure
    .input(promotionCreateInput)
    .output(campaignApplication)
    .mutation(({ ctx, input }) => repo.createCampaign(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, { kind: 'promotion', content: input }, ctx.now())),

  updatePromotion: operatorProcedure
    .input(promotionUpdateInput)
    .output(campaignApplication)
    .mutation(({ ctx, input }) => {
      const { id, version, ...content } = input;
      return repo.updateCampaign(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, id, version, { kind: 'promotion', content }, ctx.now());
    }),

  delete: operatorProcedure
    .input(campaignActionInput)
    .output(campaignDeleteOutput)
    .mutation(({ ctx, input }) => repo.deleteCampaignDraft(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.version, ctx.now())),

  /** Eligibility and the kind's rules first: an ineligible merchant gets the failing criteria as field errors. */
  submit: operatorProcedure
    .input(campaignActionInput)
    .output(campaignApplication)
    .mutation(({ ctx, input }) => repo.submitCampaign(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.version, 'submit', ctx.now())),

  /** After changes were requested, or after a decline (moved to another date). */
  resubmit: operatorProcedure
    .input(campaignActionInput)
    .output(campaignApplication)
    .mutation(({ ctx, input }) => repo.submitCampaign(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.version, 'resubmit', ctx.now())),

  withdraw: operatorProcedure
    .input(campaignWithdrawInput)
    .output(campaignApplication)
    .mutation(({ ctx, input }) =>
      repo.withdrawCampaign(ctx.db, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.version, input.reason || null, ctx.now()),
    ),

  /** The caller's own Brand Day eligibility, for a date or without one. */
  brandDayEligibility: operatorProcedure
    .input(brandDayEligibilityInput)
    .output(eligibility)
    .query(({ ctx, input }) => repo.brandDayEligibilityOf(ctx.db, ctx.merchantId, input.date, ctx.now())),

  promotionEligibility: operatorProcedure
    .input(promotionEligibilityInput)
    .output(eligibility)
    .query(({ ctx, input }) => repo.promotionEligibilityOf(ctx.db, ctx.merchantId, input.festival, input.year, ctx.now())),

  /** Free / taken / mine per day; never who holds a date. */
  availability: operatorProcedure
    .input(availabilityInput)
    .output(availabilityOutput)
    .query(({ ctx, input }) => repo.availability(ctx.db, ctx.merchantId, input.from, input.to, ctx.now())),

  /** For the review panel: eligibility at submission and now; a Brand Day's rivals for its date. */
  reviewContext: managerProcedure
    .input(campaignByIdInput)
    .output(campaignReviewContext)
    .query(({ ctx, input }) => repo.reviewContext(ctx.db, input.id, ctx.verticals, ctx.now())),
});
