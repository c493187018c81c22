import { addDays, type LaunchContent, platformDate, type Sku, type Vertical, VERTICALS } from '@console/shared';
import { decide, applyTransition } from '../review/workflow';
import type { MockStore } from '../store';
import { advanceLaunchesByDate, createLaunch, submitLaunch, updateLaunch } from './handlers';

/** Products per vertical, for believable SKU lists: name, list price in yuan. */
const PRODUCTS: Record<Vertical, [string, number][]> = {
  apparel: [['双面羊绒大衣', 2899], ['美丽诺针织开衫', 899], ['高腰阔腿西裤', 599], ['真丝印花衬衫', 1099], ['廓形牛仔夹克', 799], ['羊绒围巾', 459], ['百褶半身裙', 529]],
  beauty: [['玻尿酸精华液 30ml', 459], ['修护面霜 50g', 699], ['丝绒哑光口红', 299], ['氨基酸洁面乳', 129], ['防晒隔离乳 SPF50', 239], ['眼部精华 15ml', 529], ['香氛身体乳', 189]],
  electronics: [['降噪无线耳机', 1299], ['智能手表 Pro', 2499], ['便携充电宝 20000mAh', 199], ['机械键盘', 699], ['4K 运动相机', 2299], ['蓝牙音箱', 499], ['扫地机器人', 2999]],
  fmcg: [['每日坚果礼盒', 169], ['有机纯牛奶 12盒', 89], ['明前龙井 250g', 468], ['冻干草莓脆', 59], ['东北五常大米 5kg', 129], ['手工挂面', 39], ['低糖燕麦片', 49]],
  home: [['实木床头柜', 1299], ['60支长绒棉四件套', 899], ['可折叠收纳箱', 129], ['北欧落地灯', 699], ['不粘炒锅 32cm', 399], ['记忆棉枕', 259], ['香薰蜡烛', 99]],
};

const MANAGER_OF: Record<Vertical, string> = { apparel: 'mgr.fashion', beauty: 'mgr.fashion', electronics: 'mgr.tech', fmcg: 'mgr.tech', home: 'mgr.tech' };

function skus(vertical: Vertical, tag: string, count: number): Sku[] {
  return Array.from({ length: count }, (_, i) => {
    const [name, yuan] = PRODUCTS[vertical][i % PRODUCTS[vertical].length]!;
    const listPrice = yuan * 100;
    return {
      code: `${vertical.slice(0, 3).toUpperCase()}-${tag}-${String(i + 1).padStart(3, '0')}`,
      name,
      listPrice,
      launchPrice: Math.round((listPrice * (85 - (i % 3) * 5)) / 100 / 100) * 100,
      stock: 200 + ((i * 137) % 800),
      imageUrl: `https://img.example.com/${vertical}/${tag.toLowerCase()}-${i + 1}.jpg`,
    };
  });
}

/** A launch on `launchDate`, in the season whose window holds it (the mock calendar splits the year in halves). */
function content(vertical: Vertical, title: string, launchDate: string | null, tag: string, skuCount: number, fallbackYear: number): LaunchContent {
  const month = launchDate ? Number(launchDate.slice(5, 7)) : 12;
  const season = month <= 6 ? 'SS' : 'AW';
  return {
    season,
    year: launchDate ? Number(launchDate.slice(0, 4)) : fallbackYear + 1,
    title,
    launchDate,
    story: `${title}：以品牌经典元素重新演绎当季主题，线上线下同步首发，会员专享抢先购。`,
    channels: ['online_store', 'app_push', ...(vertical === 'apparel' || vertical === 'home' ? (['offline_stores'] as const) : [])],
    earlyAccess: { tier: 'T2', hours: 24 },
    skus: skus(vertical, tag, skuCount),
  };
}

/**
 * Launches in every state for the demo operator's merchant of each vertical, made by replaying the
 * operator's and the manager's actions at earlier times through the same code the mock procedures run:
 * a draft, submissions waiting (one overdue), one in review, one sent back for changes, one resubmitted
 * after changes, one rejected, and approved ones that are scheduled, live and ended by now.
 */
export function seedApplications(store: MockStore, now: Date) {
  const day = 86_400_000;
  const at = (days: number, hours = 0) => new Date(now.getTime() + days * day + hours * 3_600_000);
  const date = (days: number) => addDays(platformDate(now), days);
  const year = Number(platformDate(now).slice(0, 4));

  for (const vertical of VERTICALS) {
    const opUser = store.findUserByName(`op.${vertical}`);
    const mgrUser = store.findUserByName(MANAGER_OF[vertical]);
    if (!opUser?.merchantId || !mgrUser) continue;
    const op = { ...store.toSessionUser(opUser), merchantId: opUser.merchantId };
    const mgr = store.toSessionUser(mgrUser);
    const id = (s: string) => `ln_${vertical}_${s}`;
    const make = (s: string, title: string, launchDate: string | null, skuCount: number, created: Date) =>
      createLaunch(store, op, content(vertical, title, launchDate, s.toUpperCase(), skuCount, year), created, id(s));
    const submit = (s: string, when: Date) => submitLaunch(store, op, id(s), current(s), 'submit', when);
    const claim = (s: string, when: Date) =>
      applyTransition(store, {
        id: id(s),
        version: current(s),
        action: 'claim',
        actor: 'manager',
        user: mgr,
        scope: { verticals: mgr.verticals },
        now: when,
        set: (a) => {
          a.claimedBy = mgr.id;
          a.claimedAt = when.toISOString();
        },
      });
    const decideOn = (s: string, action: 'approve' | 'reject' | 'request_changes', when: Date, reason: string | null, fieldComments: Record<string, string> = {}) =>
      decide(store, { id: id(s), version: current(s), action, user: mgr, verticals: mgr.verticals, now: when, reason, fieldComments });
    const current = (s: string) => store.data.applications.find((a) => a.id === id(s))!.version;

    // A draft still being written.
    make('draft', '新品草稿：早春胶囊系列', null, 2, at(-1, -3));

    // Waiting for a manager, one of them for a week (overdue).
    make('waiting', '年末焕新系列', date(30), 8, at(-9));
    submit('waiting', at(-7));
    make('fresh', '新年限定礼盒', date(35), 6, at(-2));
    submit('fresh', at(-1, -2));

    // Claimed by the vertical's manager, not yet decided.
    make('review', '冬季会员专享系列', date(28), 12, at(-4));
    submit('review', at(-2));
    claim('review', at(-1));

    // Sent back with comments per field.
    make('changes', '城市轻户外系列', date(40), 7, at(-12));
    submit('changes', at(-9));
    claim('changes', at(-8));
    decideOn('changes', 'request_changes', at(-6), '请补充首发价格依据，并确认库存。', {
      'skus.0.launchPrice': '首发价低于近 30 天最低价过多，请说明。',
      story: '请补充线下门店首发安排。',
    });

    // Resubmitted after changes: the reviewer sees what changed.
    make('resubmitted', '经典复刻系列', date(32), 6, at(-14));
    submit('resubmitted', at(-11));
    claim('resubmitted', at(-10));
    decideOn('resubmitted', 'request_changes', at(-9), '第 2 个 SKU 库存过低。', { 'skus.1.stock': '库存请至少 300 件。' });
    {
      const a = store.data.applications.find((x) => x.id === id('resubmitted'))!;
      const next = structuredClone(a.content);
      next.skus[1]!.stock = 500;
      next.skus.push(...skus(vertical, 'RESUBMITTED-ADD', 1));
      updateLaunch(store, op, a.id, a.version, next, at(-2));
      submitLaunch(store, op, a.id, current('resubmitted'), 'resubmit', at(-1, -5));
    }

    // Rejected.
    make('rejected', '清仓特惠系列', date(25), 5, at(-15));
    submit('rejected', at(-12));
    claim('rejected', at(-11));
    decideOn('rejected', 'reject', at(-10), '上新需为当季新品，清仓商品请报名其他活动。');

    // Approved: scheduled ahead, live now, ended a while ago (the system moves them by date).
    make('scheduled', '品牌周年纪念系列', date(20), 10, at(-8));
    submit('scheduled', at(-6));
    claim('scheduled', at(-5));
    decideOn('scheduled', 'approve', at(-4), null);
    make('live', '当季主推系列', date(-5), 9, at(-30));
    submit('live', at(-25));
    claim('live', at(-24));
    decideOn('live', 'approve', at(-23), '主题清晰，准予上新。');
    make('ended', '季初首发系列', date(-45), 8, at(-70));
    submit('ended', at(-65));
    claim('ended', at(-64));
    decideOn('ended', 'approve', at(-63), null);
  }
  advanceLaunchesByDate(store, now);
}
