import type { AvailabilityDay, Eligibility } from '@console/shared';
import { brandDayEligibility } from '@console/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { BrandDayDatePicker } from './date-picker';
import { EligibilityCard } from './eligibility-card';
import { PromoSkuTable } from './sku-table';

beforeAll(async () => {
  await initI18n('zh-CN');
});

const now = new Date('2026-12-01T02:00:00Z');

describe('eligibility card', () => {
  it('shows each criterion with the merchant’s value, the threshold and what to improve when it fails', () => {
    const e: Eligibility = brandDayEligibility(
      { dsrDescription: 4.8, dsrService: 4.69, dsrLogistics: 4.8, violationPoints: 6, serviceTier: 'silver', crossBorder: false },
      { date: null, now, ownApprovedDates: [] },
    );
    render(<EligibilityCard eligibility={e} />);
    expect(screen.getByText('暂不符合报名条件')).toBeInTheDocument();
    const row = (criterion: string) => screen.getByText((_, el) => el?.getAttribute('data-criterion') === criterion).closest('tr')!;
    expect(within(row('dsrService')).getByText('4.69')).toBeInTheDocument();
    expect(within(row('dsrService')).getByText('≥ 4.70')).toBeInTheDocument();
    expect(within(row('dsrService')).getByText('提升客服响应与服务态度')).toBeInTheDocument();
    expect(within(row('violationPoints')).getByText('< 6')).toBeInTheDocument();
    expect(within(row('serviceTier')).getByText('银牌')).toBeInTheDocument();
    expect(row('dsrDescription').querySelector('[data-pass="true"]')).not.toBeNull();
  });
});

describe('Brand Day date picker', () => {
  it('marks free and taken dates and lets only free ones be picked', async () => {
    const days: AvailabilityDay[] = [
      { date: '2027-01-14', status: 'free', pending: 0 },
      { date: '2027-01-15', status: 'taken', pending: 0 },
      { date: '2027-01-16', status: 'mine_pending', pending: 1 },
    ];
    const picked: (string | null)[] = [];
    render(<BrandDayDatePicker value="2027-01-16" days={days} onChange={(d) => picked.push(d)} />);
    await userEvent.click(screen.getByRole('textbox'));
    const cell = (date: string) => document.querySelector(`[data-date="${date}"]`)!;
    expect(cell('2027-01-14').getAttribute('data-status')).toBe('free');
    expect(cell('2027-01-15').getAttribute('data-status')).toBe('taken');
    expect(cell('2027-01-15').getAttribute('title')).toBe('已被占用');
    expect(cell('2027-01-15').closest('td')?.className).toContain('ant-picker-cell-disabled');
    expect(cell('2027-01-14').closest('td')?.className).not.toContain('ant-picker-cell-disabled');
    await userEvent.click(cell('2027-01-14'));
    expect(picked).toEqual(['2027-01-14']);
  });
});

describe('promotion SKU table', () => {
  it('names the store-wide rows above half their reference price', () => {
    render(
      <PromoSkuTable
        mode="store_wide"
        skus={[
          { code: 'A', name: 'a', festivalPrice: 999, referencePrice: 1999, stock: 1 },
          { code: 'B', name: 'b', festivalPrice: 1000, referencePrice: 1999, stock: 1 },
        ]}
      />,
    );
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toHaveTextContent('全场五折：活动价不得高于近 30 天最低价的 50%');
    expect(alerts[0]!.closest('[data-row]')?.getAttribute('data-row')).toBe('2');
  });
});
