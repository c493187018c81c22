import type { CalendarWindow } from '../calendar/schema';
import { type TextKind, textIssue } from '../common/text-issues';
import { addDays, platformDate } from '../review/business-days';
import type { LaunchContent, MemberTier, Season, Sku } from './schema';

/** The numbers of the launch rules (DOMAIN.md "Seasonal launch"), for messages and forms. */
export const LAUNCH_RULES = {
  minSkus: 5,
  maxSkus: 500,
  /** The launch date is at least this many days after the day of submission. */
  minLeadDays: 7,
  minStock: 1,
  /** An approved launch is live this many days from its launch date, then ended. */
  liveDays: 30,
} as const;

/** One problem with one field: an i18n key and the values its message needs. */
export interface Issue {
  /** Form path: `title`, `launchDate`, `skus`, `skus.3.launchPrice`. */
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/** The calendar window kind of a season's launch. */
export const windowKindOf = (season: Season): 'ss_launch' | 'aw_launch' => (season === 'SS' ? 'ss_launch' : 'aw_launch');

/** Per-field errors as the bff sends them (`badRequest`) and forms show them: path → i18n keys. */
export function toFieldErrors(issues: readonly Issue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of issues) {
    const list = (out[i.path] ??= []);
    if (!list.includes(i.key)) list.push(i.key);
  }
  return out;
}

const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** Problems of one SKU row, whatever the launch around it; `index` is its position (0-based) for the path. */
export function skuIssues(s: Sku, index: number): Issue[] {
  const at = (field: keyof Sku) => `skus.${index}.${field}`;
  const issues: Issue[] = [];
  if (!s.code.trim()) issues.push({ path: at('code'), key: 'launches.skuCodeRequired' });
  if (!s.name.trim()) issues.push({ path: at('name'), key: 'launches.skuNameRequired' });
  if (s.listPrice === null) issues.push({ path: at('listPrice'), key: 'launches.listPriceRequired' });
  else if (s.listPrice <= 0) issues.push({ path: at('listPrice'), key: 'launches.listPricePositive' });
  if (s.launchPrice === null) issues.push({ path: at('launchPrice'), key: 'launches.launchPriceRequired' });
  else if (s.launchPrice <= 0) issues.push({ path: at('launchPrice'), key: 'launches.launchPricePositive' });
  else if (s.listPrice !== null && s.launchPrice > s.listPrice) {
    issues.push({ path: at('launchPrice'), key: 'launches.launchPriceAboveList', params: { listPrice: s.listPrice } });
  }
  if (s.stock === null) issues.push({ path: at('stock'), key: 'launches.stockRequired' });
  else if (s.stock < LAUNCH_RULES.minStock) issues.push({ path: at('stock'), key: 'launches.stockMin', params: { min: LAUNCH_RULES.minStock } });
  if (s.imageUrl && !HTTP_URL.test(s.imageUrl)) issues.push({ path: at('imageUrl'), key: 'launches.imageUrlInvalid' });
  return issues;
}

/** Every SKU code that appears more than once is reported at each repeat, naming the row it repeats. */
export function duplicateCodeIssues(skus: readonly Pick<Sku, 'code'>[]): Issue[] {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  skus.forEach((s, i) => {
    const code = s.code.trim();
    if (!code) return;
    const seen = first.get(code);
    if (seen === undefined) first.set(code, i);
    else issues.push({ path: `skus.${i}.code`, key: 'launches.skuCodeDuplicate', params: { code, row: seen + 1 } });
  });
  return issues;
}

export interface SubmitContext {
  /** The season's launch window from the calendar, or null when the calendar has none for that year. */
  window: Pick<CalendarWindow, 'startsOn' | 'endsOn' | 'submissionDeadline'> | null;
  /** The moment of submission; its date in the platform's time zone is the day of submission. */
  now: Date;
  /** What the merchant's active member programme offers as early access (see `earlyAccessIssues`); absent: not checked. */
  earlyAccessOffers?: readonly EarlyAccessOffer[] | null;
}

/** A tier of the member programme with early access to launches, and how many hours early. */
export interface EarlyAccessOffer {
  tier: MemberTier;
  hours: number;
}

/**
 * A launch's member early access against the merchant's active member programme (DOMAIN.md "Member perks"): the
 * tier must be one the programme gives early access, and the hours exactly that tier's (a launch can neither
 * promise members more than the programme does nor quietly give them less). `offers` null: the merchant runs no
 * programme yet, and any tier and hours the schema allows stand. Checked when a launch is saved and submitted.
 */
export function earlyAccessIssues(e: LaunchContent['earlyAccess'], offers: readonly EarlyAccessOffer[] | null): Issue[] {
  if (!e || offers === null) return [];
  const offer = offers.find((o) => o.tier === e.tier);
  if (!offer) {
    return [
      offers.length
        ? { path: 'earlyAccess.tier', key: 'launches.earlyAccessTierNotOffered', params: { tier: e.tier, offered: offers.map((o) => o.tier).join(' / ') } }
        : { path: 'earlyAccess.tier', key: 'launches.earlyAccessNoneOffered', params: { tier: e.tier } },
    ];
  }
  if (e.hours !== offer.hours) return [{ path: 'earlyAccess.hours', key: 'launches.earlyAccessHoursNotOffered', params: { tier: e.tier, hours: offer.hours } }];
  return [];
}

/** The earliest launch date a submission on `now` may ask for. */
export const earliestLaunchDate = (now: Date) => addDays(platformDate(now), LAUNCH_RULES.minLeadDays);

/**
 * Everything that must hold when a launch is submitted (or resubmitted). Drafts are saved without these;
 * the web runs the same function before the operator presses Submit.
 */
/** Too few or too many SKUs. */
function skuCountIssues(count: number): Issue[] {
  if (count < LAUNCH_RULES.minSkus) return [{ path: 'skus', key: 'launches.skusTooFew', params: { min: LAUNCH_RULES.minSkus, count } }];
  if (count > LAUNCH_RULES.maxSkus) return [{ path: 'skus', key: 'launches.skusTooMany', params: { max: LAUNCH_RULES.maxSkus, count } }];
  return [];
}

/**
 * What a launch's summary (a list row: title, launch date, SKU count) already shows to keep it from being submitted,
 * with the keys of `launchSubmitIssues`. An empty answer does not promise the submit passes; the full check does.
 */
export function launchSummaryIssues(s: { title: string; launchDate: string | null; skuCount: number }): Issue[] {
  const issues: Issue[] = [];
  if (!s.title.trim()) issues.push({ path: 'title', key: 'launches.titleRequired' });
  if (!s.launchDate) issues.push({ path: 'launchDate', key: 'launches.launchDateRequired' });
  issues.push(...skuCountIssues(s.skuCount));
  return issues;
}

export function launchSubmitIssues(c: LaunchContent, ctx: SubmitContext): Issue[] {
  const issues: Issue[] = [];
  const today = platformDate(ctx.now);
  if (!c.title.trim()) issues.push({ path: 'title', key: 'launches.titleRequired' });
  // The schema's character rules, so that the form shows them on the field before the server refuses the save.
  const text = (path: string, value: string, kind: TextKind) => {
    const key = textIssue(value, kind);
    if (key) issues.push({ path, key });
  };
  text('title', c.title, 'oneLine');
  text('story', c.story, 'multiLine');
  c.skus.forEach((s, i) => {
    text(`skus.${i}.code`, s.code, 'code');
    text(`skus.${i}.name`, s.name, 'oneLine');
    text(`skus.${i}.imageUrl`, s.imageUrl, 'oneLine');
  });
  if (c.channels.length === 0) issues.push({ path: 'channels', key: 'launches.channelsRequired' });

  if (!ctx.window) {
    issues.push({ path: 'season', key: 'launches.noWindow', params: { season: c.season, year: c.year } });
  } else if (ctx.window.submissionDeadline && today > ctx.window.submissionDeadline) {
    issues.push({ path: 'season', key: 'launches.pastDeadline', params: { deadline: ctx.window.submissionDeadline } });
  }
  if (!c.launchDate) {
    issues.push({ path: 'launchDate', key: 'launches.launchDateRequired' });
  } else {
    if (ctx.window && (c.launchDate < ctx.window.startsOn || c.launchDate > ctx.window.endsOn)) {
      issues.push({
        path: 'launchDate',
        key: 'launches.launchDateOutsideWindow',
        params: { startsOn: ctx.window.startsOn, endsOn: ctx.window.endsOn },
      });
    }
    const earliest = addDays(today, LAUNCH_RULES.minLeadDays);
    if (c.launchDate < earliest) issues.push({ path: 'launchDate', key: 'launches.launchDateTooSoon', params: { earliest, days: LAUNCH_RULES.minLeadDays } });
  }

  issues.push(...earlyAccessIssues(c.earlyAccess, ctx.earlyAccessOffers ?? null));
  issues.push(...skuCountIssues(c.skus.length));
  c.skus.forEach((s, i) => issues.push(...skuIssues(s, i)));
  issues.push(...duplicateCodeIssues(c.skus));
  return issues;
}

/**
 * The state an approved launch is in on `today` (YYYY-MM-DD, platform time): scheduled before its launch date,
 * live from it for LAUNCH_RULES.liveDays days, ended after. Returns the states to pass through, in order.
 */
export function launchStatesByDate(
  state: 'approved' | 'scheduled' | 'live',
  launchDate: string,
  today: string,
): ('scheduled' | 'live' | 'ended')[] {
  const target = today < launchDate ? 'scheduled' : today < addDays(launchDate, LAUNCH_RULES.liveDays) ? 'live' : 'ended';
  const order = ['approved', 'scheduled', 'live', 'ended'] as const;
  const from = order.indexOf(state);
  const to = order.indexOf(target);
  return order.slice(from + 1, to + 1) as ('scheduled' | 'live' | 'ended')[];
}
