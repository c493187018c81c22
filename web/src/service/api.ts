import { DEFAULT_TIME_ZONE, localDate } from '@console/shared';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { trpc } from '../providers/trpc';

export type PeriodKind = 'day' | 'week' | 'month' | 'custom';
export interface Period {
  from: string;
  to: string;
}

/** The preset periods, as local dates in the merchant's zone: yesterday, the last closed week, the last month. */
export function presetPeriod(kind: Exclude<PeriodKind, 'custom'>, now = new Date(), tz = DEFAULT_TIME_ZONE): Period {
  const today = dayjs(localDate(now, tz));
  if (kind === 'day') {
    const d = today.subtract(1, 'day').format('YYYY-MM-DD');
    return { from: d, to: d };
  }
  if (kind === 'week') {
    const monday = today.subtract((today.day() + 6) % 7, 'day');
    return { from: monday.subtract(7, 'day').format('YYYY-MM-DD'), to: monday.subtract(1, 'day').format('YYYY-MM-DD') };
  }
  const first = today.startOf('month').subtract(1, 'month');
  return { from: first.format('YYYY-MM-DD'), to: first.endOf('month').format('YYYY-MM-DD') };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The period in the address (`?period=week`, or `?from=…&to=…`), the last closed week by default. */
export function usePeriod() {
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const kindParam = params.get('period') as PeriodKind | null;
  const kind: PeriodKind = from && to && DATE.test(from) && DATE.test(to) ? 'custom' : kindParam && kindParam !== 'custom' ? kindParam : 'week';
  const period = kind === 'custom' ? { from: from!, to: to! } : presetPeriod(kind);
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

export const dashboardKey = (merchantId: string | undefined, period: Period) => ['service', 'dashboard', merchantId ?? 'mine', period.from, period.to] as const;

export function useDashboard(merchantId: string | undefined, period: Period) {
  return useQuery({
    queryKey: dashboardKey(merchantId, period),
    queryFn: () => trpc.service.dashboard.query({ ...(merchantId ? { merchantId } : {}), period }),
    placeholderData: (previous) => previous,
  });
}
