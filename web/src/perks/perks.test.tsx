import { diffProgrammeContent, type MemberCounts, type ProgrammeContent, type ServiceTier, templateProgramme } from '@console/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n, loadLocale } from '../i18n';
import { ApplicationDiff } from '../review/diff';
import { setAt } from './api';
import { diffQualifyBy, useDiffText } from './diff-text';
import { CostPanel } from './cost';
import { TierGrid } from './grid';
import { ShopperPreview } from './preview';
import { useIssueErrors } from './programme';

// antd's Table, InputNumber and Switch (and recharts) are transformed on first import: do it once, up front.
beforeAll(() => Promise.all([import('./programme'), import('./cost-chart'), loadLocale('en')]), 120_000);

/** The draft editor's grid as the page wires it: the shared rules run on every change, errors land on cells. */
function Editor({ serviceTier, initial = templateProgramme() }: { serviceTier: ServiceTier; initial?: ProgrammeContent }) {
  const [content, setContent] = useState(initial);
  const errors = useIssueErrors(content, serviceTier, {});
  return <TierGrid content={content} errors={errors} onChange={(path, v) => setContent((c) => setAt(c, path, v))} />;
}

const cellOf = (label: string) => screen.getByTestId(`cell-${label}`);
const type = (label: string, value: string) => {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
};

describe('the tier editor shows the rules on the cell that breaks them', () => {
  it('a T2 threshold equal to T1’s is refused on the T2 cell; one fen more clears it', async () => {
    render(<Editor serviceTier="gold" />);
    const t2 = 'T2 进阶 · 升级门槛';
    type(t2, '0');
    expect(await within(cellOf(t2)).findByRole('alert')).toHaveTextContent('须高于 T1 的门槛');
    expect(screen.getByLabelText(t2)).toHaveAttribute('aria-invalid', 'true');
    expect(within(cellOf('T1 入门 · 升级门槛')).queryByRole('alert')).toBeNull();
    type(t2, '0.01');
    await waitFor(() => expect(within(cellOf(t2)).queryByRole('alert')).toBeNull());
  });

  it('a higher tier with one fen less of a perk is refused; equal is allowed', async () => {
    render(<Editor serviceTier="gold" />);
    const t3 = 'T3 至尊 · 生日礼价值';
    type(t3, '29.99'); // T2 gives ¥30.00
    expect(await within(cellOf(t3)).findByRole('alert')).toHaveTextContent('不能少于 T2');
    type(t3, '30');
    await waitFor(() => expect(within(cellOf(t3)).queryByRole('alert')).toBeNull());
  });

  it('a dedicated service line is refused while Silver, allowed while Gold', async () => {
    const withLine = setAt(templateProgramme(), 'tiers.T3.serviceLine', true);
    const { unmount } = render(<Editor serviceTier="silver" initial={withLine} />);
    expect(await within(cellOf('T3 至尊 · 专属客服')).findByRole('alert')).toHaveTextContent('专属客服仅限服务等级为金牌的商家');
    unmount();
    render(<Editor serviceTier="gold" initial={withLine} />);
    expect(within(cellOf('T3 至尊 · 专属客服')).queryByRole('alert')).toBeNull();
  });
});

describe('the cost panel', () => {
  const members: MemberCounts = { T1: 10_000, T2: 2_000, T3: 300 };
  it('states the monthly cost against the active version in yuan, charts it and tables it', async () => {
    const active = templateProgramme();
    // T2's coupon ¥20 → ¥30: 2,000 members × 1 a month × ¥10 × 30% redeemed = ¥6,000 more a month.
    const draft = setAt(active, 'tiers.T2.coupon.value', 30_00);
    render(<CostPanel content={draft} active={active} members={members} chartWidth={640} />);
    // Active, by hand (template assumptions: 30% redeemed, 8.33% birthdays, 200 base points, ¥1 per 100 points, ¥6 shipping,
    // ¥50 in-store spend at 1 point per yuan):
    // T1: in-store 10,000 × ¥50 × 1 × 1.0 × ¥0.01 = ¥5,000 → ¥5,000
    // T2: coupons 2,000 × ¥20 × 30% = ¥12,000; birthday 2,000 × 8.33% × ¥30 = ¥4,998; points 2,000 × 200 × 0.2 × ¥0.01 = ¥800;
    //     in-store 2,000 × ¥50 × 1 × 1.2 × ¥0.01 = ¥1,200 → ¥18,998
    // T3: coupons 300 × 2 × ¥50 × 30% = ¥9,000; birthday 300 × 8.33% × ¥100 = ¥2,499; points 300 × 200 × 0.5 × ¥0.01 = ¥300;
    //     in-store 300 × ¥50 × 1.5 × ¥0.01 = ¥225; shipping 300 × ¥6 = ¥1,800 → ¥13,824. Total ¥37,822; the draft adds ¥6,000: ¥43,822.
    expect(screen.getByTestId('cost-summary')).toHaveTextContent('每月预估 ¥43,822.00，较当前生效版本 +¥6,000.00');
    const t2Row = within(screen.getByTestId('cost-table')).getByRole('row', { name: /T2 进阶/ });
    expect(t2Row).toHaveTextContent('¥24,998.00');
    expect(t2Row).toHaveTextContent('¥18,998.00');
    const inStoreRow = within(screen.getByTestId('cost-table')).getByRole('row', { name: /门店积分/ });
    expect(inStoreRow).toHaveTextContent('¥6,425.00');
    expect(t2Row).toHaveTextContent('+¥6,000.00');
    const chart = await screen.findByTestId('cost-chart');
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0));
    expect(within(chart).getByText('当前生效')).toBeInTheDocument();
  });

  it('without an active version it says there is nothing to compare with', () => {
    render(<CostPanel content={templateProgramme()} active={null} members={members} chartWidth={640} />);
    expect(screen.getByTestId('cost-summary')).toHaveTextContent('每月预估 ¥37,822.00（尚无生效版本可比）');
  });
});

describe('the shopper preview', () => {
  it('answers “what does a T2 member get?” in Chinese and English', async () => {
    const c = setAt(templateProgramme(), 'offline', { inStoreEarnPerYuan: 2, inStoreRedemption: true, storeGroups: ['上海直营店'] });
    render(<ShopperPreview content={c} />);
    const zh = screen.getByTestId('preview-zh-CN');
    expect(within(zh).getByRole('heading')).toHaveTextContent('T2 进阶 会员能享受什么？');
    expect(within(zh).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '年消费满 ¥2,000 即可升级',
      '购物积分 1.2 倍',
      '每月 1 张 ¥20 优惠券，满 ¥199 可用',
      '生日当月送价值 ¥30 的礼物',
      '门店消费每 1 元得 2 积分，与线上同一账户',
      '门店可用积分抵现',
      '适用门店：上海直营店',
    ]);
    const en = screen.getByTestId('preview-en');
    await waitFor(() => expect(within(en).getAllByRole('listitem').length).toBe(7));
    expect(within(en).getByRole('heading')).toHaveTextContent('What does a T2 Plus member get?');
    expect(within(en).getByText('1 × ¥20 coupon every month, on orders over ¥199')).toBeInTheDocument();
    fireEvent.click(screen.getByText('T3 至尊'));
    expect(within(zh).getByText('全场包邮')).toBeInTheDocument();
    expect(within(zh).getByText('新品提前 24 小时抢先购')).toBeInTheDocument();
  });
});

/** The version page's diff as it wires it: the review diff component with the programme's labels and units. */
function PerkDiff({ before, after }: { before: ProgrammeContent; after: ProgrammeContent }) {
  const d = diffProgrammeContent(before, after);
  const info = (number: number) => ({ number, submittedAt: '2026-12-01T02:00:00Z', submittedBy: null, decision: null, decidedAt: null });
  const { label, valueText } = useDiffText(diffQualifyBy(d.fields, after.qualifyBy));
  return <ApplicationDiff diff={{ from: info(1), to: info(2), ...d }} label={label} valueText={valueText} />;
}

describe('the version diff shows each cell in its own unit', () => {
  const byPoints = (over: (c: ProgrammeContent) => void) => {
    const c = structuredClone(templateProgramme());
    c.qualifyBy = 'points';
    c.tiers.T2.threshold = 2_000;
    c.tiers.T3.threshold = 8_000;
    over(c);
    return c;
  };
  const rowOf = (name: RegExp) => within(screen.getByTestId('diff')).getByRole('row', { name });

  it('a points threshold in points, hours in hours, coupons a month and in-store points per yuan, zh-CN and en', async () => {
    const before = byPoints(() => undefined);
    const after = byPoints((c) => {
      c.tiers.T2.threshold = 2_500;
      c.tiers.T3.earlyAccessHours = 48;
      c.tiers.T3.coupon.monthlyQuota = 3;
      c.tiers.T2.coupon.value = 30_00;
      c.offline.inStoreEarnPerYuan = 2;
    });
    try {
      const { unmount } = render(<PerkDiff before={before} after={after} />);
      expect(rowOf(/T2 进阶 · 升级门槛/)).toHaveTextContent('2,000 积分2,500 积分');
      expect(rowOf(/T2 进阶 · 升级门槛/)).not.toHaveTextContent('¥');
      expect(rowOf(/T3 至尊 · 新品抢先/)).toHaveTextContent('24 小时48 小时');
      expect(rowOf(/T3 至尊 · 每月张数/)).toHaveTextContent('每月 2 张每月 3 张');
      expect(rowOf(/T2 进阶 · 优惠券面额/)).toHaveTextContent('¥20.00¥30.00');
      expect(rowOf(/门店每消费 1 元得积分/)).toHaveTextContent('每消费 ¥1 得 1 积分每消费 ¥1 得 2 积分');
      unmount();
      await i18n.changeLanguage('en');
      render(<PerkDiff before={before} after={after} />);
      expect(rowOf(/T2 Plus · Threshold/)).toHaveTextContent('2,000 points2,500 points');
      expect(rowOf(/T3 Top · Launch early access/)).toHaveTextContent('24 hours48 hours');
      expect(rowOf(/T3 Top · Coupons a month/)).toHaveTextContent('2 a month3 a month');
      expect(rowOf(/T2 Plus · Coupon value/)).toHaveTextContent('¥20.00¥30.00');
      expect(rowOf(/Points per yuan spent in store/)).toHaveTextContent('1 point per ¥12 points per ¥1');
    } finally {
      await i18n.changeLanguage('zh-CN');
    }
  });

  it('a version that switched from spend to points shows ¥ before and points after', () => {
    const before = structuredClone(templateProgramme());
    const after = byPoints(() => undefined);
    render(<PerkDiff before={before} after={after} />);
    expect(rowOf(/T2 进阶 · 升级门槛/)).toHaveTextContent('¥2,000.002,000 积分');
    expect(rowOf(/升级依据/)).toHaveTextContent('年消费金额积分');
  });
});
