import { formatYuan } from '@console/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const MONEY = new Set(['value', 'minSpend', 'birthdayGift', 'pointCostFenPer100', 'shippingCostPerMemberFen', 'serviceCostPerMemberFen']);
const PERCENT = new Set(['couponRedemptionBp', 'birthdayShareBp']);

/** How the review diff names a programme's cells (`T2 Plus · Coupon value`) and shows their values (¥, %, ✓). */
export function useDiffText() {
  const { t, i18n } = useTranslation();
  const label = useCallback(
    (path: string) => {
      const [head, tier, ...rest] = path.split('.');
      if (head === 'tiers' && tier) return `${t(`perks.tier.${tier}`)} · ${t(`perks.field.${rest.join('.')}`)}`;
      if (head === 'offline' && tier) return t(`perks.offline.${tier}`);
      if (head === 'assumptions' && tier) return t(`perks.assumption.${tier}`);
      if (head === 'qualifyBy') return t('perks.qualifyBy');
      return path;
    },
    [t],
  );
  const valueText = useCallback(
    (path: string, value: unknown) => {
      const last = path.split('.').at(-1) ?? path;
      if (value === null || value === undefined) return '—';
      if (typeof value === 'boolean') return value ? '✓' : '—';
      if (typeof value === 'number' && (MONEY.has(last) || (last === 'threshold' && path.startsWith('tiers')))) {
        return formatYuan(value, i18n.language === 'en' ? 'en' : 'zh-CN');
      }
      if (typeof value === 'number' && PERCENT.has(last)) return `${(value / 100).toFixed(2)}%`;
      if (last === 'pointsMultiplier') return `${String(value)}×`;
      if (last === 'qualifyBy') return t(`perks.qualify.${String(value)}`);
      if (Array.isArray(value)) return value.join(t('launches.listSeparator'));
      return String(value);
    },
    [t, i18n.language],
  );
  return { label, valueText };
}
