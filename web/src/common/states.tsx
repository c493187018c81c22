import ReloadOutlined from '@ant-design/icons/ReloadOutlined';
import { Button, Empty, Flex, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../providers/errors';

/**
 * A failed load, said in place: what failed, why in words (never "status code 0"), and a retry. `level` is the
 * heading level of its title: 1 when it stands for the whole page, 2 inside a page that has its own h1.
 */
export function ErrorState({ error, onRetry, retrying, level = 2 }: { error: unknown; onRetry: () => void; retrying?: boolean; level?: 1 | 2 }) {
  const { t } = useTranslation();
  const api = toApiError(error);
  const Heading = level === 1 ? 'h1' : 'h2';
  const hint = api.code === 'NETWORK' || api.statusCode === 0 ? t('errors.loadFailedNetwork') : api.statusCode >= 500 ? t('errors.loadFailedServer') : t(api.key);
  return (
    <div role="alert" data-testid="error-state">
      <Result
        status="error"
        title={<Heading style={{ font: 'inherit', margin: 0 }}>{t('errors.loadFailed')}</Heading>}
        subTitle={hint}
        extra={
          <Button type="primary" icon={<ReloadOutlined />} loading={retrying} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    </div>
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
