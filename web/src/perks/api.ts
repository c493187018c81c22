import { earlyAccessOffers, type ProgrammeContent } from '@console/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { trpc } from '../providers/trpc';

/** The programme of the operator's own merchant (no id) or of a merchant a manager reads. */
export function useProgramme(merchantId?: string) {
  return useQuery({ queryKey: ['perks', 'programme', merchantId ?? 'mine'], queryFn: () => trpc.perks.programme.query(merchantId ? { merchantId } : {}) });
}

export function useVersions(merchantId?: string) {
  return useQuery({
    queryKey: ['perks', 'versions', merchantId ?? 'mine'],
    queryFn: () => trpc.perks.versions.query({ pageSize: 100, filters: merchantId ? { merchantId } : {} }),
  });
}

export function useVersion(number: number | null, merchantId?: string) {
  return useQuery({
    queryKey: ['perks', 'version', merchantId ?? 'mine', number],
    queryFn: () => trpc.perks.version.query({ number: number!, ...(merchantId ? { merchantId } : {}) }),
    enabled: number !== null,
  });
}

export function useDiff(from: number | null, to: number | null, merchantId?: string) {
  return useQuery({
    queryKey: ['perks', 'diff', merchantId ?? 'mine', from, to],
    queryFn: () => trpc.perks.diff.query({ from: from!, to: to!, ...(merchantId ? { merchantId } : {}) }),
    enabled: from !== null && to !== null && from !== to,
  });
}

/** After a write: everything perks shows is read again. */
export function useRefreshPerks() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['perks'] }), [queryClient]);
}

/** Reads and writes a value in the programme by its dotted path (`tiers.T2.coupon.value`). */
export function getAt(c: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), c);
}
export function setAt(c: ProgrammeContent, path: string, value: unknown): ProgrammeContent {
  const copy = structuredClone(c);
  const keys = path.split('.');
  let target = copy as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return copy;
}

/**
 * What a launch's member early access may offer: the tiers of the operator's active programme that have early
 * access, with their hours; null while loading or when no programme is active (the launch form then offers every tier).
 */
export function useEarlyAccessOffers() {
  const query = useQuery({ queryKey: ['perks', 'programme', 'mine'], queryFn: () => trpc.perks.programme.query({}), staleTime: 60_000 });
  const active = query.data?.active;
  // The same array while the programme is the same: the launch form's rules are memoised on it.
  return useMemo(() => (active ? earlyAccessOffers(active.content) : null), [active]);
}
