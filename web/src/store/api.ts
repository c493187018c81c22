import { trpc } from '../providers/trpc';

/** The operator's own store (merchants.byIdForOperator; another merchant's id is not found), for useQuery and for the store page's first visit. */
export const storeQuery = (merchantId: string) => ({ queryKey: ['store', merchantId], queryFn: () => trpc.merchants.byIdForOperator.query({ id: merchantId }) });
