import { type CalendarWindow, WINDOW_KINDS, WINDOW_PHASES } from '@console/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, DatePicker, Form, InputNumber, Modal, Select, Switch } from 'antd';
import { Input } from '../common/input';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../providers/errors';
import { trpc } from '../providers/trpc';

type Values = Omit<CalendarWindow, 'id' | 'version' | 'updatedAt' | 'startsOn' | 'endsOn' | 'submissionDeadline'> & {
  startsOn: dayjs.Dayjs | null;
  endsOn: dayjs.Dayjs | null;
  submissionDeadline: dayjs.Dayjs | null;
};
const day = (v: string | null) => (v ? dayjs(v) : null);
const text = (d: dayjs.Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/**
 * Adding or editing a window of the marketing calendar (platform admin). Its own chunk, loaded on the first add or
 * edit: the form and its date pickers are ~60 KB gzip that reading the calendar does not need. The bff checks the
 * shared rules; its per-field messages show on the fields. `editing` null closes the dialog.
 */
export default function WindowDialog({ editing, year, onClose }: { editing: CalendarWindow | 'new' | null; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();

  // Each opening starts from the window (or a new one in the year shown).
  useEffect(() => {
    if (editing === null) return;
    setError(null);
    const base = editing === 'new' ? { kind: 'mid_year_618' as const, phase: null, year, name: '', startsOn: null, endsOn: null, submissionDeadline: null, global: false } : editing;
    form.setFieldsValue({ ...base, startsOn: day(base.startsOn), endsOn: day(base.endsOn), submissionDeadline: day(base.submissionDeadline) });
    // Only a new opening resets the form (the year shown changing behind an open dialog does not).
  }, [editing]);

  async function save() {
    const v = form.getFieldsValue(true) as Values;
    const input = { kind: v.kind, phase: v.phase ?? null, year: v.year, name: v.name ?? '', startsOn: text(v.startsOn) ?? '', endsOn: text(v.endsOn) ?? '', submissionDeadline: text(v.submissionDeadline), global: !!v.global };
    try {
      if (editing === 'new') await trpc.calendar.create.mutate(input);
      else if (editing) await trpc.calendar.update.mutate({ ...input, id: editing.id, version: editing.version });
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['calendar'] });
    } catch (e) {
      const api = toApiError(e);
      setError(t(api.key));
      form.setFields(Object.entries(api.fieldErrors).map(([p, keys]) => ({ name: p as keyof Values, errors: keys.map((k) => t(k)) })));
    }
  }

  return (
    <Modal open={editing !== null} title={editing === 'new' ? t('calendar.add') : t('calendar.edit')} onOk={() => void save()} onCancel={onClose} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
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
  );
}
