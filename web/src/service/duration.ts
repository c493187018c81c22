import type { TFunction } from 'i18next';

/** A response time in seconds as a person reads it: "45 s" under 2 min, "5.5 min" under an hour, then "1.5 h". */
export function formatDuration(t: TFunction, v: number | null): string {
  if (v === null) return '—';
  if (v >= 3600) return t('service.hours', { value: Number((v / 3600).toFixed(1)) });
  if (v >= 120) return t('service.minutes', { value: Number((v / 60).toFixed(1)) });
  return t('service.seconds', { value: Number(v.toFixed(1)) });
}
