import { type CalendarWindow, type Season, windowKindOf } from '@console/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useInvalidate } from '@refinedev/core';
import { useCallback } from 'react';
import { trpc } from '../providers/trpc';

/** The SS and AW launch windows of the marketing calendar (admins keep them as data). */
export function useLaunchWindows() {
  return useQuery({
    queryKey: ['calendar', 'launchWindows'],
    queryFn: () => trpc.calendar.list.query({ page: 1, pageSize: 100, sort: { field: 'startsOn', order: 'asc' }, filters: { kind: ['ss_launch', 'aw_launch'] } }),
    select: (page) => page.items,
    staleTime: 60_000,
  });
}

export function windowFor(windows: readonly CalendarWindow[] | undefined, season: Season | undefined, year: number | undefined) {
  if (!windows || !season || !year) return null;
  return windows.find((w) => w.kind === windowKindOf(season) && w.year === year && w.phase === null) ?? null;
}

/** The first window still open for submissions on `today` (YYYY-MM-DD): what a new draft starts with. */
export function nextOpenWindow(windows: readonly CalendarWindow[] | undefined, today: string) {
  return windows?.find((w) => w.phase === null && (w.submissionDeadline ?? w.endsOn) >= today) ?? null;
}

export const launchKey = (id: string) => ['launch', id] as const;

export function useLaunch(id: string | undefined) {
  return useQuery({ queryKey: launchKey(id ?? ''), queryFn: () => trpc.launches.byId.query({ id: id! }), enabled: !!id });
}

/** An application's timeline (every kind's), for useQuery and for the review panel's first visit (routes.tsx). */
export const timelineQuery = (id: string) => ({ queryKey: ['timeline', id], queryFn: () => trpc.review.timeline.query({ id }) });

export function useTimeline(id: string | undefined) {
  return useQuery({ ...timelineQuery(id ?? ''), enabled: !!id });
}

/** The review panel's summary of an application. */
export const reviewSummaryQuery = (id: string) => ({ queryKey: ['review', id], queryFn: () => trpc.review.get.query({ id }) });

/** After a change: the launch, its timeline, the lists and the counts that show it. */
export function useRefreshApplication() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  return useCallback(
    async (id: string) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: launchKey(id) }),
        queryClient.invalidateQueries({ queryKey: ['timeline', id] }),
        queryClient.invalidateQueries({ queryKey: ['review', id] }),
        queryClient.invalidateQueries({ queryKey: ['diff', id] }),
        queryClient.invalidateQueries({ queryKey: ['audit', 'trail', 'application', id] }),
        queryClient.invalidateQueries({ queryKey: ['home'] }),
        invalidate({ resource: 'launches', invalidates: ['list'] }),
        invalidate({ resource: 'reviews', invalidates: ['list'] }),
      ]);
    },
    [queryClient, invalidate],
  );
}
