import type { HeatCell } from '@console/shared';
import { Flex, theme, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Typography } from '../common/typography';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** Colours of the three states; "no data" is hatched grey so it never reads as a lighter "missed". */
export function useHeatColors() {
  const { token } = theme.useToken();
  return {
    covered: token.colorSuccess,
    missed: token.colorError,
    noData: `repeating-linear-gradient(45deg, ${token.colorFillSecondary} 0 3px, ${token.colorBgContainer} 3px 6px)`,
  };
}

/** The weekday × hour coverage of a period, as a table: one row per weekday, one cell per hour. */
export function CoverageHeatMap({ cells, responseTimeSec }: { cells: HeatCell[]; responseTimeSec: number }) {
  const { t } = useTranslation();
  const colors = useHeatColors();
  const { token } = theme.useToken();
  const by = new Map(cells.map((c) => [`${c.weekday}:${c.hour}`, c]));
  const label = (c: HeatCell) =>
    c.state === 'noData'
      ? t('service.heatmap.cellEmpty', { weekday: t(`service.heatmap.weekdays.${c.weekday}`), hour: c.hour })
      : t('service.heatmap.cell', {
          weekday: t(`service.heatmap.weekdays.${c.weekday}`),
          hour: c.hour,
          state: t(`service.heatmap.${c.state}`),
          within: c.withinStandard,
          count: c.conversations,
        });
  return (
    <div>
      <div style={{ overflowX: 'auto' }}>
        <table aria-label={t('service.heatmap.title')} style={{ borderCollapse: 'separate', borderSpacing: 3, width: '100%', minWidth: 640 }}>
          <thead>
            <tr>
              <th />
              {HOURS.map((h) => (
                <th key={h} scope="col" style={{ fontWeight: 400, fontSize: 11, color: token.colorTextSecondary }}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((d) => (
              <tr key={d}>
                <th scope="row" style={{ fontWeight: 400, fontSize: 12, color: token.colorTextSecondary, textAlign: 'right', paddingRight: 6, whiteSpace: 'nowrap' }}>
                  {t(`service.heatmap.weekdays.${d}`)}
                </th>
                {HOURS.map((h) => {
                  const c = by.get(`${d}:${h}`) ?? { weekday: d, hour: h, conversations: 0, withinStandard: 0, state: 'noData' as const };
                  return (
                    <Tooltip key={h} title={label(c)} mouseEnterDelay={0.05}>
                      <td
                        aria-label={label(c)}
                        data-state={c.state}
                        style={{ height: 22, borderRadius: 3, background: colors[c.state], outline: c.state === 'noData' ? `1px solid ${token.colorBorderSecondary}` : undefined }}
                      />
                    </Tooltip>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Flex gap={16} wrap align="center" style={{ marginTop: 8 }}>
        {(['covered', 'missed', 'noData'] as const).map((s) => (
          <Flex key={s} gap={6} align="center">
            <span aria-hidden style={{ width: 14, height: 14, borderRadius: 3, background: colors[s], outline: s === 'noData' ? `1px solid ${token.colorBorderSecondary}` : undefined }} />
            <Typography.Text>{t(`service.heatmap.${s}`)}</Typography.Text>
          </Flex>
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('service.heatmap.hint', { seconds: responseTimeSec })}
        </Typography.Text>
      </Flex>
    </div>
  );
}
