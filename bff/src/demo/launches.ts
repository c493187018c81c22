import { addDays, type ApplicationState, type DecisionAction, decisionNotification, type LaunchContent, type StoredDecision, platformDate, type Role, type Sku, type Vertical } from '@console/shared';
import { seededRandom } from './random';

export const PRODUCTS: Record<Vertical, { items: [string, number][]; variants: string[]; themes: [string, string][] }> = {
  apparel: {
    items: [['真丝衬衫', 89900], ['羊毛针织开衫', 129900], ['廓形风衣', 199900], ['直筒牛仔裤', 59900], ['印花连衣裙', 79900], ['纯棉T恤', 19900]],
    variants: ['白色 S', '白色 M', '白色 L', '黑色 S', '黑色 M', '黑色 L', '驼色 M', '雾蓝 M'],
    themes: [['江南园林', '以园林的借景与留白做春夏的轻盈廓形'], ['城市通勤', '一衣多穿，从办公室到周末'], ['海岛度假', '亚麻与真丝，给夏天的松弛感']],
  },
  beauty: {
    items: [['修护精华 30ml', 59900], ['保湿面霜 50g', 45900], ['丝绒口红', 29900], ['氨基酸洁面', 12900], ['防晒乳 SPF50', 22900], ['香氛身体乳', 16900]],
    variants: ['标准装', '旅行装', '限定礼盒', '#01 豆沙', '#02 正红', '#03 枫叶'],
    themes: [['花间限定', '以春日花期为灵感的限定系列'], ['敏感肌修护', '成分党的温和修护线'], ['夏日清透', '控油与防晒的清爽组合']],
  },
  electronics: {
    items: [['降噪耳机', 129900], ['氮化镓充电器 65W', 19900], ['机械键盘', 49900], ['智能手表', 159900], ['便携音箱', 39900], ['无线鼠标', 14900]],
    variants: ['曜石黑', '月光白', '远峰蓝', '标准版', 'Pro 版'],
    themes: [['新品首发', '年度旗舰的首发与会员抢先购'], ['开学季', '学生党的高性价比装备'], ['户外运动', '防水与长续航的户外系列']],
  },
  fmcg: {
    items: [['每日坚果 30包', 12900], ['有机纯牛奶 12盒', 7900], ['明前龙井 250g', 39900], ['冻干水果脆', 4900], ['手工挂面', 2900], ['精品挂耳咖啡', 8900]],
    variants: ['原味', '家庭装', '礼盒装', '轻享装'],
    themes: [['春茶上新', '明前第一波春茶，产地直发'], ['健康早餐', '一周早餐的轻负担组合'], ['节日礼盒', '送礼自用两相宜的礼盒']],
  },
  home: {
    items: [['天丝四件套', 69900], ['乳胶枕', 29900], ['折叠收纳箱', 8900], ['北欧落地灯', 45900], ['铸铁珐琅锅', 89900], ['香薰蜡烛', 12900]],
    variants: ['1.5m', '1.8m', '米白', '燕麦', '雾霾蓝', '大号', '小号'],
    themes: [['春日焕新', '换季床品与收纳的焕新计划'], ['小户型', '小空间的大容量收纳'], ['慢生活', '灯光与香氛营造的居家氛围']],
  },
};

type Plan = 'draft' | 'submitted' | 'submitted_overdue' | 'in_review' | 'changes_requested' | 'resubmitted' | 'approved' | 'rejected' | 'withdrawn' | 'aw_live' | 'aw_ended';

const FLAGSHIP_PLANS: Plan[] = ['draft', 'submitted', 'submitted_overdue', 'in_review', 'changes_requested', 'resubmitted', 'approved', 'rejected', 'withdrawn', 'aw_live', 'aw_ended'];
const OTHER_PLANS: Plan[] = ['submitted', 'submitted_overdue', 'in_review', 'approved', 'rejected', 'changes_requested', 'draft', 'submitted', 'resubmitted'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function makeSkus(rand: () => number, vertical: Vertical, prefix: string, n: number): Sku[] {
  const p = PRODUCTS[vertical];
  const out: Sku[] = [];
  for (let i = 0; out.length < n; i++) {
    const [item, price] = p.items[i % p.items.length]!;
    const variant = p.variants[Math.floor(i / p.items.length) % p.variants.length]!;
    const list = price + Math.floor(rand() * 5) * 1000;
    out.push({
      code: `${prefix}-${String(i + 1).padStart(3, '0')}`,
      name: `${item} ${variant}`,
      listPrice: list,
      launchPrice: Math.round((list * (0.8 + rand() * 0.2)) / 100) * 100,
      stock: 20 + Math.floor(rand() * 500),
      imageUrl: `https://img.example.com/${prefix.toLowerCase()}/${i + 1}.jpg`,
    });
  }
  return out;
}

/** The member early access a demo launch offers: one the merchant's active demo programme gives. */
const DEMO_EARLY_ACCESS = [
  { tier: 'T2', hours: 12 },
  { tier: 'T3', hours: 48 },
] as const satisfies readonly { tier: 'T2' | 'T3'; hours: number }[];

/** The merchants and users the launches are made for (the demo ones, or whatever a database holds). */
export interface LaunchCast {
  merchants: readonly { id: string; vertical: Vertical }[];
  users: readonly { id: string; role: Role; displayName: string; displayNameEn?: string | null; merchantId: string | null; verticals: readonly string[] }[];
}

export interface DemoVersion {
  number: number;
  snapshot: LaunchContent;
  submittedAt: Date;
  submittedBy: string | null;
  decision: DecisionAction | null;
  decidedAt: Date | null;
  decidedBy: string | null;
}

export interface DemoLaunch {
  id: string;
  kind: 'launch';
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
  /** The current content (the last submitted one, or the draft). */
  content: LaunchContent;
  /** Submission snapshots, numbered from 1. */
  versions: DemoVersion[];
}

export interface DemoAudit {
  entityType: 'application';
  entityId: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  actorId: string | null;
  actorRole: string;
  reason: string | null;
  after: unknown;
  at: Date;
}

export interface DemoNotification {
  userId: string;
  kind: string;
  key: string;
  params: Record<string, string>;
  entityType: 'launch';
  entityId: string;
  createdAt: Date;
  readAt: Date | null;
}

export interface DemoLaunches {
  launches: DemoLaunch[];
  /** Audit rows in the order they happened per launch (launch by launch). */
  audit: DemoAudit[];
  notifications: DemoNotification[];
}

/**
 * Seasonal launches for the demo merchants in every state, with the history a real one would have: numbered
 * submission snapshots, decisions, audit rows and the operators' notifications, replayed at earlier times.
 * SS 2027 launches are in review at `now` (some waiting more than 3 business days); AW 2026 ones were approved
 * in summer (moving them to scheduled / live / ended by date is left to the caller's own rule).
 * Pure: the same cast and `now` give the same world.
 */
export function demoLaunches(cast: LaunchCast, now: Date): DemoLaunches {
  const rand = seededRandom(2027);
  const allMerchants = [...cast.merchants].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const managers = cast.users.filter((u) => u.role === 'manager');
  const operators = cast.users.filter((u) => u.role === 'operator');
  const managerOf = (v: Vertical) => managers.find((m) => m.verticals.includes(v)) ?? null;

  const out: DemoLaunches = { launches: [], audit: [], notifications: [] };
  let serial = 0;
  for (const m of allMerchants) {
    const v = m.vertical;
    const flagship = m.id.endsWith('_01');
    const plans = flagship ? FLAGSHIP_PLANS : [0, 1, 2].map(() => OTHER_PLANS[Math.floor(rand() * OTHER_PLANS.length)]!);
    const operator = operators.find((o) => o.merchantId === m.id) ?? null;
    const mgr = managerOf(v);
    for (const plan of plans) {
      serial++;
      const id = `ln_seed_${String(serial).padStart(4, '0')}`;
      const aw = plan === 'aw_live' || plan === 'aw_ended';
      const [themeName, story] = PRODUCTS[v].themes[serial % PRODUCTS[v].themes.length]!;
      const season = aw ? ('AW' as const) : ('SS' as const);
      const year = aw ? 2026 : 2027;
      // When it happened: AW 2026 in early summer 2026; SS 2027 in the days before now.
      const submittedAt = aw
        ? new Date(Date.UTC(2026, 5, 10 + (serial % 20), 2))
        : new Date(now.getTime() - (plan === 'submitted_overdue' ? 6 + rand() * 4 : plan === 'submitted' ? rand() * 1.5 : 1 + rand() * 5) * DAY);
      const createdAt = new Date(submittedAt.getTime() - (1 + rand() * 5) * DAY);
      const launchDate = aw
        ? plan === 'aw_live'
          ? addDays(platformDate(now), -5) < '2026-10-31'
            ? addDays(platformDate(now), -5)
            : '2026-10-31'
          : '2026-09-05'
        : addDays('2027-02-01', Math.floor(rand() * 80));
      const prefix = `${season}${String(year).slice(2)}-${v.slice(0, 2).toUpperCase()}${String(serial).padStart(3, '0')}`;
      const skus = makeSkus(rand, v, prefix, plan === 'draft' ? 3 : 5 + Math.floor(rand() * 36));
      const content: LaunchContent = {
        season,
        year,
        title: `${year} ${season === 'SS' ? '春夏' : '秋冬'} · ${themeName}`,
        launchDate,
        story,
        channels: rand() < 0.5 ? ['online_store', 'app_push'] : ['online_store', 'app_push', 'offline_stores'],
        // What the demo programmes' active version offers (demoProgrammes: T2 12 hours, T3 48 hours); two draws as before,
        // so that the rest of the demo world stays the same.
        earlyAccess: rand() < 0.6 ? DEMO_EARLY_ACCESS[(Math.floor(rand() * 3) + Math.floor(rand() * 3)) % 2]! : null,
        skus,
      };

      let version = 1;
      let state: ApplicationState = 'draft';
      let submissionCount = 0;
      let lastDecision: StoredDecision | null = null;
      let claimedBy: string | null = null;
      let claimedAt: Date | null = null;
      let lastSubmittedAt: Date | null = null;
      let updatedAt = createdAt;
      const versions: DemoVersion[] = [];
      const audit = (action: string, from: string | null, to: string | null, at: Date, actor: { id: string; role: string } | null, reason: string | null = null, after: unknown = null) => {
        out.audit.push({ entityType: 'application', entityId: id, action, fromState: from, toState: to, actorId: actor?.id ?? null, actorRole: actor?.role ?? 'system', reason, after: after ?? { version }, at });
        updatedAt = at;
      };
      const op = operator ? { id: operator.id, role: 'operator' } : null;
      const mg = mgr ? { id: mgr.id, role: 'manager' } : null;
      const step = (to: ApplicationState) => {
        const from = state;
        state = to;
        version++;
        return from;
      };
      const submit = (at: Date, snapshot: LaunchContent, action: 'submit' | 'resubmit') => {
        const from = step('submitted');
        submissionCount++;
        lastSubmittedAt = at;
        claimedBy = null;
        claimedAt = null;
        versions.push({ number: submissionCount, snapshot, submittedAt: at, submittedBy: operator?.id ?? null, decision: null, decidedAt: null, decidedBy: null });
        audit(action, from, 'submitted', at, op);
      };
      const claim = (at: Date) => {
        if (!mgr) return;
        const from = step('in_review');
        claimedBy = mgr.id;
        claimedAt = at;
        audit('claim', from, 'in_review', at, mg);
      };
      const decide = (action: DecisionAction, at: Date, reason: string | null, fieldComments: Record<string, string> = {}) => {
        if (!mgr) return;
        const to = action === 'approve' ? 'approved' : action === 'reject' ? 'rejected' : 'changes_requested';
        const from = step(to);
        lastDecision = { action, reason, fieldComments, at: at.toISOString(), byId: mgr.id, byName: mgr.displayName, ...(mgr.displayNameEn ? { byNameEn: mgr.displayNameEn } : {}) };
        const ver = versions.at(-1);
        if (ver) Object.assign(ver, { decision: action, decidedAt: at, decidedBy: mgr.id });
        audit(action, from, to, at, mg, reason, Object.keys(fieldComments).length ? { version, fieldComments } : { version });
        for (const o of operators.filter((x) => x.merchantId === m.id)) {
          out.notifications.push({
            userId: o.id,
            ...decisionNotification({ kind: 'launch', applicationId: id, title: content.title, action, by: mgr, reason }),
            createdAt: at,
            readAt: rand() < 0.4 ? new Date(at.getTime() + 2 * HOUR) : null,
          });
        }
      };

      audit('create', null, 'draft', createdAt, op);
      const after = (ms: number) => new Date(submittedAt.getTime() + ms);
      let finalContent = content;
      switch (plan) {
        case 'draft':
          break;
        case 'submitted':
        case 'submitted_overdue':
          submit(submittedAt, content, 'submit');
          break;
        case 'in_review':
          submit(submittedAt, content, 'submit');
          claim(after(3 * HOUR));
          break;
        case 'changes_requested':
          submit(submittedAt, content, 'submit');
          claim(after(2 * HOUR));
          decide('request_changes', after(5 * HOUR), '部分 SKU 上新价与吊牌价相同，请确认是否为新品价', {
            'skus.1.launchPrice': '上新价与吊牌价相同',
            story: '请补充系列故事与主推款',
          });
          break;
        case 'resubmitted': {
          const first = { ...content, skus: content.skus.map((s, i) => (i === 1 ? { ...s, launchPrice: s.listPrice } : s)) };
          submit(new Date(submittedAt.getTime() - 2 * DAY), first, 'submit');
          claim(new Date(submittedAt.getTime() - 2 * DAY + 2 * HOUR));
          decide('request_changes', new Date(submittedAt.getTime() - 2 * DAY + 4 * HOUR), '请调整第 2 个 SKU 的上新价', { 'skus.1.launchPrice': '上新价与吊牌价相同' });
          version++;
          audit('edit', 'changes_requested', 'changes_requested', new Date(submittedAt.getTime() - HOUR), op);
          finalContent = { ...content, title: `${content.title}（修订）` };
          submit(submittedAt, finalContent, 'resubmit');
          break;
        }
        case 'approved':
        case 'aw_live':
        case 'aw_ended':
          submit(submittedAt, content, 'submit');
          claim(after(4 * HOUR));
          decide('approve', after(20 * HOUR), null);
          break;
        case 'rejected':
          submit(submittedAt, content, 'submit');
          claim(after(3 * HOUR));
          decide('reject', after(6 * HOUR), '主图不符合平台规范（含站外水印），且上新日期与店铺大促冲突');
          break;
        case 'withdrawn':
          submit(submittedAt, content, 'submit');
          step('withdrawn');
          audit('withdraw', 'submitted', 'withdrawn', after(8 * HOUR), op, '产品线调整，改期上新');
          break;
      }

      out.launches.push({
        id,
        kind: 'launch',
        merchantId: m.id,
        vertical: v,
        state,
        version,
        title: finalContent.title,
        submittedAt: lastSubmittedAt,
        submissionCount,
        claimedBy,
        claimedAt,
        lastDecision,
        createdBy: operator?.id ?? null,
        createdAt,
        updatedAt,
        content: finalContent,
        versions,
      });
    }
  }
  return out;
}
