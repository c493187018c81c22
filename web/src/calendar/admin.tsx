import type { CalendarWindow } from '@console/shared';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import { useQuery } from '@tanstack/react-query';
import { Button, InputNumber, Table, Tag } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/PageHeader';
import { useFormat } from '../i18n/format';
import { trpc } from '../providers/trpc';
import { Panel } from '../common/Panel';

const WindowDialog = lazy(() => import('./window-dialog'));

/** The platform admin's calendar: every window of a year, added and edited with the shared rules checked by the bff. */
export default function CalendarAdmin() {
  const { t } = useTranslation();
  const f = useFormat();
  const [year, setYear] = useState(() => new Date().getFullYear() + 1);
  const [editing, setEditing] = useState<CalendarWindow | 'new' | null>(null);
  // Once opened, the dialog stays mounted so that it closes with its animation.
  const [dialogUsed, setDialogUsed] = useState(false);
  const windows = useQuery({ queryKey: ['calendar', 'admin', year], queryFn: () => trpc.calendar.list.query({ page: 1, pageSize: 100, filters: { year } }) });

  function open(w: CalendarWindow | 'new') {
    setDialogUsed(true);
    setEditing(w);
  }

  return (
    <>
      <PageHeader
        title={t('calendar.adminTitle')}
        subtitle={t('calendar.adminSubtitle')}
        extra={
          <>
            <InputNumber aria-label={t('calendar.fields.year')} value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
              {t('calendar.add')}
            </Button>
          </>
        }
      />
      <Panel>
        <Table<CalendarWindow>
          rowKey="id"
          size="small"
          loading={windows.isLoading}
          dataSource={windows.data?.items}
          pagination={false}
          onRow={(w) => ({ onClick: () => open(w), style: { cursor: 'pointer' } })}
          columns={[
            { key: 'kind', title: t('calendar.fields.kind'), render: (_, w) => <Tag>{t(`calendar.kinds.${w.kind}`)}</Tag> },
            { key: 'phase', title: t('calendar.fields.phase'), render: (_, w) => (w.phase ? t(`campaigns.phases.${w.phase}`) : t('calendar.noPhase')) },
            { dataIndex: 'name', title: t('calendar.fields.name') },
            { key: 'startsOn', title: t('calendar.fields.startsOn'), render: (_, w) => f.date(w.startsOn) },
            { key: 'endsOn', title: t('calendar.fields.endsOn'), render: (_, w) => f.date(w.endsOn) },
            { key: 'deadline', title: t('calendar.fields.submissionDeadline'), render: (_, w) => f.date(w.submissionDeadline) },
            { key: 'global', title: t('calendar.fields.global'), render: (_, w) => (w.global ? '✓' : '') },
            { key: 'edit', title: t('table.actions'), render: (_, w) => <Button size="small" onClick={() => open(w)}>{t('common.edit')}</Button> },
          ]}
        />
      </Panel>
      {/* The window form (its date pickers, ~60 KB gzip with the form) loads on the first add or edit. */}
      {dialogUsed && (
        <Suspense fallback={null}>
          <WindowDialog editing={editing} year={year} onClose={() => setEditing(null)} />
        </Suspense>
      )}
    </>
  );
}
