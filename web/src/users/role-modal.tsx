import { ROLES, type Role, type SessionUser, setRoleInput, type User, VERTICALS, type Vertical } from '@console/shared';
import { useUpdate } from '@refinedev/core';
import { Alert, Form, Modal, Select } from 'antd';
import { RadioGroupField } from '../common/RadioGroupField';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zodRule } from '../common/zodRule';
import { applyFieldErrors } from '../providers/errors';
import { useFeedback } from '../providers/feedback';
import { MerchantSelect } from './merchant-select';
import { Typography } from '../common/typography';

interface RoleFormValues {
  role: Role;
  merchantId?: string;
  verticals?: Vertical[];
}

// The shapes of setRoleInput per role: the browser checks what the server will check.
const operatorShape = setRoleInput.options[0].shape;
const managerShape = setRoleInput.options[1].shape;

/** What the form holds → setRoleInput without the user id: only what the chosen role needs. */
export function toSetRoleVariables(values: RoleFormValues) {
  switch (values.role) {
    case 'operator':
      return { role: 'operator' as const, merchantId: values.merchantId ?? '' };
    case 'manager':
      return { role: 'manager' as const, verticals: values.verticals ?? [] };
    case 'admin':
      return { role: 'admin' as const };
  }
}

/** Change a user's role: an operator needs a store, a manager verticals, an admin neither. Errors show in place. */
export function RoleModal({ user, me, onClose }: { user: User | null; me: SessionUser | null | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { notification } = useFeedback();
  const [form] = Form.useForm<RoleFormValues>();
  const [formError, setFormError] = useState<string[]>([]);
  const { mutate, mutation } = useUpdate<User>();
  const role = Form.useWatch('role', form);

  useEffect(() => {
    if (!user) return;
    setFormError([]);
    form.resetFields();
    form.setFieldsValue({ role: user.role, merchantId: user.merchantId ?? undefined, verticals: user.verticals });
  }, [user, form]);

  const onFinish = (values: RoleFormValues) => {
    if (!user) return;
    setFormError([]);
    mutate(
      {
        resource: 'users',
        id: user.id,
        values: toSetRoleVariables(values),
        successNotification: false,
        errorNotification: false,
      },
      {
        onSuccess: ({ data }) => {
          notification.success({ message: t('users.roleChanged', { name: data.displayName, role: t(`roles.${data.role}`) }) });
          onClose();
        },
        onError: (error) => setFormError(applyFieldErrors(form, error)),
      },
    );
  };

  return (
    <Modal
      open={!!user}
      title={user ? t('users.changeRoleTitle', { name: user.displayName }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('users.changeRoleHint')}</Typography.Paragraph>
      {formError.length > 0 && <Alert role="alert" type="error" showIcon message={formError.join(' ')} style={{ marginBottom: 16 }} />}
      <Form<RoleFormValues> form={form} layout="vertical" onFinish={onFinish} name="role-change" preserve={false}>
        <Form.Item name="role" label={t('users.fields.role')} rules={[{ required: true, message: t('zod.required') }]}>
          <RadioGroupField
            label={t('users.fields.role')}
            optionType="button"
            buttonStyle="solid"
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            onChange={() => setFormError([])}
          />
        </Form.Item>
        {role === 'operator' && (
          <Form.Item
            name="merchantId"
            label={t('users.fields.merchantId')}
            rules={[{ required: true, message: t('users.merchantRequired') }, zodRule(operatorShape.merchantId, { skipEmpty: true })]}
          >
            <MerchantSelect />
          </Form.Item>
        )}
        {role === 'manager' && (
          <Form.Item
            name="verticals"
            label={t('users.fields.verticals')}
            rules={[{ required: true, type: 'array', min: 1, message: t('users.verticalsRequired') }, zodRule(managerShape.verticals, { skipEmpty: true })]}
          >
            <Select<Vertical[]>
              mode="multiple"
              allowClear
              placeholder={t('users.verticalsPlaceholder')}
              options={VERTICALS.map((v) => ({ value: v, label: t(`verticals.${v}`) }))}
              aria-label={t('users.fields.verticals')}
            />
          </Form.Item>
        )}
        {me && user && me.id === user.id && (
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('users.cannotDemoteSelf')}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
