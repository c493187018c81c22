import { addDays, type CalendarWindow } from '@console/shared';
import { useGetIdentity } from '@refinedev/core';
import { useQuery } from '@tanstack/react-query';
import { Badge, Calendar, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applicationPath } from '../home/card';
import { useAvailability } from '../campaigns/api';
import { PageHeader } from '../common/PageHeader';
import { trpc } from '../providers/trpc';
import { Panel } from '../common/Panel';
import { StateDot } from '../common/state-tag';
import { CalendarHeader } from './header';

const KIND_COLORS: Record<CalendarWindow['kind'], string> = {
  ss_launch: 'green',
  aw_launch: 'orange',
  mid_year_618: 'red',
  double11: 'magenta',
  brand_day: 'blue',
  brand_day_blackout: 'default',
};

/** The marketing year for everyone: windows and deadlines by day; an operator also sees each day's Brand Day status and their own applications. */
export default function CalendarView() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<{ role: string }>();
  const [month, setMonth] = useState(() => dayjs().startOf('month'));
  const year = month.year();
  const windows = useQuery({
    queryKey: ['calendar', 'year', year],
    queryFn: () => trpc.calendar.list.query({ page: 1, pageSize: 100, filters: { year } }),
    select: (p) => p.items.filter((w) => w.kind !== 'brand_day'),
  });
  const operator = me?.role === 'operator';
  const from = month.startOf('month').format('YYYY-MM-DD');
  const availability = useAvailability(from, addDays(from, 41), operator);
  // Every day the month's grid may show (it starts on the week of the 1st, Sunday or Monday by locale, six weeks).
  const shownFrom = month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD');
  const shownTo = month.endOf('month').add(14, 'day').format('YYYY-MM-DD');
  const mine = useQuery({ queryKey: ['calendar', 'agenda', shownFrom, shownTo], queryFn: () => trpc.calendar.agenda.query({ from: shownFrom, to: shownTo }), enabled: operator });
  const statusOf = new Map((availability.data?.days ?? []).map((d) => [d.date, d.status]));

  const label = (w: CalendarWindow) => (w.phase ? `${t(`calendar.kinds.${w.kind}`)}·${t(`campaigns.phases.${w.phase}`)}` : t(`calendar.kinds.${w.kind}`));
  const cell = (d: Dayjs) => {
    const date = d.format('YYYY-MM-DD');
    const active = (windows.data ?? []).filter((w) => date >= w.startsOn && date <= w.endsOn);
    const deadlines = (windows.data ?? []).filter((w) => w.submissionDeadline === date);
    const status = statusOf.get(date);
    const apps = (mine.data?.items ?? []).filter((a) => a.date === date);
    return (
      <div style={{ fontSize: 12, lineHeight: '18px' }} data-date={date}>
        {active.map((w) => (
          <Tag
            key={w.id}
            color={KIND_COLORS[w.kind]}
            title={label(w)}
            // A long phase name ("Double 11·Official days") is cut at the cell's edge, whole in its title.
            style={{ marginBottom: 2, fontSize: 11, maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', verticalAlign: 'top' }}
          >
            {label(w)}
          </Tag>
        ))}
        {deadlines.map((w) => (
          <div key={`d-${w.id}`} style={{ color: '#a8071a' }}>
            {t('calendar.deadline', { name: w.name })}
          </div>
        ))}
        {operator && status && status !== 'unavailable' && status !== 'free' && (
          <Badge status={status === 'taken' ? 'error' : status === 'blackout' ? 'default' : 'processing'} text={`${t('calendar.brandDay')}：${t(`campaigns.dayStatus.${status}`)}`} data-status={status} />
        )}
        {apps.map((a) => (
          <div key={a.id} data-testid="agenda-item" style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
            <Link
              to={applicationPath(a, 'operator')}
              onClick={(e) => e.stopPropagation()}
              title={t('calendar.mine', { kind: t(`appKinds.${a.kind}`), title: a.title || t('calendar.untitled'), state: t(`appStates.${a.state}`) })}
            >
              <StateDot state={a.state} />
              {t(`appKinds.${a.kind}`)}·{a.title || t('calendar.untitled')}
            </Link>
          </div>
        ))}
      </div>
    );
  };

  return (
    <>
      <PageHeader title={t('calendar.title')} subtitle={t('calendar.subtitle')} />
      <Panel>
        <Calendar value={month} onPanelChange={(d) => setMonth(d.startOf('month'))} onSelect={(d) => setMonth(d.startOf('month'))} cellRender={(d, info) => (info.type === 'date' ? cell(d) : info.originNode)} headerRender={(h) => <CalendarHeader {...h} />} />
      </Panel>
    </>
  );
}
