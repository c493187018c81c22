// antd's message toasts render through it under React 19, as main.tsx has it for the app.
import '@ant-design/v5-patch-for-react-19';
import { diffProgrammeContent, type ProgrammeContent, templateProgramme } from '@console/shared';
import { callerAs } from '@console/mocks/node';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApplicationDiff } from '../review/diff';
import { renderApp } from '../test/render';
import { setAt } from './api';
import { diffQualifyBy, useDiffText } from './diff-text';
// The pages' lazy chunks (and recharts), loaded up front so that a test's time goes to the test, not to transforming modules.
import './cost-chart';
import './merchants';
import './programme';
import './version';

/*
 * The perks pages in the app, against the bff's router in mock mode (the demo world): op.apparel's 云裳服饰旗舰店 runs
 * version 2 (active; version 1 superseded), qualifying by annual spend; op.fmcg's 山野零食铺 qualifies by points;
 * op.home's 木语家居旗舰店 has no programme.
 */

beforeEach(() => {
  // jsdom lays nothing out: the chart's responsive container is given the size a desktop page gives it, so recharts
  // draws its bars (everything else measures as before).
  const measure = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (!this.classList.contains('recharts-responsive-container')) return measure.call(this);
    return { x: 0, y: 0, top: 0, left: 0, right: 640, bottom: 300, width: 640, height: 300, toJSON: () => ({}) } as DOMRect;
  });
  return () => vi.restoreAllMocks();
});

/** A draft of `username`'s programme from its newest version, with `change` made, saved through the router. */
async function draftOf(username: string, change: (c: ProgrammeContent) => void) {
  const caller = await callerAs(username);
  const d = await caller.perks.createDraft({});
  const content = structuredClone(d.content);
  change(content);
  return caller.perks.saveDraft({ id: d.id, revision: d.revision, content });
}

const cellOf = (label: string) => screen.getByTestId(`cell-${label}`);
/** By aria-label: far quicker than role queries over antd's large DOM. */
const input = (label: string) => document.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
const type = (label: string, value: string) => {
  fireEvent.change(input(label), { target: { value } });
  fireEvent.blur(input(label));
};

describe('the draft editor (op.apparel)', () => {
  it('marks the cell that breaks a rule at its edge as the operator types; saving keeps the draft and says what publishing would refuse', async () => {
    const d = await draftOf('op.apparel', () => undefined);
    renderApp('/perks', { as: 'op.apparel' });
    expect(await screen.findByText(`草稿 · 第 ${d.number} 版`, undefined, { timeout: 60_000 })).toBeInTheDocument();
    const t2 = 'T2 进阶 · 升级门槛';
    await waitFor(() => expect(input(t2)).not.toBeNull());
    // T1's threshold is ¥0: an equal T2 threshold is refused on the T2 cell, one fen more clears it.
    type(t2, '0');
    expect(await within(cellOf(t2)).findByRole('alert')).toHaveTextContent('须高于 T1 的门槛');
    expect(input(t2)).toHaveAttribute('aria-invalid', 'true');
    expect(within(cellOf('T1 入门 · 升级门槛')).queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: /^发\s?布$/ })).toBeDisabled();
    type(t2, '0.01');
    await waitFor(() => expect(within(cellOf(t2)).queryByRole('alert')).toBeNull());

    // T2's birthday gift is ¥30: T3 one fen less is refused, and the draft still saves, with the count of what is left.
    const t3 = 'T3 至尊 · 生日礼价值';
    type(t3, '29.99');
    expect(await within(cellOf(t3)).findByRole('alert')).toHaveTextContent('不能少于 T2');
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('草稿已保存；发布前还需修正 1 处')).toBeInTheDocument();
    const saved = await (await callerAs('op.apparel')).perks.version({ number: d.number });
    expect([saved.content.tiers.T2.threshold, saved.content.tiers.T3.birthdayGift]).toEqual([1, 29_99]);
    // Equal is allowed.
    type(t3, '30');
    await waitFor(() => expect(within(cellOf(t3)).queryByRole('alert')).toBeNull());
    expect(screen.getByRole('button', { name: /^发\s?布$/ })).toBeEnabled();
  }, 240_000);

  it('charts and tables the monthly cost against the active version, as computed by hand', async () => {
    // T2's coupon ¥20 → ¥30 (one a month).
    await draftOf('op.apparel', (c) => (c.tiers.T2.coupon.value = 30_00));
    renderApp('/perks', { as: 'op.apparel' });
    const summary = await screen.findByTestId('cost-summary', undefined, { timeout: 60_000 });
    // 8,773 T2 members × 1 coupon × ¥10 more × 30% redeemed = ¥26,319.00 a month more.
    expect(summary).toHaveTextContent('较当前生效版本 +¥26,319.00');
    const table = screen.getByTestId('cost-table');
    expect(within(table).getByRole('row', { name: /T2 进阶/ })).toHaveTextContent('+¥26,319.00');
    expect(within(table).getByRole('row', { name: /T3 至尊/ })).toHaveTextContent('¥0.00');
    // In-store points (1 point per ¥1, ¥50 a member a month in store, ¥1 per 100 points) at each tier's multiplier:
    // T1 77,216 × 50 × 1.0 × ¥0.01 = ¥38,608.00; T2 8,773 × 50 × 1.2 × ¥0.01 = ¥5,263.80; T3 176 × 50 × 1.5 × ¥0.01 = ¥132.00.
    const inStore = within(table).getByRole('row', { name: /门店积分/ });
    expect(inStore).toHaveTextContent('¥44,003.80¥44,003.80¥0.00');
    // The chart: this version's perks stacked per tier, in-store points among them, the active version beside.
    const chart = screen.getByTestId('cost-chart');
    await waitFor(() => expect(chart.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0));
    expect(within(chart).getByText('本版本 · 门店积分')).toBeInTheDocument();
    expect(within(chart).getByText('当前生效')).toBeInTheDocument();
    expect(screen.queryByText(/未计入|not costed/)).toBeNull();
  }, 240_000);
});

describe('the shopper preview', () => {
  it('answers “what does a T2 member get?” in Chinese and English, from the active version', async () => {
    renderApp('/perks', { as: 'op.apparel', locale: 'en' });
    const zh = await screen.findByTestId('preview-zh-CN', undefined, { timeout: 60_000 });
    const en = screen.getByTestId('preview-en');
    await waitFor(() => expect(within(en).getAllByRole('listitem').length).toBeGreaterThan(0));
    expect(within(zh).getByRole('heading')).toHaveTextContent('T2 进阶 会员能享受什么？');
    expect(within(zh).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '年消费满 ¥1,000 即可升级',
      '购物积分 1.2 倍',
      '每月 1 张 ¥20 优惠券，满 ¥199 可用',
      '生日当月送价值 ¥30 的礼物',
      '新品提前 12 小时抢先购',
      '门店消费每 1 元得 1 积分，与线上同一账户',
      '门店可用积分抵现',
      '适用门店：华东直营店、华南直营店',
    ]);
    expect(within(en).getByRole('heading')).toHaveTextContent('What does a T2 Plus member get?');
    expect(within(en).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Spend ¥1,000 in a year to join',
      '1.2× points on every purchase',
      '1 × ¥20 coupon every month, on orders over ¥199',
      'A birthday gift worth ¥30',
      'Shop new launches 12 hours early',
      'Earn 1 point per ¥1 spent in our stores, in the same account as online',
      'Pay with points in our stores',
      'In these stores: 华东直营店、华南直营店',
    ]);
    fireEvent.click(within(screen.getByTestId('shopper-preview')).getByText('T3 Top'));
    expect(within(en).getByText('Free shipping on everything')).toBeInTheDocument();
    expect(within(zh).getByText('专属客服热线')).toBeInTheDocument();
  }, 240_000);
});

describe('a merchant with no programme (op.home)', () => {
  it('shows the operator an empty page that starts a draft from the template, costed with nothing to compare with', async () => {
    renderApp('/perks', { as: 'op.home', locale: 'en' });
    expect(await screen.findByText('No member programme yet', undefined, { timeout: 60_000 })).toBeInTheDocument();
    expect(screen.getByText('No active version yet')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Start from the template' }));
    expect(await screen.findByText('Draft · version 1', undefined, { timeout: 30_000 })).toBeInTheDocument();
    expect(await screen.findByTestId('cost-summary')).toHaveTextContent('a month (no active version to compare with)');
    expect(input('T2 Plus · Threshold')).toHaveValue('2000.00');
  }, 240_000);

  it('shows a manager of the vertical the same merchant read-only, with nothing to start', async () => {
    renderApp('/perks/merchants/m_home_01', { as: 'mgr.tech' });
    expect(await screen.findByText('尚未设置会员计划', undefined, { timeout: 60_000 })).toBeInTheDocument();
    expect(screen.getByText('只读', { exact: true })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '从推荐模板开始' })).toBeNull();
  }, 240_000);
});

describe('the version page’s diff shows each cell in its own unit', () => {
  it('a points programme’s threshold in points, not yuan, in zh-CN and en (op.fmcg)', async () => {
    // 山野零食铺 qualifies by points: T2 from 1,000 to 1,200 points, and T3 48 → 72 hours of early access.
    const d = await draftOf('op.fmcg', (c) => {
      c.tiers.T2.threshold = 1_200;
      c.tiers.T3.earlyAccessHours = 72;
    });
    const rowOf = (name: RegExp) => within(screen.getByTestId('diff')).getByRole('row', { name });
    // Version 2 (active) against the newest other version: the draft.
    const { unmount } = renderApp('/perks/versions/2', { as: 'op.fmcg' });
    await screen.findByTestId('diff', undefined, { timeout: 60_000 });
    // Named as the grid names it, in points, and valued in points.
    expect(rowOf(/T2 进阶 · 升级门槛（积分）/)).toHaveTextContent('1,000 积分1,200 积分');
    expect(rowOf(/T2 进阶 · 升级门槛/)).not.toHaveTextContent('¥');
    expect(rowOf(/T3 至尊 · 新品抢先/)).toHaveTextContent('48 小时72 小时');
    expect(screen.getByText(`与第 ${d.number} 版相比有变化的单元格已高亮`)).toBeInTheDocument();
    expect(cellOf('T2 进阶 · 升级门槛（积分）')).toHaveClass('perks-changed');
    // The version's preview reads the points as a shopper would.
    expect(within(screen.getByTestId('preview-zh-CN')).getByText('累计 1,000 积分即可升级')).toBeInTheDocument();
    expect(await within(screen.getByTestId('preview-en')).findByText('Collect 1,000 points to join')).toBeInTheDocument();
    unmount();
    renderApp('/perks/versions/2', { as: 'op.fmcg', locale: 'en' });
    await screen.findByTestId('diff', undefined, { timeout: 60_000 });
    expect(rowOf(/T2 Plus · Threshold \(points\)/)).toHaveTextContent('1,000 points1,200 points');
    expect(rowOf(/T3 Top · Launch early access/)).toHaveTextContent('48 hours72 hours');
  }, 240_000);

  /** The diff as the version page wires it, for a switch the demo world has no version of. */
  function PerkDiff({ before, after }: { before: ProgrammeContent; after: ProgrammeContent }) {
    const d = diffProgrammeContent(before, after);
    const info = (number: number) => ({ number, submittedAt: '2026-12-01T02:00:00Z', submittedBy: null, decision: null, decidedAt: null });
    const { label, valueText } = useDiffText(diffQualifyBy(d.fields, after.qualifyBy));
    return <ApplicationDiff diff={{ from: info(1), to: info(2), ...d }} label={label} valueText={valueText} />;
  }

  it('a version that switched from spend to points shows ¥ before and points after', () => {
    const before = templateProgramme();
    const after = setAt(setAt(setAt(before, 'qualifyBy', 'points'), 'tiers.T2.threshold', 2_000), 'tiers.T3.threshold', 8_000);
    render(<PerkDiff before={before} after={after} />);
    const rowOf = (name: RegExp) => within(screen.getByTestId('diff')).getByRole('row', { name });
    expect(rowOf(/T2 进阶 · 升级门槛/)).toHaveTextContent('¥2,000.002,000 积分');
    expect(rowOf(/升级依据/)).toHaveTextContent('年消费金额积分');
  });
});
