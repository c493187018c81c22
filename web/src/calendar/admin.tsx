import { type CalendarWindow, WINDOW_KINDS, WINDOW_PHASES } from '@console/shared';
import PlusOutlined from '@ant-design/icons/PlusOutlined';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Switch, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../common/PageHeader';
import { useFormat } from '../i18n/format';
import { toApiError } from '../providers/errors';
import { trpc } from '../providers/trpc';
import { Panel } from '../common/Panel';

type Values = Omit<CalendarWindow, 'id' | 'version' | 'updatedAt' | 'startsOn' | 'endsOn' | 'submissionDeadline'> & {
  startsOn: dayjs.Dayjs | null;
  endsOn: dayjs.Dayjs | null;
  submissionDeadline: dayjs.Dayjs | null;
};
const day = (v: string | null) => (v ? dayjs(v) : null);
const text = (d: dayjs.Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** The platform admin's calendar: every window of a year, added and edited with the shared rules checked by the bff. */
export default function CalendarAdmin() {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(() => new Date().getFullYear() + 1);
  const [editing, setEditing] = useState<CalendarWindow | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const windows = useQuery({ queryKey: ['calendar', 'admin', year], queryFn: () => trpc.calendar.list.query({ page: 1, pageSize: 100, filters: { year } }) });

  function open(w: CalendarWindow | 'new') {
    setEditing(w);
    setError(null);
    const base = w === 'new' ? { kind: 'mid_year_618' as const, phase: null, year, name: '', startsOn: null, endsOn: null, submissionDeadline: null, global: false } : w;
    form.setFieldsValue({ ...base, startsOn: day(base.startsOn), endsOn: day(base.endsOn), submissionDeadline: day(base.submissionDeadline) });
  }

  async function save() {
    const v = form.getFieldsValue(true) as Values;
    const input = { kind: v.kind, phase: v.phase ?? null, year: v.year, name: v.name ?? '', startsOn: text(v.startsOn) ?? '', endsOn: text(v.endsOn) ?? '', submissionDeadline: text(v.submissionDeadline), global: !!v.global };
    try {
      if (editing === 'new') await trpc.calendar.create.mutate(input);
      else if (editing) await trpc.calendar.update.mutate({ ...input, id: editing.id, version: editing.version });
      setEditing(null);
      await queryClient.invalidateQueries({ queryKey: ['calendar'] });
    } catch (e) {
      const api = toApiError(e);
      setError(t(api.key));
      form.setFields(Object.entries(api.fieldErrors).map(([p, keys]) => ({ name: p as keyof Values, errors: keys.map((k) => t(k)) })));
    }
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
      <Modal open={editing !== null} title={editing === 'new' ? t('calendar.add') : t('calendar.edit')} onOk={() => void save()} onCancel={() => setEditing(null)} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} role="alert" />}
        <Form<Values> form={form} layout="vertical">
          <Form.Item name="kind" label={t('calendar.fields.kind')}>
            <Select disabled={editing !== 'new'} options={WINDOW_KINDS.map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="phase" label={t('calendar.fields.phase')}>
            <Select allowClear disabled={editing !== 'new'} placeholder={t('calendar.noPhase')} options={WINDOW_PHASES.map((p) => ({ value: p, label: t(`campaigns.phases.${p}`) }))} />
          </Form.Item>
          <Form.Item name="year" label={t('calendar.fields.year')}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="name" label={t('calendar.fields.name')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="startsOn" label={t('calendar.fields.startsOn')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="endsOn" label={t('calendar.fields.endsOn')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="submissionDeadline" label={t('calendar.fields.submissionDeadline')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="global" label={t('calendar.fields.global')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
