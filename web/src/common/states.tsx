import CloseCircleFilled from '@ant-design/icons/CloseCircleFilled';
import ReloadOutlined from '@ant-design/icons/ReloadOutlined';
import { Button, Empty, Flex, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../providers/errors';
import { Typography } from './typography';

/**
 * A failed load, said in place: what failed, why in words (never "status code 0"), and a retry. `level` is the
 * heading level of its title: 1 when it stands for the whole page, 2 inside a page that has its own h1.
 */
export function ErrorState({ error, onRetry, retrying, level = 2 }: { error: unknown; onRetry: () => void; retrying?: boolean; level?: 1 | 2 }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const api = toApiError(error);
  const Heading = level === 1 ? 'h1' : 'h2';
  const hint = api.code === 'NETWORK' || api.statusCode === 0 ? t('errors.loadFailedNetwork') : api.statusCode >= 500 ? t('errors.loadFailedServer') : t(api.key);
  // Laid out by hand rather than with antd's Result, whose status illustrations cost every list page ~10 KB gzip.
  return (
    <Flex role="alert" data-testid="error-state" vertical align="center" gap={12} style={{ padding: '40px 24px', textAlign: 'center' }}>
      <CloseCircleFilled aria-hidden style={{ fontSize: 48, color: token.colorError }} />
      <Heading style={{ margin: 0, fontSize: token.fontSizeHeading4, fontWeight: 600, color: token.colorText }}>{t('errors.loadFailed')}</Heading>
      <Typography.Text type="secondary">{hint}</Typography.Text>
      <Button type="primary" icon={<ReloadOutlined />} loading={retrying} onClick={onRetry} style={{ marginTop: 4 }}>
        {t('common.retry')}
      </Button>
    </Flex>
  );
}

/** An empty list that says what would be here and offers the next step (create one, clear the filters). */
export function EmptyState({ title, description, action }: { title: ReactNode; description?: ReactNode; action?: ReactNode }) {
  return (
    <Empty
      data-testid="empty-state"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Flex vertical gap={4} align="center">
          <Typography.Text strong>{title}</Typography.Text>
          {description && <Typography.Text type="secondary">{description}</Typography.Text>}
        </Flex>
      }
    >
      {action}
    </Empty>
  );
}
