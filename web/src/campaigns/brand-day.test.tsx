import { addDays, type BrandDayContent } from '@console/shared';
import { callerAs, useScenario } from '@console/mocks/node';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';
// Lazy chunks up front, so a test's time goes to the test.
import './show';
import './brand-day';

const content = (date: string, theme: string): BrandDayContent => ({
  date,
  theme,
  proposal: '全店新品首发，直播专场',
  gmvTarget: 3_000_000_00,
  discountDepth: 20,
  resources: ['homepage_banner'],
  heroSkus: [{ code: 'HERO-1', name: '主推款', price: 59900 }],
});

/** op.apparel and op.beauty apply for one free date; mgr.fashion approves op.apparel's: op.beauty's is declined. */
async function declinedForBeauty() {
  const a = await callerAs('op.apparel');
  const b = await callerAs('op.beauty');
  const { earliest } = await b.campaigns.availability({ from: '2000-01-01', to: '2000-01-01' });
  // 29 days after the first bookable one: free in the demo world, and 90 days from both stores' own Brand Days.
  const date = addDays(earliest, 29);
  const first = await a.campaigns.createBrandDay(content(date, '服饰品牌日'));
  const firstSubmitted = await a.campaigns.submit({ id: first.id, version: first.version });
  const second = await b.campaigns.createBrandDay(content(date, '美妆品牌日'));
  await b.campaigns.submit({ id: second.id, version: second.version });
  const mgr = await callerAs('mgr.fashion');
  const claimed = await mgr.review.claim({ id: first.id, version: firstSubmitted.version });
  await mgr.review.approve({ id: first.id, version: claimed.version });
  const declined = await b.campaigns.byId({ id: second.id });
  expect(declined.state).toBe('declined');
  return { id: second.id, date, suggested: declined.lastDecision?.suggestedDates ?? [] };
}

const actionButton = async (name: RegExp) => within(await screen.findByTestId('campaign-actions', {}, { timeout: 45_000 })).findByRole('button', { name });

describe('Brand Day page', { timeout: 300_000 }, () => {
  it('a declined application offers three free dates; taking one and resubmitting says so and shows it submitted', async () => {
    const { id, suggested } = await declinedForBeauty();
    expect(suggested).toHaveLength(3);
    renderApp(`/campaigns/${id}`, { as: 'op.beauty' });
    const declined = await screen.findByTestId('declined', {}, { timeout: 45_000 });
    expect(declined).toHaveTextContent('所选日期已被其他品牌获批');
    const offers = within(declined).getAllByRole('button');
    expect(offers.map((b) => b.textContent?.replace(/\s/g, ''))).toEqual(suggested.map((d) => `改为${d}`));
    fireEvent.click(offers[0]!);
    fireEvent.click(await actionButton(/重新提交/));
    // The toast outlives the page's remount on the new version (it used to be lost with it).
    expect(await screen.findByText('已提交审核', {}, { timeout: 30_000 })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('[data-state="submitted"]')).not.toBeNull(), { timeout: 30_000 });
    const b = await callerAs('op.beauty');
    const now = await b.campaigns.byId({ id });
    expect(now.kind === 'brand_day' && now.content.date).toBe(suggested[0]);
    expect(now).toMatchObject({ state: 'submitted', submissionCount: 2 });
  });

  it('resubmitting on the taken date keeps the error in place, and the next attempt on an offered date goes through', async () => {
    const { id, suggested } = await declinedForBeauty();
    renderApp(`/campaigns/${id}`, { as: 'op.beauty' });
    fireEvent.click(await actionButton(/重新提交/));
    const alert = await screen.findByText(/还有内容需要修改才能提交/, {}, { timeout: 30_000 });
    expect(alert).toBeInTheDocument();
    // The field's own message, under the date picker; it survives the save that bumped the version.
    expect(await screen.findByText('该日期已被其他品牌获批')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(screen.getByText('该日期已被其他品牌获批')).toBeInTheDocument();
    // The draft was saved meanwhile (a new version): the next attempt starts from it, not from a stale one.
    fireEvent.click(within(screen.getByTestId('declined')).getAllByRole('button')[1]!);
    fireEvent.click(await actionButton(/重新提交/));
    expect(await screen.findByText('已提交审核', {}, { timeout: 30_000 })).toBeInTheDocument();
    const now = await (await callerAs('op.beauty')).campaigns.byId({ id });
    expect(now.kind === 'brand_day' && now.content.date).toBe(suggested[1]);
    expect(now.state).toBe('submitted');
  });

  it('in the ineligible scenario, the eligibility card shows what fails before any form is filled', async () => {
    useScenario('ineligible');
    renderApp('/campaigns/new/brand-day', { as: 'op.apparel' });
    expect(await screen.findByText('暂不符合报名条件', {}, { timeout: 60_000 })).toBeInTheDocument();
    const row = (criterion: string) => document.querySelector(`[data-criterion="${criterion}"]`)?.closest('tr');
    await waitFor(() => expect(row('dsrService')?.querySelector('[data-pass="false"]')).not.toBeNull());
    expect(within(row('dsrService')!).getByText('4.65')).toBeInTheDocument();
    expect(row('violationPoints')?.querySelector('[data-pass="false"]')).not.toBeNull();
    expect(row('dsrDescription')?.querySelector('[data-pass="true"]')).not.toBeNull();
  });
});
