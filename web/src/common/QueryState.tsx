import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { NotFound } from '../layout/NotFound';
import { PageLoading } from '../layout/PageLoading';
import { toApiError } from '../providers/errors';

/**
 * What a page shows instead of its record: loading, not found (a foreign id answers NOT_FOUND, and the page says
 * exactly what it says for an unknown one), or another error with a retry.
 */
export function QueryState({ isLoading, error, onRetry }: { isLoading: boolean; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error) {
    const api = toApiError(error);
    if (api.statusCode === 404 || api.statusCode === 403) return <NotFound />;
    return (
      <Result
        status="error"
        title={t(api.key)}
        extra={
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (isLoading) return <PageLoading />;
  return null;
}
