import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { ServiceTier } from '../merchants/schema';
import { RATED_TIERS, TIER_METRICS } from './lists';
import type { Improvement, PeriodPreset, Ratio, ServiceEvent, ServiceStandardsContent, TierFigures, TierMetric, TierThresholds } from './schema';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The rules of the service SLA, once: the bff enforces them (in SQL where it counts), the web shows them. */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
/** "30-second response": a first response at exactly 30.000 s counts, 30.001 s does not. */
export const RATE_30S_MS = 30_000;
/** An hour is covered when at least this percentage of its conversations were answered within the standard. */
export const COVERED_HOUR_PERCENT = 80;
export const RESOLVED_WITHIN_MS = 24 * 3_600_000;
/** Satisfaction counts ratings at or above this as satisfied. */
export const SATISFIED_MIN_RATING = 4;

export const DEFAULT_STANDARDS: ServiceStandardsContent = {
  responseTimeSec: 60,
  thresholds: {
    gold: { coverage: 9900, rate30s: 9000, satisfaction: 9500, resolved24h: 9500, disputeRate: 50 },
    silver: { coverage: 9500, rate30s: 8000, satisfaction: 9000, resolved24h: 9000, disputeRate: 100 },
    standard: { coverage: 8500, rate30s: 6000, satisfaction: 8000, resolved24h: 8000, disputeRate: 200 },
  },
  trafficWeights: { gold: 15, silver: 8, standard: 0, below: -10 },
  note: '',
};

/** Best first. */
export const TIER_ORDER: readonly ServiceTier[] = ['gold', 'silver', 'standard', 'below'];
export const tierRank = (tier: ServiceTier) => TIER_ORDER.length - 1 - TIER_ORDER.indexOf(tier);
export const tierAtLeast = (tier: ServiceTier, min: ServiceTier) => tierRank(tier) >= tierRank(min);
export const nextTier = (tier: ServiceTier): ServiceTier | null => TIER_ORDER[TIER_ORDER.indexOf(tier) - 1] ?? null;

/** What the tier on the merchant record opens (Brand Day and Double 11 eligibility, the dedicated service line). */
export const TIER_REQUIREMENTS = { brandDay: 'silver', double11: 'standard', dedicatedServiceLine: 'gold' } as const satisfies Record<string, ServiceTier>;
export const dedicatedServiceLineAllowed = (tier: ServiceTier) => tierAtLeast(tier, TIER_REQUIREMENTS.dedicatedServiceLine);

export function ratioOf(count: number, total: number): Ratio {
  return { count, total, share: total > 0 ? count / total : null };
}

/** Milliseconds from start to first response, or null when there was none. */
export function responseMs(e: Pick<ServiceEvent, 'startedAt' | 'firstResponseAt'>): number | null {
  return e.firstResponseAt === null ? null : Date.parse(e.firstResponseAt) - Date.parse(e.startedAt);
}
export const within30s = (ms: number | null) => ms !== null && ms <= RATE_30S_MS;

export type HourState = 'covered' | 'missed' | 'noData';
/** An hour with no conversations is "no data": neither covered nor missed. Integer maths, so 80% is exactly 80%. */
export function hourState(conversations: number, withinStandard: number): HourState {
  if (conversations === 0) return 'noData';
  return withinStandard * 100 >= COVERED_HOUR_PERCENT * conversations ? 'covered' : 'missed';
}

/** A share meets a minimum in basis points, exactly; no data never meets one. */
export const meetsMin = (r: Ratio, bp: number) => r.total > 0 && r.count * 10_000 >= bp * r.total;
export const meetsMax = (r: Ratio, bp: number) => r.total > 0 && r.count * 10_000 <= bp * r.total;
const isMax = (m: TierMetric) => m === 'disputeRate';

export function unmetMetrics(figures: TierFigures, thresholds: TierThresholds): TierMetric[] {
  return TIER_METRICS.filter((m) => !(isMax(m) ? meetsMax(figures[m], thresholds[m]) : meetsMin(figures[m], thresholds[m])));
}

/** The best tier whose every threshold the figures meet; Below standard otherwise (no conversations included). */
export function tierFor(figures: TierFigures, standards: Pick<ServiceStandardsContent, 'thresholds'>): ServiceTier {
  for (const tier of RATED_TIERS) if (unmetMetrics(figures, standards.thresholds[tier]).length === 0) return tier;
  return 'below';
}

/** What the figures lack for `target`: each unmet metric with its current share and the threshold. */
export function improvementsFor(figures: TierFigures, standards: Pick<ServiceStandardsContent, 'thresholds'>, target: ServiceTier | null): Improvement[] {
  if (!target || target === 'below') return [];
  const thresholds = standards.thresholds[target];
  return unmetMetrics(figures, thresholds).map((metric) => ({ metric, current: figures[metric].share, required: thresholds[metric], atMost: isMax(metric) }));
}

export function trafficReward(standards: Pick<ServiceStandardsContent, 'trafficWeights'>, tier: ServiceTier) {
  const next = nextTier(tier);
  return { current: standards.trafficWeights[tier], next, nextWeight: next ? standards.trafficWeights[next] : null };
}

/** A stricter tier never asks less than a looser one, and never earns less traffic. Keys are form paths. */
export function standardsIssues(s: Pick<ServiceStandardsContent, 'thresholds' | 'trafficWeights'>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const pairs = [['gold', 'silver'], ['silver', 'standard']] as const;
  for (const [hi, lo] of pairs) {
    for (const m of TIER_METRICS) {
      const ok = isMax(m) ? s.thresholds[hi][m] <= s.thresholds[lo][m] : s.thresholds[hi][m] >= s.thresholds[lo][m];
      if (!ok) (out[`thresholds.${hi}.${m}`] ??= []).push(isMax(m) ? 'service.standardsLooserMax' : 'service.standardsLooser');
    }
  }
  const w = s.trafficWeights;
  if (w.gold < w.silver) (out['trafficWeights.gold'] ??= []).push('service.weightsOrder');
  if (w.silver < w.standard) (out['trafficWeights.silver'] ??= []).push('service.weightsOrder');
  if (w.standard < w.below) (out['trafficWeights.standard'] ??= []).push('service.weightsOrder');
  return out;
}

export interface EventIssue {
  /** 0-based index in the batch. */
  index: number;
  field: keyof ServiceEvent | null;
  key: string;
  params?: Record<string, string | number>;
}

/** Rules beyond the schema: times in order, each conversation once per batch. */
export function eventBatchIssues(events: readonly ServiceEvent[]): EventIssue[] {
  const issues: EventIssue[] = [];
  const seen = new Map<string, number>();
  events.forEach((e, index) => {
    const started = Date.parse(e.startedAt);
    const first = e.firstResponseAt === null ? null : Date.parse(e.firstResponseAt);
    const resolved = e.resolvedAt === null ? null : Date.parse(e.resolvedAt);
    if (first !== null && first < started) issues.push({ index, field: 'firstResponseAt', key: 'service.responseBeforeStart' });
    if (resolved !== null && resolved < (first ?? started)) issues.push({ index, field: 'resolvedAt', key: first !== null ? 'service.resolvedBeforeResponse' : 'service.resolvedBeforeStart' });
    const firstIndex = seen.get(e.conversationId);
    if (firstIndex !== undefined) issues.push({ index, field: 'conversationId', key: 'service.conversationDuplicate', params: { id: e.conversationId, row: firstIndex + 1 } });
    else seen.set(e.conversationId, index);
  });
  return issues;
}

/** YYYY-MM-DD of the Monday that starts the last week fully past at `now`, in `tz`. */
export function lastClosedWeekStart(now: Date, tz = DEFAULT_TIME_ZONE): string {
  const local = dayjs(now).tz(tz);
  const isoDow = local.day() === 0 ? 7 : local.day();
  return local.startOf('day').subtract(isoDow - 1 + 7, 'day').format('YYYY-MM-DD');
}

/** Today's date in `tz`. */
export const localDate = (now: Date, tz = DEFAULT_TIME_ZONE) => dayjs(now).tz(tz).format('YYYY-MM-DD');

/**
 * A preset period as local dates in the merchant's zone at `now`: `day` is yesterday, `week` the last closed week
 * (Monday to Sunday), `month` the last calendar month. A store in Tokyo has closed its week an hour before Shanghai.
 */
export function presetPeriod(preset: PeriodPreset, now: Date, tz = DEFAULT_TIME_ZONE): { from: string; to: string } {
  const today = dayjs.utc(localDate(now, tz));
  const date = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
  if (preset === 'day') return { from: date(today.subtract(1, 'day')), to: date(today.subtract(1, 'day')) };
  if (preset === 'week') {
    const monday = lastClosedWeekStart(now, tz);
    return { from: monday, to: date(dayjs.utc(monday).add(6, 'day')) };
  }
  const first = today.startOf('month').subtract(1, 'month');
  return { from: date(first), to: date(first.endOf('month')) };
}

/** `2026-03-01 14:05:09` (or with a `T`, seconds and fractions optional) read as a wall-clock time in `tz`; ISO instants with an offset as they are. */
export function parseLocalTime(text: string, tz = DEFAULT_TIME_ZONE): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(t);
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '0', frac = '0'] = m;
  const wall = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')} ${h!.padStart(2, '0')}:${mi}:${s.padStart(2, '0')}`;
  const parsed = dayjs.tz(wall, tz);
  if (!parsed.isValid() || parsed.tz(tz).format('YYYY-MM-DD HH:mm:ss') !== wall) return null;
  return new Date(parsed.valueOf() + Number(frac.padEnd(3, '0'))).toISOString();
}

// ---------------------------------------------------------------------------------------------------------
// First-response time from the hourly histogram

/**
 * Lower bounds (ms) of the first-response histogram kept per merchant and hour: 1 s wide up to 2 min, 10 s up to
 * 10 min, 1 min up to 1 h, 15 min up to 24 h, 1 h up to 7 days, then one open bucket. A response of `ms` counts in
 * the last bucket whose bound is ≤ ms (PostgreSQL's `width_bucket(ms, bounds)`), so medians and p90s come from a
 * few hundred counts per hour instead of every event, to the second where service leads read seconds.
 */
export const RESPONSE_BUCKETS_MS: readonly number[] = (() => {
  const bounds: number[] = [];
  const step = (from: number, to: number, width: number) => {
    for (let v = from; v < to; v += width) bounds.push(v);
  };
  step(0, 120_000, 1_000);
  step(120_000, 600_000, 10_000);
  step(600_000, 3_600_000, 60_000);
  step(3_600_000, 86_400_000, 900_000);
  step(86_400_000, 7 * 86_400_000, 3_600_000);
  bounds.push(7 * 86_400_000);
  return bounds;
})();

/** The lower bound of the bucket a response time falls in. */
export function responseBucketOf(ms: number): number {
  let lo = 0;
  let hi = RESPONSE_BUCKETS_MS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (RESPONSE_BUCKETS_MS[mid]! <= ms) lo = mid;
    else hi = mid - 1;
  }
  return RESPONSE_BUCKETS_MS[lo]!;
}

const bucketWidth = (lower: number) => {
  const i = RESPONSE_BUCKETS_MS.indexOf(lower);
  const next = RESPONSE_BUCKETS_MS[i + 1];
  return next === undefined ? 0 : next - lower;
};

/**
 * The q-quantile (0.5 = median, 0.9 = p90) in ms of a response-time histogram (`[bucket lower bound, count]`, any
 * order): PostgreSQL's percentile_cont over the responses as the histogram remembers them, the n responses of a
 * bucket at its lower bound plus k/n of its width (k = 0 … n−1). So a lone response per bucket reads exactly
 * (whole seconds under 2 min), several in one bucket spread over it, and a quantile never leaves the buckets
 * around its position. Null when nothing was answered.
 */
export function histogramQuantile(buckets: readonly (readonly [number, number])[], q: number): number | null {
  const sorted = buckets.filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const position = q * (total - 1);
  const below = Math.floor(position);
  /** The response at 0-based rank `rank` as remembered. */
  const at = (rank: number) => {
    let before = 0;
    for (const [lower, n] of sorted) {
      if (rank < before + n) return lower + (bucketWidth(lower) * (rank - before)) / n;
      before += n;
    }
    return sorted[sorted.length - 1]![0];
  };
  const low = at(below);
  return position === below ? low : low + (at(below + 1) - low) * (position - below);
}

/** Median and p90 of a histogram in seconds (to the millisecond), with how many responses they are read from. */
export function firstResponseOf(buckets: readonly (readonly [number, number])[]) {
  const answered = buckets.reduce((s, [, n]) => s + n, 0);
  const sec = (ms: number | null) => (ms === null ? null : Math.round(ms) / 1000);
  return { answered, medianSec: sec(histogramQuantile(buckets, 0.5)), p90Sec: sec(histogramQuantile(buckets, 0.9)) };
}
