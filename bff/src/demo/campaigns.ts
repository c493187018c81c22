import {
  addDays,
  type ApplicationState,
  type BrandDayContent,
  brandDayRange,
  type DecisionAction,
  decisionNotification,
  type Festival,
  type NamedPerson,
  nearestFreeDates,
  platformDate,
  type PromoSku,
  type PromotionContent,
  type StoredDecision,
  type Vertical,
} from '@console/shared';
import { type DemoAudit, type LaunchCast, PRODUCTS } from './launches';
import { seededRandom } from './random';

/**
 * Brand Day and 618 / Double 11 applications of the demo merchants, in every state, with the history a real one
 * would have (numbered snapshots, decisions, audit rows, the operators' notifications). Brand Day dates are days
 * after the first bookable one (`now` + 30 days), so the calendar always has free, pending and taken days; every
 * date with an approved Brand Day has its rivals declined with the three nearest free dates, as the bff does.
 *
 * Seed variants (mock mode's `?scenario=`):
 * - `booked`: the first `BOOKED_DAYS` bookable days are all taken by other merchants (the demo's own Brand Days
 *   move after them), so an operator finds no free day near;
 * - `ineligible`: the operators' merchants fall below the Brand Day bar (`INELIGIBLE_STANDING`, applied by the seed).
 * Pure: the same cast, `now` and variant give the same world.
 */

type BrandDayPlan = 'draft' | 'submitted' | 'submitted_overdue' | 'in_review' | 'changes_requested' | 'resubmitted' | 'approved' | 'rejected' | 'withdrawn' | 'declined';
type PromotionPlan = Exclude<BrandDayPlan, 'declined'>;

/** [merchant, plan, days after the first bookable day (negative: a Brand Day already held)]. */
const BRAND_DAYS: [string, BrandDayPlan, number][] = [
  // The operators' own stores (op.<vertical> signs in to m_<vertical>_01): each state somewhere.
  ['m_apparel_01', 'approved', 200],
  ['m_apparel_01', 'declined', 10],
  ['m_apparel_01', 'draft', 120],
  ['m_beauty_01', 'approved', -70],
  ['m_beauty_01', 'submitted', 20],
  ['m_beauty_01', 'changes_requested', 150],
  ['m_electronics_01', 'in_review', 25],
  ['m_electronics_01', 'rejected', 60],
  ['m_fmcg_01', 'approved', 70],
  ['m_fmcg_01', 'withdrawn', 33],
  ['m_home_01', 'submitted', 20],
  ['m_home_01', 'resubmitted', 80],
  // Other stores: the days they hold, and their own queue.
  ['m_apparel_02', 'approved', 3],
  ['m_beauty_02', 'approved', 10],
  ['m_fmcg_02', 'approved', 11],
  ['m_electronics_02', 'approved', 17],
  ['m_home_02', 'approved', 24],
  ['m_apparel_02', 'submitted_overdue', 100],
  ['m_beauty_03', 'declined', 17],
  ['m_electronics_03', 'submitted_overdue', 50],
  ['m_fmcg_03', 'in_review', 52],
  ['m_home_04', 'changes_requested', 64],
  ['m_apparel_03', 'rejected', 58],
];

/** [merchant, plan, festival, year, store-wide?]. */
const PROMOTIONS: [string, PromotionPlan, Festival, number, boolean][] = [
  ['m_apparel_01', 'draft', 'double11', 2027, false],
  ['m_apparel_01', 'submitted', 'mid_year_618', 2027, false],
  ['m_apparel_01', 'approved', 'double11', 2026, true],
  ['m_beauty_01', 'in_review', 'double11', 2027, true],
  ['m_beauty_01', 'approved', 'mid_year_618', 2027, false],
  ['m_electronics_01', 'changes_requested', 'mid_year_618', 2027, false],
  ['m_electronics_01', 'approved', 'double11', 2026, false],
  ['m_fmcg_01', 'resubmitted', 'double11', 2027, false],
  ['m_fmcg_01', 'withdrawn', 'mid_year_618', 2027, false],
  ['m_home_01', 'rejected', 'mid_year_618', 2027, true],
  ['m_home_01', 'submitted_overdue', 'double11', 2027, false],
  ['m_apparel_02', 'submitted', 'double11', 2027, true],
  ['m_beauty_02', 'in_review', 'mid_year_618', 2027, false],
  ['m_electronics_02', 'approved', 'double11', 2027, false],
  ['m_fmcg_03', 'submitted', 'mid_year_618', 2027, false],
  ['m_home_02', 'changes_requested', 'double11', 2027, true],
];

export type CampaignWorldVariant = 'demo' | 'booked';

/** In the `booked` world, this many days from the first bookable one are all taken. */
export const BOOKED_DAYS = 45;

/**
 * Storage figures (DSR in hundredths) that fail Brand Day (DSR 4.70, fewer than 6 points) but pass Double 11 (4.60,
 * fewer than 12). The service tier is left alone: the service seed computes it from the store's metrics.
 */
export const INELIGIBLE_STANDING = { dsrService: 465, violationPoints: 7 };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface DemoCampaignVersion {
  number: number;
  snapshot: BrandDayContent | PromotionContent;
  submittedAt: Date;
  submittedBy: string | null;
  decision: DecisionAction | null;
  decidedAt: Date | null;
  decidedBy: string | null;
}

interface DemoApplicationBase {
  id: string;
  merchantId: string;
  vertical: Vertical;
  state: ApplicationState;
  version: number;
  title: string;
  submittedAt: Date | null;
  submissionCount: number;
  claimedBy: string | null;
  claimedAt: Date | null;
  lastDecision: StoredDecision | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  versions: DemoCampaignVersion[];
}
export type DemoCampaign =
  | (DemoApplicationBase & { kind: 'brand_day'; content: BrandDayContent; approved: boolean })
  | (DemoApplicationBase & { kind: 'promotion'; content: PromotionContent });

export interface DemoCampaignNotification {
  userId: string;
  kind: string;
  key: string;
  params: Record<string, string>;
  entityType: string;
  entityId: string;
  createdAt: Date;
  readAt: Date | null;
}

export interface DemoCampaigns {
  campaigns: DemoCampaign[];
  audit: DemoAudit[];
  notifications: DemoCampaignNotification[];
}

const RESOURCES = [['homepage_banner', 'livestream_slot'], ['app_push', 'member_coupon'], ['homepage_banner', 'app_push', 'livestream_slot', 'member_coupon']] as const;
const BRAND_DAY_THEMES: Record<Vertical, string[]> = {
  apparel: ['春装首发品牌日', '城市通勤品牌日', '夏日亚麻品牌日'],
  beauty: ['花间限定品牌日', '修护精华品牌日', '夏日防晒品牌日'],
  electronics: ['旗舰新品品牌日', '开学装备品牌日', '户外影音品牌日'],
  fmcg: ['春茶品牌日', '健康早餐品牌日', '年货礼盒品牌日'],
  home: ['床品焕新品牌日', '收纳节品牌日', '灯光与香氛品牌日'],
};
const FESTIVAL_NAMES: Record<Festival, string> = { mid_year_618: '618', double11: '双十一' };

export function demoCampaigns(cast: LaunchCast, now: Date, variant: CampaignWorldVariant = 'demo'): DemoCampaigns {
  const rand = seededRandom(1111);
  const today = platformDate(now);
  const { earliest, latest } = brandDayRange(today);
  const verticalOf = new Map(cast.merchants.map((m) => [m.id, m.vertical]));
  const managers = cast.users.filter((u) => u.role === 'manager');
  const operators = cast.users.filter((u) => u.role === 'operator');
  const out: DemoCampaigns = { campaigns: [], audit: [], notifications: [] };

  const shift = variant === 'booked' ? BOOKED_DAYS : 0;
  const plans = BRAND_DAYS.filter(([m]) => verticalOf.has(m)).map(([m, plan, offset]) => [m, plan, offset >= 0 ? addDays(earliest, offset + shift) : addDays(earliest, offset)] as const);
  if (variant === 'booked') {
    // Every day of the booked stretch held by a store no demo operator works for, in turn.
    const employers = new Set(operators.map((o) => o.merchantId));
    const holders = [...verticalOf.keys()].filter((id) => !employers.has(id)).sort();
    for (let i = 0; i < BOOKED_DAYS && holders.length; i++) plans.unshift([holders[i % holders.length]!, 'approved', addDays(earliest, i)] as const);
  }
  const taken = new Set(plans.filter(([, p]) => p === 'approved').map(([, , d]) => d));

  let serial = 0;
  const history = (kind: 'brand_day' | 'promotion', merchant: string, plan: BrandDayPlan, title: string, content: BrandDayContent | PromotionContent, submittedAt: Date, revised?: BrandDayContent | PromotionContent) => {
    serial++;
    const id = `${kind === 'brand_day' ? 'bd' : 'pr'}_seed_${String(serial).padStart(4, '0')}`;
    const vertical = verticalOf.get(merchant)!;
    const operator = operators.find((o) => o.merchantId === merchant) ?? null;
    const mgr = managers.find((u) => u.verticals.includes(vertical)) ?? null;
    const createdAt = new Date(submittedAt.getTime() - (1 + rand() * 4) * DAY);
    const app: DemoApplicationBase = {
      id,
      merchantId: merchant,
      vertical,
      state: 'draft',
      version: 1,
      title,
      submittedAt: null,
      submissionCount: 0,
      claimedBy: null,
      claimedAt: null,
      lastDecision: null,
      createdBy: operator?.id ?? null,
      createdAt,
      updatedAt: createdAt,
      versions: [],
    };
    const audit = (action: string, to: ApplicationState, at: Date, actor: { id: string; role: string } | null, reason: string | null = null, fieldComments?: Record<string, string>) => {
      const from = action === 'create' ? null : app.state;
      if (action !== 'create') {
        app.state = to;
        app.version++;
      }
      out.audit.push({ entityType: 'application', entityId: id, action, fromState: from, toState: to, actorId: actor?.id ?? null, actorRole: actor?.role ?? 'system', reason, after: fieldComments ? { version: app.version, fieldComments } : { version: app.version }, at });
      app.updatedAt = at;
    };
    const op = operator ? { id: operator.id, role: 'operator' } : null;
    const mg = mgr ? { id: mgr.id, role: 'manager' } : null;
    const submit = (at: Date, snapshot: typeof content, action: 'submit' | 'resubmit') => {
      app.submissionCount++;
      app.submittedAt = at;
      app.claimedBy = null;
      app.claimedAt = null;
      app.versions.push({ number: app.submissionCount, snapshot, submittedAt: at, submittedBy: operator?.id ?? null, decision: null, decidedAt: null, decidedBy: null });
      audit(action, 'submitted', at, op);
    };
    const claim = (at: Date) => {
      if (!mgr) return;
      audit('claim', 'in_review', at, mg);
      app.claimedBy = mgr.id;
      app.claimedAt = at;
    };
    const notify = (action: DecisionAction, at: Date, by: NamedPerson | null, reason: string | null, dates?: string) => {
      for (const o of operators.filter((x) => x.merchantId === merchant)) {
        out.notifications.push({ userId: o.id, ...decisionNotification({ kind, applicationId: id, title, action, by, reason, dates }), createdAt: at, readAt: rand() < 0.4 ? new Date(at.getTime() + 2 * HOUR) : null });
      }
    };
    const decide = (action: DecisionAction, at: Date, reason: string | null, fieldComments: Record<string, string> = {}) => {
      if (!mgr) return;
      const to = ({ approve: 'approved', reject: 'rejected', request_changes: 'changes_requested', decline: 'declined' } as const)[action];
      app.lastDecision = { action, reason, fieldComments, at: at.toISOString(), byId: mgr.id, byName: mgr.displayName, ...(mgr.displayNameEn ? { byNameEn: mgr.displayNameEn } : {}) };
      Object.assign(app.versions.at(-1)!, { decision: action, decidedAt: at, decidedBy: mgr.id });
      audit(action, to, at, mg, reason, Object.keys(fieldComments).length ? fieldComments : undefined);
      notify(action, at, mgr, reason);
    };
    const after = (hours: number) => new Date(submittedAt.getTime() + hours * HOUR);

    audit('create', 'draft', createdAt, op);
    let final = content;
    switch (plan) {
      case 'draft':
        break;
      case 'submitted':
      case 'submitted_overdue':
        submit(submittedAt, content, 'submit');
        break;
      case 'in_review':
        submit(submittedAt, content, 'submit');
        claim(after(3));
        break;
      case 'changes_requested':
        submit(submittedAt, content, 'submit');
        claim(after(2));
        decide('request_changes', after(6), kind === 'brand_day' ? '请补充直播排期与资源位使用方案' : '部分 SKU 参考价高于近 30 天最低价，请核对', kind === 'brand_day' ? { proposal: '直播时段与主播安排？' } : { 'skus.0.referencePrice': '请填写近 30 天最低价' });
        break;
      case 'resubmitted':
        submit(new Date(submittedAt.getTime() - 2 * DAY), content, 'submit');
        claim(new Date(submittedAt.getTime() - 2 * DAY + 2 * HOUR));
        decide('request_changes', new Date(submittedAt.getTime() - 2 * DAY + 5 * HOUR), '请提高 GMV 目标的依据或调整折扣力度', {});
        audit('edit', 'changes_requested', new Date(submittedAt.getTime() - HOUR), op);
        final = revised ?? content;
        submit(submittedAt, final, 'resubmit');
        // The resubmission stays with the reviewer who asked for the changes.
        if (mgr) {
          audit('claim', 'in_review', submittedAt, mg, 'review.keptWithReviewer');
          app.claimedBy = mgr.id;
          app.claimedAt = submittedAt;
        }
        break;
      case 'approved':
        submit(submittedAt, content, 'submit');
        claim(after(4));
        decide('approve', after(20), null);
        break;
      case 'rejected':
        submit(submittedAt, content, 'submit');
        claim(after(3));
        decide('reject', after(7), kind === 'brand_day' ? '品牌日方案与同期平台活动重叠，且主推款库存不足' : '报名 SKU 多为非当季商品，请更换主推款');
        break;
      case 'withdrawn':
        submit(submittedAt, content, 'submit');
        audit('withdraw', 'withdrawn', after(8), op, '档期调整，改报其他日期');
        break;
      case 'declined':
        submit(submittedAt, content, 'submit');
        break; // declined below, by the approval of its date's holder
    }
    return { app, final };
  };

  // Brand Days: the approvals first (their dates are taken when the rivals are declined), in plan order.
  const submittedAtOf = (plan: BrandDayPlan, date: string) => {
    const waited = plan === 'submitted_overdue' ? 6 + rand() * 3 : plan === 'submitted' ? rand() * 1.5 : plan === 'approved' || plan === 'rejected' || plan === 'withdrawn' ? 8 + rand() * 20 : 1 + rand() * 4;
    // A Brand Day already held was applied for at least 30 days before it.
    const latestPossible = new Date(`${addDays(date, -31)}T02:00:00Z`).getTime();
    return new Date(Math.min(now.getTime() - waited * DAY, latestPossible));
  };
  const brandDays: Extract<DemoCampaign, { kind: 'brand_day' }>[] = [];
  for (const [merchant, plan, date] of plans) {
    const vertical = verticalOf.get(merchant)!;
    const themes = BRAND_DAY_THEMES[vertical];
    const theme = themes[serial % themes.length]!;
    const items = PRODUCTS[vertical].items;
    const content: BrandDayContent = {
      date,
      theme,
      proposal: `${theme}：全店主推款限时折扣，直播间专场与会员专享券联动，预计带动新客 ${2 + (serial % 5)} 万。`,
      gmvTarget: (200 + Math.floor(rand() * 30) * 50) * 10_000_00,
      discountDepth: 10 + Math.floor(rand() * 5) * 5,
      resources: [...RESOURCES[serial % RESOURCES.length]!],
      heroSkus: items.slice(0, plan === 'draft' ? 2 : 3 + (serial % 4)).map(([name, price], i) => ({ code: `BD-${vertical.slice(0, 2).toUpperCase()}${String(serial).padStart(3, '0')}-${i + 1}`, name, price: Math.round((price * 0.8) / 100) * 100 })),
    };
    const revised = plan === 'resubmitted' ? { ...content, gmvTarget: (content.gmvTarget ?? 0) + 50 * 10_000_00, discountDepth: (content.discountDepth ?? 10) + 5 } : undefined;
    const { app, final } = history('brand_day', merchant, plan, theme, content, submittedAtOf(plan, date), revised);
    brandDays.push({ ...app, kind: 'brand_day', content: final as BrandDayContent, approved: app.state === 'approved' });
  }
  // The system's decline of the rivals of an approved date, at its approval, with the nearest free dates.
  for (const bd of brandDays.filter((b) => b.state === 'submitted' && plans.some(([m, p, d]) => p === 'declined' && d === b.content.date && m === b.merchantId))) {
    const holder = brandDays.find((b) => b.approved && b.content.date === bd.content.date);
    const at = holder?.lastDecision ? new Date(holder.lastDecision.at) : new Date(bd.submittedAt!.getTime() + DAY);
    const suggestedDates = nearestFreeDates(bd.content.date!, { taken, blackouts: [], earliest, latest });
    const dates = suggestedDates.join(', ');
    bd.lastDecision = { action: 'decline', reason: 'campaigns.declinedDateTaken', fieldComments: { date: dates }, at: at.toISOString(), byId: null, byName: '', suggestedDates };
    Object.assign(bd.versions.at(-1)!, { decision: 'decline', decidedAt: at, decidedBy: null });
    out.audit.push({ entityType: 'application', entityId: bd.id, action: 'decline', fromState: 'submitted', toState: 'declined', actorId: null, actorRole: 'system', reason: 'campaigns.declinedDateTaken', after: { version: bd.version + 1, fieldComments: { date: dates } }, at });
    bd.state = 'declined';
    bd.version++;
    bd.updatedAt = at;
    for (const o of operators.filter((x) => x.merchantId === bd.merchantId)) {
      out.notifications.push({ userId: o.id, ...decisionNotification({ kind: 'brand_day', applicationId: bd.id, title: bd.title, action: 'decline', by: null, reason: 'campaigns.declinedDateTaken', dates }), createdAt: at, readAt: null });
    }
  }
  out.campaigns.push(...brandDays);

  // 618 / Double 11 registrations: next year's before their deadlines, last year's Double 11 decided.
  for (const [merchant, plan, festival, year, storeWide] of PROMOTIONS) {
    const vertical = verticalOf.get(merchant);
    if (!vertical) continue;
    const items = PRODUCTS[vertical].items;
    const variants = PRODUCTS[vertical].variants;
    const n = plan === 'draft' ? 4 : 8 + Math.floor(rand() * 30);
    const skus: PromoSku[] = Array.from({ length: n }, (_, i) => {
      const [name, price] = items[i % items.length]!;
      const reference = price - Math.floor(rand() * 4) * 1000 + 900;
      const festivalPrice = storeWide ? Math.floor(reference / 2 / 100) * 100 : Math.round((reference * (0.6 + rand() * 0.25)) / 100) * 100;
      return { code: `${festival === 'double11' ? 'D11' : '618'}-${vertical.slice(0, 2).toUpperCase()}${String(serial + 1).padStart(3, '0')}-${String(i + 1).padStart(3, '0')}`, name: `${name} ${variants[i % variants.length]}`, festivalPrice, referencePrice: reference, stock: 50 + Math.floor(rand() * 950) };
    });
    const title = `${year} ${FESTIVAL_NAMES[festival]} ${storeWide ? '全店五折' : '精选商品'}`;
    const content: PromotionContent = { festival, year, title, mode: storeWide ? 'store_wide' : 'selected_items', phases: festival === 'double11' ? ['presale', 'official'] : [], global: false, targetMarkets: [], skus };
    const revised = plan === 'resubmitted' ? { ...content, skus: skus.map((s) => ({ ...s, stock: (s.stock ?? 0) + 100 })) } : undefined;
    const submittedAt = year < platformYear(now) || (year === 2026 && festival === 'double11') ? new Date(Date.UTC(year, 8, 15 + (serial % 10), 2)) : new Date(now.getTime() - (plan === 'submitted_overdue' ? 6 + rand() * 3 : plan === 'submitted' ? rand() * 1.5 : 1 + rand() * 6) * DAY);
    const { app, final } = history('promotion', merchant, plan, title, content, submittedAt, revised);
    out.campaigns.push({ ...app, kind: 'promotion', content: final as PromotionContent });
  }
  return out;
}

const platformYear = (now: Date) => Number(platformDate(now).slice(0, 4));

