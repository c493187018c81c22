import { lazy, Suspense } from 'react';
import { PageLoading } from '../layout/PageLoading';
import { toApiError } from '../providers/errors';
import { ErrorState } from './states';

// Loaded only when a record is not found: its 404 illustration (antd Result) would weigh ~10 KB on every detail page.
const NotFound = lazy(() => import('../layout/NotFound'));

/**
 * What a page shows instead of its record: loading, not found (a foreign id answers NOT_FOUND, and the page says
 * exactly what it says for an unknown one), or another error with a retry (the page's h1, since it stands for the page).
 */
export function QueryState({ isLoading, error, onRetry }: { isLoading: boolean; error: unknown; onRetry: () => void }) {
  if (error) {
    const api = toApiError(error);
    if (api.statusCode === 404 || api.statusCode === 403) return (
        <Suspense fallback={<PageLoading />}>
          <NotFound />
        </Suspense>
      );
    return <ErrorState error={error} onRetry={onRetry} level={1} />;
  }
  if (isLoading) return <PageLoading />;
  return null;
}
