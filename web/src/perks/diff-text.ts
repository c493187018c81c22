import { formatYuan, type QualifyBy } from '@console/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffSide } from '../review/diff';

/** Cells in fen, shown in yuan. */
const MONEY = new Set(['value', 'minSpend', 'birthdayGift', 'pointCostFenPer100', 'shippingCostPerMemberFen', 'serviceCostPerMemberFen', 'inStoreSpendPerMemberFen']);
/** Cells in basis points, shown as percentages. */
const PERCENT = new Set(['couponRedemptionBp', 'birthdayShareBp']);

/**
 * The qualifyBy of each side of a diff: the diff names a change of it, else both sides share the one of the version
 * on the page (`own`).
 */
export function diffQualifyBy(fields: readonly { path: string; before?: unknown; after?: unknown }[] | undefined, own: QualifyBy): Record<DiffSide, QualifyBy> {
  const change = fields?.find((c) => c.path === 'qualifyBy');
  return { before: (change?.before as QualifyBy | undefined) ?? own, after: (change?.after as QualifyBy | undefined) ?? own };
}

/**
 * How the review diff names a programme's cells (`T2 Plus · Coupon value`) and shows their values, each in its own
 * unit: ¥ for money, points for a points threshold, hours, coupons a month, %, ×, ✓. A threshold's unit is the one
 * its own version qualifies by (`qualifyBy` of the side it is on): a version that switched from spend to points
 * shows ¥ before and points after.
 */
export function useDiffText(qualifyBy: Record<DiffSide, QualifyBy>) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language === 'en' ? 'en' : 'zh-CN';
  const label = useCallback(
    (path: string) => {
      const [head, tier, ...rest] = path.split('.');
      const field = rest.join('.');
      // A threshold is named in points as the grid names it when both sides qualify by points; after a switch the
      // values carry their units (¥ / points) and the plain name fits both.
      const points = field === 'threshold' && qualifyBy.before === 'points' && qualifyBy.after === 'points';
      if (head === 'tiers' && tier) return `${t(`perks.tier.${tier}`)} · ${t(points ? 'perks.field.thresholdPoints' : `perks.field.${field}`)}`;
      if (head === 'offline' && tier) return t(`perks.offline.${tier}`);
      if (head === 'assumptions' && tier) return t(`perks.assumption.${tier}`);
      if (head === 'qualifyBy') return t('perks.qualifyBy');
      return path;
    },
    [t, qualifyBy],
  );
  const valueText = useCallback(
    (path: string, value: unknown, side: DiffSide = 'after') => {
      const last = path.split('.').at(-1) ?? path;
      if (value === null || value === undefined) return '—';
      if (typeof value === 'boolean') return value ? '✓' : '✗';
      if (typeof value === 'number') {
        const n = new Intl.NumberFormat(lng).format(value);
        if (last === 'threshold' && path.startsWith('tiers.')) {
          return qualifyBy[side] === 'points' ? t('perks.unit.points', { value: n, count: value }) : formatYuan(value, lng);
        }
        if (MONEY.has(last)) return formatYuan(value, lng);
        if (PERCENT.has(last)) return `${(value / 100).toFixed(2)}%`;
        if (last === 'pointsMultiplier') return `${String(value)}×`;
        if (last === 'earlyAccessHours') return t('perks.unit.hours', { value: n, count: value });
        if (last === 'monthlyQuota') return t('perks.unit.perMonth', { value: n, count: value });
        if (last === 'inStoreEarnPerYuan') return t('perks.unit.perYuan', { value: n, count: value });
        if (last === 'basePointsPerMember') return t('perks.unit.points', { value: n, count: value });
        return n;
      }
      if (last === 'qualifyBy') return t(`perks.qualify.${String(value)}`);
      if (Array.isArray(value)) return value.length ? value.join(t('launches.listSeparator')) : '—';
      return String(value);
    },
    [t, lng, qualifyBy],
  );
  return { label, valueText };
}
