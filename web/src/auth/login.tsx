import { loginInput } from '@console/shared';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useLogin } from '@refinedev/core';
import { Alert, Button, Flex, Form, Input, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zodRule } from '../common/zodRule';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { Logo } from '../layout/Title';
import { applyFieldErrors, type ApiError, isApiError } from '../providers/errors';
import type { LoginParams } from '../providers/auth';
import { Panel } from '../common/Panel';
import { Typography } from '../common/typography';

/** The demo accounts are named on the page in development and mock mode only. */
const SHOW_DEMO_HINT = import.meta.env.DEV || import.meta.env.VITE_MOCK === 'true';

/** Sign-in. Wrong credentials and too many attempts are told in place, above the form, in the chosen language. */
export function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [form] = Form.useForm<LoginParams>();
  const [error, setError] = useState<ApiError | null>(null);
  const [leftovers, setLeftovers] = useState<string[]>([]);
  const { mutate: login, isPending } = useLogin<LoginParams>();

  const onFinish = (values: LoginParams) => {
    setError(null);
    setLeftovers([]);
    login(values, {
      onSuccess: (result) => {
        if (result.success) return;
        const api = isApiError(result.error) ? result.error : null;
        setError(api);
        if (api?.code === 'BAD_REQUEST') setLeftovers(applyFieldErrors(form, api));
        if (api?.code === 'UNAUTHORIZED') form.setFieldValue('password', '');
      },
    });
  };

  const message = error ? (error.code === 'BAD_REQUEST' && leftovers.length === 0 ? null : t(error.key)) : null;

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 24,
        background: `radial-gradient(1200px 600px at 10% -10%, ${token.colorPrimaryBg}, transparent), linear-gradient(160deg, #fff5f5 0%, #f5f6fa 55%, #eef2ff 100%)`,
      }}
    >
      <header style={{ position: 'absolute', top: 20, right: 24 }}>
        <LanguageSwitch />
      </header>
      <Flex component="main" vertical align="center" style={{ width: '100%' }}>
        <Flex vertical align="center" gap={8} style={{ marginBottom: 24 }}>
          <span style={{ color: token.colorPrimary }}>
            <Logo size={48} />
          </span>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 30 }}>
            {t('app.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </Flex>
        <Panel style={{ width: '100%', maxWidth: 400, boxShadow: token.boxShadowTertiary }} styles={{ body: { padding: 32 } }}>
          <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
            {t('auth.signInTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('auth.signInSubtitle')}</Typography.Paragraph>
          {message && (
            <Alert
              role="alert"
              type={error?.code === 'TOO_MANY_REQUESTS' ? 'warning' : 'error'}
              showIcon
              message={message}
              style={{ marginBottom: 16 }}
              data-testid="login-error"
            />
          )}
          <Form<LoginParams> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} disabled={isPending}>
            <Form.Item label={t('auth.username')} name="username" rules={[zodRule(loginInput.shape.username, { empty: '' })]}>
              <Input id="username" prefix={<UserOutlined />} placeholder={t('auth.usernamePlaceholder')} autoComplete="username" size="large" autoFocus />
            </Form.Item>
            <Form.Item label={t('auth.password')} name="password" rules={[zodRule(loginInput.shape.password, { empty: '' })]}>
              <Input.Password
                id="password"
                prefix={<LockOutlined />}
                placeholder={t('auth.passwordPlaceholder')}
                autoComplete="current-password"
                size="large"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={isPending}>
              {t('auth.submit')}
            </Button>
          </Form>
          {SHOW_DEMO_HINT && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 20, marginBottom: 0, fontSize: 12, textAlign: 'center' }}>
              {t('auth.demoHint')}
            </Typography.Paragraph>
          )}
        </Panel>
      </Flex>
      <footer style={{ marginTop: 32 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('app.footer')}
        </Typography.Text>
      </footer>
    </Flex>
  );
}

export default LoginPage;
