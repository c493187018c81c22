import type { Festival } from '@console/shared';
import { useInvalidate } from '@refinedev/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { trpc } from '../providers/trpc';

export const campaignKey = (id: string) => ['campaign', id] as const;

export function useCampaign(id: string | undefined) {
  return useQuery({ queryKey: campaignKey(id ?? ''), queryFn: () => trpc.campaigns.byId.query({ id: id! }), enabled: !!id });
}

export function useBrandDayEligibility(date: string | null, enabled = true) {
  return useQuery({ queryKey: ['eligibility', 'brand_day', date], queryFn: () => trpc.campaigns.brandDayEligibility.query({ date }), enabled });
}

export function usePromotionEligibility(festival: Festival, year: number, enabled = true) {
  return useQuery({ queryKey: ['eligibility', festival, year], queryFn: () => trpc.campaigns.promotionEligibility.query({ festival, year }), enabled });
}

/** Free / taken / mine per day of a range; never who holds a date. */
export function useAvailability(from: string, to: string, enabled = true) {
  return useQuery({ queryKey: ['availability', from, to], queryFn: () => trpc.campaigns.availability.query({ from, to }), enabled, staleTime: 10_000 });
}

export function useReviewContext(id: string | undefined) {
  return useQuery({ queryKey: ['reviewContext', id], queryFn: () => trpc.campaigns.reviewContext.query({ id: id! }), enabled: !!id });
}

/**
 * After a change: the application, its timeline, the lists and the availability that show it. `keepPage` leaves the
 * application itself alone (a new version remounts its page, which would drop the errors it shows in place).
 */
export function useRefreshCampaign() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  return useCallback(
    async (id: string, opts: { keepPage?: boolean } = {}) => {
      await Promise.all([
        opts.keepPage ? undefined : queryClient.invalidateQueries({ queryKey: campaignKey(id) }),
        queryClient.invalidateQueries({ queryKey: ['timeline', id] }),
        queryClient.invalidateQueries({ queryKey: ['availability'] }),
        queryClient.invalidateQueries({ queryKey: ['eligibility'] }),
        invalidate({ resource: 'campaigns', invalidates: ['list'] }),
      ]);
    },
    [queryClient, invalidate],
  );
}
