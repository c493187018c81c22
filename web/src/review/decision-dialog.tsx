import { type ApplicationKind, rejectInput, requestChangesInput } from '@console/shared';
import { Button, Form, Modal, Select, Space } from 'antd';
import { Input, TextArea } from '../common/input';
import { useTranslation } from 'react-i18next';
import { zodRule } from '../common/zodRule';
import { Typography } from '../common/typography';
import { KIND_VIEWS } from '../kinds';
import { useFieldLabel } from '../launches/common';

export type Decision = 'approve' | 'reject' | 'request_changes';
export interface DecisionValues {
  reason?: string;
  comment?: string;
  fieldComments?: { field?: string; comment?: string }[];
}

/**
 * The review panel's decision dialog: approve with a comment, reject with a reason, or request changes with a comment
 * and per-field notes. Its own chunk (the panel loads it on the first decision): the form and the shared rules it
 * checks as the server will (zod) are ~50 KB gzip that reading an application does not need.
 * `onConfirm` gets the values once they pass; the panel closes the dialog (`dialog` null) when the decision is made.
 */
export default function DecisionDialog({
  dialog,
  kind,
  busy,
  onCancel,
  onConfirm,
}: {
  dialog: Decision | null;
  kind: ApplicationKind;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (values: DecisionValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const [form] = Form.useForm<DecisionValues>();
  return (
    <Modal
      open={dialog !== null}
      title={dialog === 'approve' ? t('review.approveTitle') : dialog === 'reject' ? t('review.rejectTitle') : t('review.requestTitle')}
      okText={dialog === 'approve' ? t('review.approve') : dialog === 'reject' ? t('review.reject') : t('review.requestChanges')}
      okButtonProps={{ danger: dialog === 'reject', loading: busy }}
      cancelText={t('common.cancel')}
      // A form that does not validate keeps the dialog open with its messages in place.
      onOk={() => void form.validateFields().then(onConfirm).catch(() => undefined)}
      onCancel={onCancel}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" preserve={false}>
        {dialog === 'approve' && (
          <Form.Item name="comment" label={t('review.approveComment')}>
            <TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
        {dialog === 'reject' && (
          <Form.Item name="reason" label={t('review.reason')} rules={[zodRule(rejectInput.shape.reason, { empty: '' })]}>
            <TextArea rows={4} maxLength={2000} placeholder={t('review.reasonPlaceholder')} />
          </Form.Item>
        )}
        {dialog === 'request_changes' && (
          <>
            <Form.Item name="comment" label={t('review.comment')} rules={[zodRule(requestChangesInput.shape.comment, { empty: '' })]}>
              <TextArea rows={3} maxLength={2000} placeholder={t('review.commentPlaceholder')} />
            </Form.Item>
            <Typography.Text strong>{t('review.fieldComments')}</Typography.Text>
            <Form.List name="fieldComments">
              {(fields, { add, remove }) => (
                <div style={{ marginTop: 8 }}>
                  {fields.map((field) => (
                    <Space key={field.key} align="start" style={{ display: 'flex' }}>
                      <Form.Item name={[field.name, 'field']} rules={[{ required: true, message: t('zod.required') }]}>
                        <Select
                          style={{ width: 160 }}
                          aria-label={t('review.field')}
                          placeholder={t('review.field')}
                          options={KIND_VIEWS[kind].commentFields.map((p) => ({ value: p, label: fieldLabel(p) }))}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'comment']} rules={[{ required: true, whitespace: true, message: t('zod.required') }]} style={{ flex: 1 }}>
                        <Input style={{ width: 340 }} aria-label={t('review.fieldComment')} placeholder={t('review.fieldComment')} maxLength={1000} />
                      </Form.Item>
                      <Button type="text" danger onClick={() => remove(field.name)} aria-label="remove">
                        ×
                      </Button>
                    </Space>
                  ))}
                  <Button type="dashed" onClick={() => add({})} block>
                    {t('review.addFieldComment')}
                  </Button>
                </div>
              )}
            </Form.List>
          </>
        )}
      </Form>
    </Modal>
  );
}
