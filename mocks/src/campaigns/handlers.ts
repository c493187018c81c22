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
import type { AppRouter } from '@console/bff/router';
import { TRPCError } from '@trpc/server';
import { mock, type MockImpl } from '../trpc';

/**
 * Campaigns have no hand-written mock: mock mode will run the bff's own router (issue "One implementation").
 * Until then these declarations only keep the mock router's type whole; every call answers NOT_IMPLEMENTED.
 */
const none = (): never => {
  throw new TRPCError({ code: 'NOT_IMPLEMENTED', message: 'errors.server' });
};

export const campaignsMocks = {
  list: mock.operator.query(campaignListInput, campaignListOutput, none),
  byId: mock.authed.query(campaignByIdInput, campaignApplication, none),
  createBrandDay: mock.operator.mutation(brandDayCreateInput, campaignApplication, none),
  updateBrandDay: mock.operator.mutation(brandDayUpdateInput, campaignApplication, none),
  createPromotion: mock.operator.mutation(promotionCreateInput, campaignApplication, none),
  updatePromotion: mock.operator.mutation(promotionUpdateInput, campaignApplication, none),
  delete: mock.operator.mutation(campaignActionInput, campaignDeleteOutput, none),
  submit: mock.operator.mutation(campaignActionInput, campaignApplication, none),
  resubmit: mock.operator.mutation(campaignActionInput, campaignApplication, none),
  withdraw: mock.operator.mutation(campaignWithdrawInput, campaignApplication, none),
  brandDayEligibility: mock.operator.query(brandDayEligibilityInput, eligibility, none),
  promotionEligibility: mock.operator.query(promotionEligibilityInput, eligibility, none),
  availability: mock.operator.query(availabilityInput, availabilityOutput, none),
  reviewContext: mock.manager.query(campaignByIdInput, campaignReviewContext, none),
} satisfies MockImpl<AppRouter>['campaigns'];
