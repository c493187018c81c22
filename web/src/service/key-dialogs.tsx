import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Modal, Typography as AntTypography } from 'antd';
import { Input } from '../common/input';
import { useTranslation } from 'react-i18next';
import { Typography } from '../common/typography';
import { translateKey } from '../i18n';
import { toApiError } from '../providers/errors';
import { useFeedback } from '../providers/feedback';
import { trpc } from '../providers/trpc';

/*
 * The API key dialogs of the service data page: naming a new key, and its secret shown once. They load when the
 * operator first creates a key, not with the page: their form, dialog and antd's copyable text were ~15 KB gzip of
 * a page that mostly lists keys.
 */

/** Names and creates a key; the secret goes to `onCreated` (the next dialog shows it). */
export function NewKeyDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (secret: string) => void }) {
  const { t } = useTranslation();
  const { notification } = useFeedback();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string }>();
  const create = useMutation({
    mutationFn: (name: string) => trpc.service.createKey.mutate({ name }),
    onSuccess: async (r) => {
      onClose();
      form.resetFields();
      onCreated(r.secret);
      await queryClient.invalidateQueries({ queryKey: ['service', 'keys'] });
    },
    onError: (e) => {
      const api = toApiError(e);
      const field = api.fieldErrors?.name?.[0];
      if (field) form.setFields([{ name: 'name', errors: [t(field)] }]);
      else notification.error({ message: translateKey(api.key) });
    },
  });
  return (
    <Modal open={open} title={t('service.keys.create')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v.name)}>
        <Form.Item name="name" label={t('service.keys.name')} rules={[{ required: true, whitespace: true, message: t('service.keyNameRequired') }]}>
          <Input placeholder={t('service.keys.namePlaceholder')} maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A new key's secret, shown once, with how to send events with it. */
export function SecretDialog({ secret, endpoint, onClose }: { secret: string | null; endpoint: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={secret !== null} title={t('service.keys.secretTitle')} onCancel={onClose} footer={<Button type="primary" onClick={onClose}>OK</Button>}>
      <Alert type="warning" showIcon message={t('service.keys.secretOnce')} style={{ marginBottom: 12 }} />
      {/* antd's own Typography: the one text here that is copied. */}
      <AntTypography.Paragraph copyable={{ text: secret ?? '' }} code data-testid="new-api-key">
        {secret}
      </AntTypography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        <code>{`curl -X POST ${endpoint} -H "Authorization: Bearer ${secret ?? ''}" -H "Content-Type: application/json" -d '{"events":[…]}'`}</code>
      </Typography.Paragraph>
    </Modal>
  );
}
