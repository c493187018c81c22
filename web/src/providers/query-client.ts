import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './errors';

function retry(failureCount: number, error: unknown) {
  // A 4xx answer will not change on a retry; a network blip or a 5xx may.
  const status = isApiError(error) ? error.statusCode : 0;
  return (status === 0 || status >= 500) && failureCount < 2;
}

/** The console's query cache: main.tsx makes it before the first render, so that a first visit can fill it early. */
export function createQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry, refetchOnWindowFocus: false, staleTime: 5_000 } } });
}
