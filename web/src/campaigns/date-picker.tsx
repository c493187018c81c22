import type { AvailabilityDay, DayStatus } from '@console/shared';
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const COLORS: Record<DayStatus, string> = {
  free: '#237804',
  taken: '#a8071a',
  mine_approved: '#0958d9',
  mine_pending: '#ad6800',
  blackout: '#595959',
  unavailable: '#8c8c8c',
};
const PICKABLE: readonly DayStatus[] = ['free', 'mine_pending'];

/**
 * The Brand Day date picker: each day says whether it is free, taken (by someone — never who), or the merchant's own;
 * taken, closed and out-of-range days cannot be picked.
 */
export function BrandDayDatePicker({
  value,
  onChange,
  days,
  id,
}: {
  value?: string | null;
  onChange?: (date: string | null) => void;
  days: readonly AvailabilityDay[] | undefined;
  id?: string;
}) {
  const { t } = useTranslation();
  const byDate = useMemo(() => new Map((days ?? []).map((d) => [d.date, d])), [days]);
  const firstFree = days?.find((d) => d.status === 'free')?.date;
  const statusOf = (d: Dayjs): DayStatus => byDate.get(d.format('YYYY-MM-DD'))?.status ?? 'unavailable';
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      disabledDate={(d) => !PICKABLE.includes(statusOf(d)) && d.format('YYYY-MM-DD') !== value}
      style={{ width: 220 }}
      // Open on the first bookable month, not today's (the first 30 days never are).
      defaultPickerValue={value ? dayjs(value) : firstFree ? dayjs(firstFree) : undefined}
      cellRender={(current, info) => {
        if (info.type !== 'date' || typeof current === 'number' || typeof current === 'string') return info.originNode;
        const d = current as Dayjs;
        const status = statusOf(d);
        return (
          <div className="ant-picker-cell-inner" data-date={d.format('YYYY-MM-DD')} data-status={status} title={t(`campaigns.dayStatus.${status}`)}>
            {d.date()}
            <span aria-hidden style={{ display: 'block', height: 3, marginTop: -2, borderRadius: 2, background: status === 'unavailable' ? 'transparent' : COLORS[status] }} />
          </div>
        );
      }}
      renderExtraFooter={() => (
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap', fontSize: 12, padding: '4px 0' }}>
          {(['free', 'taken', 'mine_pending', 'mine_approved', 'blackout'] as const).map((s) => (
            <span key={s}>
              <span aria-hidden style={{ display: 'inline-block', width: 10, height: 3, background: COLORS[s], marginInlineEnd: 4, verticalAlign: 'middle' }} />
              {t(`campaigns.dayStatus.${s}`)}
            </span>
          ))}
        </div>
      )}
    />
  );
}

export default BrandDayDatePicker;
