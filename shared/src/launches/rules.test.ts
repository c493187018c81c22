import { describe, expect, it } from 'vitest';
import { diffLaunchContent } from './diff';
import { LAUNCH_RULES, earliestLaunchDate, earlyAccessIssues, type Issue, launchStatesByDate, launchSubmitIssues, launchSummaryIssues, type SubmitContext, toFieldErrors } from './rules';
import type { LaunchContent, Sku } from './schema';

const sku = (i: number, over: Partial<Sku> = {}): Sku => ({
  code: `SS27-${i}`,
  name: `连衣裙 ${i}`,
  listPrice: 59900,
  launchPrice: 49900,
  stock: 100,
  imageUrl: `https://img.example.com/${i}.jpg`,
  ...over,
});
const skus = (n: number) => Array.from({ length: n }, (_, i) => sku(i));

// Submitted on Monday 2026-03-02 at 10:00 China time; the SS window runs 2026-02-15..2026-04-30, deadline 2026-04-10.
const now = new Date('2026-03-02T02:00:00Z');
const ctx: SubmitContext = { now, window: { startsOn: '2026-02-15', endsOn: '2026-04-30', submissionDeadline: '2026-04-10' } };
const content = (over: Partial<LaunchContent> = {}): LaunchContent => ({
  season: 'SS',
  year: 2026,
  title: '春日花园系列',
  launchDate: '2026-03-20',
  story: '以花园为灵感',
  channels: ['online_store', 'app_push'],
  earlyAccess: { tier: 'T2', hours: 24 },
  skus: skus(5),
  ...over,
});
const keysAt = (issues: Issue[], path: string) => issues.filter((i) => i.path === path).map((i) => i.key);

describe('member early access against the active programme', () => {
  // The programme gives T2 12 hours and T3 48 hours; T1 none.
  const offers = [
    { tier: 'T2' as const, hours: 12 },
    { tier: 'T3' as const, hours: 48 },
  ];

  it('passes a tier the programme offers with exactly its hours', () => {
    expect(earlyAccessIssues({ tier: 'T2', hours: 12 }, offers)).toEqual([]);
    expect(earlyAccessIssues({ tier: 'T3', hours: 48 }, offers)).toEqual([]);
  });

  it('refuses hours one more or one less than the tier gets, on the hours field', () => {
    expect(earlyAccessIssues({ tier: 'T2', hours: 13 }, offers)).toEqual([
      { path: 'earlyAccess.hours', key: 'launches.earlyAccessHoursNotOffered', params: { tier: 'T2', hours: 12 } },
    ]);
    expect(earlyAccessIssues({ tier: 'T2', hours: 11 }, offers).map((i) => i.path)).toEqual(['earlyAccess.hours']);
  });

  it('refuses a tier the programme gives no early access, on the tier field, naming what it offers', () => {
    expect(earlyAccessIssues({ tier: 'T1', hours: 12 }, offers)).toEqual([
      { path: 'earlyAccess.tier', key: 'launches.earlyAccessTierNotOffered', params: { tier: 'T1', offered: 'T2 / T3' } },
    ]);
  });

  it('refuses any early access when the programme gives none', () => {
    expect(earlyAccessIssues({ tier: 'T3', hours: 24 }, [])).toEqual([{ path: 'earlyAccess.tier', key: 'launches.earlyAccessNoneOffered', params: { tier: 'T3' } }]);
  });

  it('passes no early access, and anything when the merchant runs no programme', () => {
    expect(earlyAccessIssues(null, [])).toEqual([]);
    expect(earlyAccessIssues({ tier: 'T1', hours: 168 }, null)).toEqual([]);
  });

  it('is part of the submit rules when the offers are given', () => {
    expect(keysAt(launchSubmitIssues(content({ earlyAccess: { tier: 'T2', hours: 24 } }), { ...ctx, earlyAccessOffers: offers }), 'earlyAccess.hours')).toEqual([
      'launches.earlyAccessHoursNotOffered',
    ]);
    expect(launchSubmitIssues(content({ earlyAccess: { tier: 'T2', hours: 12 } }), { ...ctx, earlyAccessOffers: offers })).toEqual([]);
  });
});

describe('launch submit rules', () => {
  it('accepts a complete launch', () => {
    expect(launchSubmitIssues(content(), ctx)).toEqual([]);
  });

  it('needs 5 to 500 SKUs', () => {
    expect(keysAt(launchSubmitIssues(content({ skus: skus(4) }), ctx), 'skus')).toEqual(['launches.skusTooFew']);
    expect(keysAt(launchSubmitIssues(content({ skus: skus(5) }), ctx), 'skus')).toEqual([]);
    expect(keysAt(launchSubmitIssues(content({ skus: skus(500) }), ctx), 'skus')).toEqual([]);
    const tooMany = launchSubmitIssues(content({ skus: skus(501) }), ctx);
    expect(tooMany).toEqual([{ path: 'skus', key: 'launches.skusTooMany', params: { max: 500, count: 501 } }]);
  });

  it('needs the launch date at least 7 days after the day of submission (platform time)', () => {
    expect(earliestLaunchDate(now)).toBe('2026-03-09');
    expect(launchSubmitIssues(content({ launchDate: '2026-03-08' }), ctx)).toEqual([
      { path: 'launchDate', key: 'launches.launchDateTooSoon', params: { earliest: '2026-03-09', days: 7 } },
    ]);
    expect(launchSubmitIssues(content({ launchDate: '2026-03-09' }), ctx)).toEqual([]);
    // 23:30 UTC on Sunday is already Monday in China: the same day of submission.
    expect(launchSubmitIssues(content({ launchDate: '2026-03-09' }), { ...ctx, now: new Date('2026-03-01T23:30:00Z') })).toEqual([]);
  });

  it("needs the launch date inside the season's window, first and last day included", () => {
    const late = { ...ctx, now: new Date('2026-02-01T02:00:00Z') };
    expect(launchSubmitIssues(content({ launchDate: '2026-02-15' }), late)).toEqual([]);
    expect(keysAt(launchSubmitIssues(content({ launchDate: '2026-02-14' }), late), 'launchDate')).toEqual(['launches.launchDateOutsideWindow']);
    expect(launchSubmitIssues(content({ launchDate: '2026-04-30' }), ctx)).toEqual([]);
    const after = launchSubmitIssues(content({ launchDate: '2026-05-01' }), ctx);
    expect(after).toEqual([{ path: 'launchDate', key: 'launches.launchDateOutsideWindow', params: { startsOn: '2026-02-15', endsOn: '2026-04-30' } }]);
  });

  it('refuses a submission after the deadline or without a window in the calendar', () => {
    expect(keysAt(launchSubmitIssues(content({ launchDate: '2026-04-25' }), { ...ctx, now: new Date('2026-04-10T16:00:00Z') }), 'season')).toEqual([
      'launches.pastDeadline',
    ]);
    expect(keysAt(launchSubmitIssues(content({ launchDate: '2026-04-25' }), { ...ctx, now: new Date('2026-04-10T15:59:59Z') }), 'season')).toEqual([]);
    expect(keysAt(launchSubmitIssues(content(), { ...ctx, window: null }), 'season')).toEqual(['launches.noWindow']);
  });

  it('allows a launch price equal to the list price, not above, and not zero', () => {
    expect(launchSubmitIssues(content({ skus: [...skus(4), sku(9, { launchPrice: 59900 })] }), ctx)).toEqual([]);
    const above = launchSubmitIssues(content({ skus: [...skus(4), sku(9, { launchPrice: 59901 })] }), ctx);
    expect(above).toEqual([{ path: 'skus.4.launchPrice', key: 'launches.launchPriceAboveList', params: { listPrice: 59900 } }]);
    expect(keysAt(launchSubmitIssues(content({ skus: [sku(0, { launchPrice: 0 }), ...skus(5).slice(1)] }), ctx), 'skus.0.launchPrice')).toEqual([
      'launches.launchPricePositive',
    ]);
  });

  it('needs stock of at least 1', () => {
    expect(launchSubmitIssues(content({ skus: [...skus(4), sku(9, { stock: 1 })] }), ctx)).toEqual([]);
    expect(keysAt(launchSubmitIssues(content({ skus: [...skus(4), sku(9, { stock: 0 })] }), ctx), 'skus.4.stock')).toEqual(['launches.stockMin']);
  });

  it('reports a duplicate SKU code at the repeat, naming the first row', () => {
    const issues = launchSubmitIssues(content({ skus: [...skus(5), sku(2)] }), ctx);
    expect(issues).toEqual([{ path: 'skus.5.code', key: 'launches.skuCodeDuplicate', params: { code: 'SS27-2', row: 3 } }]);
  });

  it('names every missing field of a bare draft', () => {
    const bare: LaunchContent = { season: 'AW', year: 2026, title: '', launchDate: null, story: '', channels: [], earlyAccess: null, skus: [sku(0, { code: '', name: '', listPrice: null, launchPrice: null, stock: null, imageUrl: 'not a url' })] };
    expect(toFieldErrors(launchSubmitIssues(bare, ctx))).toEqual({
      title: ['launches.titleRequired'],
      channels: ['launches.channelsRequired'],
      launchDate: ['launches.launchDateRequired'],
      skus: ['launches.skusTooFew'],
      'skus.0.code': ['launches.skuCodeRequired'],
      'skus.0.name': ['launches.skuNameRequired'],
      'skus.0.listPrice': ['launches.listPriceRequired'],
      'skus.0.launchPrice': ['launches.launchPriceRequired'],
      'skus.0.stock': ['launches.stockRequired'],
      'skus.0.imageUrl': ['launches.imageUrlInvalid'],
    });
  });
});

describe('launch states by date', () => {
  it('schedules before the launch date, goes live on it, ends 30 days later', () => {
    expect(launchStatesByDate('approved', '2026-03-20', '2026-03-19')).toEqual(['scheduled']);
    expect(launchStatesByDate('approved', '2026-03-20', '2026-03-20')).toEqual(['scheduled', 'live']);
    expect(launchStatesByDate('scheduled', '2026-03-20', '2026-03-19')).toEqual([]);
    expect(launchStatesByDate('live', '2026-03-20', '2026-04-18')).toEqual([]);
    expect(launchStatesByDate('live', '2026-03-20', '2026-04-19')).toEqual(['ended']);
    expect(launchStatesByDate('approved', '2026-03-20', '2026-05-01')).toEqual(['scheduled', 'live', 'ended']);
  });
});

describe('launch diff', () => {
  it('lists changed fields and SKUs added, removed and changed by code', () => {
    const before = content();
    const after = content({
      title: '春日花园系列 II',
      earlyAccess: { tier: 'T2', hours: 48 },
      channels: ['online_store'],
      skus: [sku(0), sku(1, { launchPrice: 45900 }), sku(2), sku(3), sku(7)],
    });
    const d = diffLaunchContent(before, after);
    expect(d.same).toBe(false);
    expect(d.fields).toEqual([
      { path: 'title', before: '春日花园系列', after: '春日花园系列 II' },
      { path: 'channels', before: ['online_store', 'app_push'], after: ['online_store'] },
      { path: 'earlyAccess.hours', before: 24, after: 48 },
    ]);
    expect(d.rows).toEqual([
      {
        path: 'skus',
        keyField: 'code',
        added: [{ key: 'SS27-7', row: sku(7) }],
        removed: [{ key: 'SS27-4', row: sku(4) }],
        changed: [{ key: 'SS27-1', changes: [{ path: 'launchPrice', before: 49900, after: 45900 }] }],
      },
    ]);
    expect(diffLaunchContent(before, content()).same).toBe(true);
    expect(diffLaunchContent(content({ earlyAccess: null }), before).fields).toEqual([{ path: 'earlyAccess', before: null, after: { tier: 'T2', hours: 24 } }]);
  });

  it('treats a first submission as all new', () => {
    const d = diffLaunchContent(null, content());
    expect(d.rows[0]?.added).toHaveLength(5);
    expect(d.fields.map((f) => f.path)).toContain('title');
  });
});

describe('launchSummaryIssues (what a list row shows)', () => {
  it('names a missing title, a missing date and too few SKUs, with the keys of the full check', () => {
    expect(launchSummaryIssues({ title: ' ', launchDate: null, skuCount: 0 }).map((i) => i.key)).toEqual([
      'launches.titleRequired',
      'launches.launchDateRequired',
      'launches.skusTooFew',
    ]);
    expect(launchSummaryIssues({ title: 'x', launchDate: '2027-03-01', skuCount: LAUNCH_RULES.minSkus - 1 })).toEqual([
      { path: 'skus', key: 'launches.skusTooFew', params: { min: LAUNCH_RULES.minSkus, count: LAUNCH_RULES.minSkus - 1 } },
    ]);
  });

  it('has nothing to say about a complete summary, at the SKU limits', () => {
    expect(launchSummaryIssues({ title: 'x', launchDate: '2027-03-01', skuCount: LAUNCH_RULES.minSkus })).toEqual([]);
    expect(launchSummaryIssues({ title: 'x', launchDate: '2027-03-01', skuCount: LAUNCH_RULES.maxSkus })).toEqual([]);
    expect(launchSummaryIssues({ title: 'x', launchDate: '2027-03-01', skuCount: LAUNCH_RULES.maxSkus + 1 }).map((i) => i.key)).toEqual(['launches.skusTooMany']);
  });
});
