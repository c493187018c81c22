import { describe, expect, it } from 'vitest';
import {
  firstResponseOf,
  histogramQuantile,
  RESPONSE_BUCKETS_MS,
  responseBucketOf,
  DEFAULT_STANDARDS,
  dedicatedServiceLineAllowed,
  eventBatchIssues,
  hourState,
  improvementsFor,
  lastClosedWeekStart,
  presetPeriod,
  nextTier,
  parseLocalTime,
  ratioOf,
  responseMs,
  standardsIssues,
  tierAtLeast,
  tierFor,
  trafficReward,
  within30s,
} from './rules';
import { type ServiceEvent, type TierFigures, serviceEvent, serviceStandardsContent } from './schema';

const ev = (o: Partial<ServiceEvent> = {}): ServiceEvent => ({
  conversationId: 'c1',
  channel: 'chat',
  startedAt: '2026-03-02T01:00:00.000Z',
  firstResponseAt: '2026-03-02T01:00:10.000Z',
  resolvedAt: null,
  satisfaction: null,
  dispute: false,
  ...o,
});

describe('30-second response', () => {
  it('counts 30.000 s and not 30.001 s', () => {
    expect(within30s(responseMs(ev({ firstResponseAt: '2026-03-02T01:00:30.000Z' })))).toBe(true);
    expect(within30s(responseMs(ev({ firstResponseAt: '2026-03-02T01:00:30.001Z' })))).toBe(false);
    expect(within30s(responseMs(ev({ firstResponseAt: null })))).toBe(false);
  });
});

describe('covered hour', () => {
  it('is covered at exactly 80% answered within the standard, missed just below, no data when empty', () => {
    expect(hourState(5, 4)).toBe('covered');
    expect(hourState(10, 8)).toBe('covered');
    expect(hourState(10, 7)).toBe('missed');
    expect(hourState(1000, 799)).toBe('missed');
    expect(hourState(1, 1)).toBe('covered');
    expect(hourState(1, 0)).toBe('missed');
    expect(hourState(0, 0)).toBe('noData');
  });
});

const figuresAt = (o: Partial<Record<keyof TierFigures, [number, number]>>): TierFigures => {
  const g = DEFAULT_STANDARDS.thresholds.gold;
  // Exactly at Gold by default: 10000 conversations, counts at each threshold.
  const at = (bp: number): [number, number] => [bp, 10_000];
  const all = { coverage: at(g.coverage), rate30s: at(g.rate30s), satisfaction: at(g.satisfaction), resolved24h: at(g.resolved24h), disputeRate: at(g.disputeRate), ...o };
  return Object.fromEntries(Object.entries(all).map(([k, [c, t]]) => [k, ratioOf(c, t)])) as TierFigures;
};

describe('tier evaluation', () => {
  it('gives Gold exactly at every Gold threshold', () => {
    expect(tierFor(figuresAt({}), DEFAULT_STANDARDS)).toBe('gold');
  });
  it('drops one tier when one figure is one step under a threshold, at each tier', () => {
    const t = DEFAULT_STANDARDS.thresholds;
    expect(tierFor(figuresAt({ coverage: [t.gold.coverage - 1, 10_000] }), DEFAULT_STANDARDS)).toBe('silver');
    expect(tierFor(figuresAt({ rate30s: [t.gold.rate30s - 1, 10_000] }), DEFAULT_STANDARDS)).toBe('silver');
    expect(tierFor(figuresAt({ disputeRate: [t.gold.disputeRate + 1, 10_000] }), DEFAULT_STANDARDS)).toBe('silver');
    expect(tierFor(figuresAt({ satisfaction: [t.silver.satisfaction, 10_000] }), DEFAULT_STANDARDS)).toBe('silver');
    expect(tierFor(figuresAt({ satisfaction: [t.silver.satisfaction - 1, 10_000] }), DEFAULT_STANDARDS)).toBe('standard');
    expect(tierFor(figuresAt({ resolved24h: [t.standard.resolved24h, 10_000] }), DEFAULT_STANDARDS)).toBe('standard');
    expect(tierFor(figuresAt({ resolved24h: [t.standard.resolved24h - 1, 10_000] }), DEFAULT_STANDARDS)).toBe('below');
    expect(tierFor(figuresAt({ disputeRate: [t.standard.disputeRate + 1, 10_000] }), DEFAULT_STANDARDS)).toBe('below');
  });
  it('puts a merchant with no conversations Below standard', () => {
    expect(tierFor(figuresAt({ coverage: [0, 0], rate30s: [0, 0], satisfaction: [0, 0], resolved24h: [0, 0], disputeRate: [0, 0] }), DEFAULT_STANDARDS)).toBe('below');
  });
  it('names what the next tier needs', () => {
    const f = figuresAt({ rate30s: [8500, 10_000], disputeRate: [80, 10_000] });
    expect(tierFor(f, DEFAULT_STANDARDS)).toBe('silver');
    expect(improvementsFor(f, DEFAULT_STANDARDS, nextTier('silver'))).toEqual([
      { metric: 'rate30s', current: 0.85, required: 9000, atMost: false },
      { metric: 'disputeRate', current: 0.008, required: 50, atMost: true },
    ]);
    expect(improvementsFor(f, DEFAULT_STANDARDS, nextTier('gold'))).toEqual([]);
  });
});

describe('tiers, perks and traffic', () => {
  it('orders tiers and opens the perks from the tier on the record', () => {
    expect(tierAtLeast('silver', 'silver')).toBe(true);
    expect(tierAtLeast('standard', 'silver')).toBe(false);
    expect(tierAtLeast('gold', 'below')).toBe(true);
    expect(dedicatedServiceLineAllowed('gold')).toBe(true);
    expect(dedicatedServiceLineAllowed('silver')).toBe(false);
    expect(nextTier('below')).toBe('standard');
    expect(nextTier('gold')).toBeNull();
  });
  it('gives the traffic weight of the tier and of the next one', () => {
    expect(trafficReward(DEFAULT_STANDARDS, 'silver')).toEqual({ current: 8, next: 'gold', nextWeight: 15 });
    expect(trafficReward(DEFAULT_STANDARDS, 'below')).toEqual({ current: -10, next: 'standard', nextWeight: 0 });
    expect(trafficReward(DEFAULT_STANDARDS, 'gold')).toEqual({ current: 15, next: null, nextWeight: null });
  });
});

describe('standards', () => {
  it('accepts the defaults and refuses a looser higher tier or upside-down weights', () => {
    expect(standardsIssues(DEFAULT_STANDARDS)).toEqual({});
    const s = structuredClone(DEFAULT_STANDARDS);
    s.thresholds.gold.coverage = s.thresholds.silver.coverage - 1;
    s.thresholds.silver.disputeRate = s.thresholds.standard.disputeRate + 1;
    s.trafficWeights.standard = -20;
    expect(standardsIssues(s)).toEqual({
      'thresholds.gold.coverage': ['service.standardsLooser'],
      'thresholds.silver.disputeRate': ['service.standardsLooserMax'],
      'trafficWeights.standard': ['service.weightsOrder'],
    });
    // Equal thresholds are allowed.
    s.thresholds.gold.coverage = s.thresholds.silver.coverage;
    expect(standardsIssues(s)).not.toHaveProperty(['thresholds.gold.coverage']);
  });
  it('takes only response times of the ladder', () => {
    expect(serviceStandardsContent.safeParse({ ...DEFAULT_STANDARDS, responseTimeSec: 45 }).success).toBe(true);
    expect(serviceStandardsContent.safeParse({ ...DEFAULT_STANDARDS, responseTimeSec: 50 }).success).toBe(false);
  });
});

describe('events', () => {
  it('validates channel, satisfaction and times', () => {
    expect(serviceEvent.safeParse(ev({ satisfaction: 5 })).success).toBe(true);
    expect(serviceEvent.safeParse({ ...ev(), satisfaction: 0 }).error?.issues[0]?.message).toBe('service.satisfactionRange');
    expect(serviceEvent.safeParse({ ...ev(), satisfaction: 6 }).success).toBe(false);
    expect(serviceEvent.safeParse({ ...ev(), channel: 'fax' }).error?.issues[0]?.message).toBe('service.channelUnknown');
    expect(serviceEvent.safeParse({ ...ev(), merchantId: 'm_other' }).success).toBe(false);
  });
  it('finds times out of order and a conversation twice in one batch', () => {
    const issues = eventBatchIssues([
      ev({ conversationId: 'a' }),
      ev({ conversationId: 'b', firstResponseAt: '2026-03-02T00:59:59.999Z' }),
      ev({ conversationId: 'c', resolvedAt: '2026-03-02T01:00:05.000Z' }),
      ev({ conversationId: 'a' }),
    ]);
    expect(issues).toEqual([
      { index: 1, field: 'firstResponseAt', key: 'service.responseBeforeStart' },
      { index: 2, field: 'resolvedAt', key: 'service.resolvedBeforeResponse' },
      { index: 3, field: 'conversationId', key: 'service.conversationDuplicate', params: { id: 'a', row: 1 } },
    ]);
    expect(eventBatchIssues([ev({ firstResponseAt: '2026-03-02T01:00:00.000Z' })])).toEqual([]);
  });
});

describe('time in the merchant’s zone', () => {
  it('reads wall-clock times in Asia/Shanghai and instants as they are', () => {
    expect(parseLocalTime('2026-03-02 00:00:00')).toBe('2026-03-01T16:00:00.000Z');
    expect(parseLocalTime('2026/3/2 8:05')).toBe('2026-03-02T00:05:00.000Z');
    expect(parseLocalTime('2026-03-02 00:00:30.001')).toBe('2026-03-01T16:00:30.001Z');
    expect(parseLocalTime('2026-03-02T00:00:00Z')).toBe('2026-03-02T00:00:00.000Z');
    expect(parseLocalTime('2026-02-30 10:00:00')).toBeNull();
    expect(parseLocalTime('yesterday')).toBeNull();
  });
  it('closes a week on Monday 00:00 local time', () => {
    // Monday 2026-03-09 00:00 in Shanghai is Sunday 16:00 UTC.
    expect(lastClosedWeekStart(new Date('2026-03-08T15:59:59Z'))).toBe('2026-02-23');
    expect(lastClosedWeekStart(new Date('2026-03-08T16:00:00Z'))).toBe('2026-03-02');
    expect(lastClosedWeekStart(new Date('2026-03-15T15:59:59Z'))).toBe('2026-03-02');
  });
});

describe('first-response time from the hourly histogram', () => {
  it('puts a response in the bucket whose lower bound it reaches: 1 s up to 2 min, then 10 s, 1 min, 15 min, 1 h', () => {
    expect(responseBucketOf(0)).toBe(0);
    expect(responseBucketOf(29_999)).toBe(29_000);
    expect(responseBucketOf(30_000)).toBe(30_000);
    expect(responseBucketOf(119_999)).toBe(119_000);
    expect(responseBucketOf(120_000)).toBe(120_000);
    expect(responseBucketOf(129_999)).toBe(120_000);
    expect(responseBucketOf(599_999)).toBe(590_000);
    expect(responseBucketOf(600_000)).toBe(600_000);
    expect(responseBucketOf(3_599_999)).toBe(3_540_000);
    expect(responseBucketOf(3_600_000)).toBe(3_600_000);
    expect(responseBucketOf(86_400_000)).toBe(86_400_000);
    expect(responseBucketOf(7 * 86_400_000 - 1)).toBe(7 * 86_400_000 - 3_600_000);
    expect(responseBucketOf(30 * 86_400_000)).toBe(7 * 86_400_000);
    expect(RESPONSE_BUCKETS_MS.length).toBeLessThan(500);
  });
  it('reads percentile_cont exactly for whole seconds, one response per bucket', () => {
    const h: [number, number][] = [10, 20, 30, 40, 50].map((s) => [s * 1000, 1]);
    expect(histogramQuantile(h, 0.5)).toBe(30_000);
    expect(histogramQuantile(h, 0.9)).toBe(46_000);
    expect(firstResponseOf(h)).toEqual({ answered: 5, medianSec: 30, p90Sec: 46 });
  });
  it('spreads the responses of one bucket over it, and never reads past it', () => {
    // 30.000 s and 30.001 s: both in [30 s, 31 s), remembered as 30.0 and 30.5.
    expect(firstResponseOf([[30_000, 2]])).toEqual({ answered: 2, medianSec: 30.25, p90Sec: 30.45 });
    expect(histogramQuantile([[30_000, 1000]], 1)).toBeLessThan(31_000);
    expect(histogramQuantile([[7 * 86_400_000, 3]], 0.9)).toBe(7 * 86_400_000);
  });
  it('has nothing to say without answered conversations', () => {
    expect(firstResponseOf([])).toEqual({ answered: 0, medianSec: null, p90Sec: null });
    expect(histogramQuantile([[1000, 0]], 0.5)).toBeNull();
  });
});

describe('preset periods, in the merchant’s zone', () => {
  // 2026-11-29 15:30 UTC: Sunday 23:30 in Shanghai, already Monday 00:30 in Tokyo.
  const now = new Date('2026-11-29T15:30:00Z');
  it('the last closed week ends on the Sunday before the local Monday', () => {
    expect(presetPeriod('week', now, 'Asia/Shanghai')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(presetPeriod('week', now, 'Asia/Tokyo')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });
  it('yesterday and last month are local too', () => {
    expect(presetPeriod('day', now, 'Asia/Shanghai')).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    expect(presetPeriod('day', now, 'Asia/Tokyo')).toEqual({ from: '2026-11-29', to: '2026-11-29' });
    // 2026-11-30 16:30 UTC is 1 December in Shanghai: last month is November there, October in London.
    const turn = new Date('2026-11-30T16:30:00Z');
    expect(presetPeriod('month', turn, 'Asia/Shanghai')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetPeriod('month', turn, 'Europe/London')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });
});
