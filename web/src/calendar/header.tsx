import { Flex, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

type Mode = 'month' | 'year';

/**
 * The calendar's year and month pickers, named: antd's own header renders two unlabelled selects (axe: label,
 * critical), and a screen reader heard "combobox, 2026" with no word of what it picks.
 */
export function CalendarHeader({ value, type, onChange, onTypeChange }: { value: Dayjs; type: Mode; onChange: (d: Dayjs) => void; onTypeChange: (t: Mode) => void }) {
  const { t, i18n } = useTranslation();
  const year = value.year();
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'short' });
  return (
    <Flex justify="flex-end" gap={8} wrap style={{ paddingBottom: 12 }}>
      <Select
        aria-label={t('calendar.year')}
        value={year}
        onChange={(y: number) => onChange(value.year(y))}
        options={Array.from({ length: 11 }, (_, i) => ({ value: year - 5 + i, label: String(year - 5 + i) }))}
        virtual={false}
        style={{ width: 96 }}
      />
      {type === 'month' && (
        <Select
          aria-label={t('calendar.month')}
          value={value.month()}
          onChange={(m: number) => onChange(value.month(m))}
          options={Array.from({ length: 12 }, (_, m) => ({ value: m, label: monthName.format(new Date(2000, m, 1)) }))}
          virtual={false}
        style={{ width: 96 }}
        />
      )}
      <Radio.Group
        optionType="button"
        value={type}
        onChange={(e) => onTypeChange(e.target.value as Mode)}
        options={[
          { value: 'month', label: t('calendar.monthView') },
          { value: 'year', label: t('calendar.yearView') },
        ]}
      />
    </Flex>
  );
}
