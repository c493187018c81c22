import type { PeriodPreset } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { trpc } from '../providers/trpc';

export type PeriodKind = 'day' | 'week' | 'month' | 'custom';
export interface Period {
  from: string;
  to: string;
}
/** What the dashboard asks for: dates, or a preset. */
export type PeriodRequest = Period | { preset: PeriodPreset };
const periodKey = (p: PeriodRequest) => ('preset' in p ? [p.preset] : [p.from, p.to]);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// The presets by value, typed by shared's enum: importing shared's PERIOD_PRESETS would bring its zod schemas into the
// dashboard's chunk (+28 KB gzip).
const PRESETS: readonly PeriodPreset[] = ['day', 'week', 'month'];
/** The period in the address (`?period=week`, or `?from=…&to=…`), the last closed week by default. */
export function usePeriod() {
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const kindParam = params.get('period') as PeriodKind | null;
  const kind: PeriodKind = from && to && DATE.test(from) && DATE.test(to) ? 'custom' : kindParam && PRESETS.includes(kindParam as PeriodPreset) ? kindParam : 'week';
  // A preset is dated by the bff in the store's own zone; the answer says which dates it took.
  const period: PeriodRequest = kind === 'custom' ? { from: from!, to: to! } : { preset: kind };
  const setPeriod = (next: { kind: Exclude<PeriodKind, 'custom'> } | Period) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        p.delete('from');
        p.delete('to');
        p.delete('period');
        if ('kind' in next) p.set('period', next.kind);
        else {
          p.set('from', next.from);
          p.set('to', next.to);
        }
        return p;
      },
      { replace: true },
    );
  return { kind, period, setPeriod };
}

export const dashboardKey = (merchantId: string | undefined, period: PeriodRequest) => ['service', 'dashboard', merchantId ?? 'mine', ...periodKey(period)] as const;

export function useDashboard(merchantId: string | undefined, period: PeriodRequest) {
  return useQuery({
    queryKey: dashboardKey(merchantId, period),
    queryFn: () => trpc.service.dashboard.query({ ...(merchantId ? { merchantId } : {}), period }),
    placeholderData: (previous) => previous,
  });
}
