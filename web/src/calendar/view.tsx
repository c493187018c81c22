import { addDays, type CalendarWindow } from '@console/shared';
import { useGetIdentity } from '@refinedev/core';
import { useQuery } from '@tanstack/react-query';
import { Badge, Calendar, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAvailability } from '../campaigns/api';
import { PageHeader } from '../common/PageHeader';
import { trpc } from '../providers/trpc';
import { Panel } from '../common/Panel';

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
  const mine = useQuery({ queryKey: ['campaigns', 'calendar'], queryFn: () => trpc.campaigns.list.query({ pageSize: 100 }), enabled: operator });
  const statusOf = new Map((availability.data?.days ?? []).map((d) => [d.date, d.status]));

  const cell = (d: Dayjs) => {
    const date = d.format('YYYY-MM-DD');
    const active = (windows.data ?? []).filter((w) => date >= w.startsOn && date <= w.endsOn);
    const deadlines = (windows.data ?? []).filter((w) => w.submissionDeadline === date);
    const status = statusOf.get(date);
    const apps = (mine.data?.items ?? []).filter((a) => a.date === date);
    return (
      <div style={{ fontSize: 12, lineHeight: '18px' }} data-date={date}>
        {active.map((w) => (
          <Tag key={w.id} color={KIND_COLORS[w.kind]} style={{ marginBottom: 2, fontSize: 11 }}>
            {w.phase ? `${t(`calendar.kinds.${w.kind}`)}·${t(`campaigns.phases.${w.phase}`)}` : t(`calendar.kinds.${w.kind}`)}
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
          <div key={a.id}>· {a.title}</div>
        ))}
      </div>
    );
  };

  return (
    <>
      <PageHeader title={t('calendar.title')} subtitle={t('calendar.subtitle')} />
      <Panel>
        <Calendar value={month} onPanelChange={(d) => setMonth(d.startOf('month'))} onSelect={(d) => setMonth(d.startOf('month'))} cellRender={(d, info) => (info.type === 'date' ? cell(d) : info.originNode)} />
      </Panel>
    </>
  );
}
