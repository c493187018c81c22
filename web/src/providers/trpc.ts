import type { AppRouter } from '@console/bff/router';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink, TRPCClientError } from '@trpc/client';

/** `/trpc` on the page's own origin: the Vite proxy in dev, the bff in production, jsdom's origin in tests. */
export function trpcUrl() {
  return new URL('/trpc', window.location.origin).toString();
}

export function createClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        // Subscriptions (the notification feed) over server-sent events: the browser's EventSource sends the
        // session cookie (same origin) and reconnects by itself; the link resumes from the last event id.
        true: httpSubscriptionLink({ url: trpcUrl }),
        false: httpBatchLink({
          url: trpcUrl(),
          // The bff refuses batches over MAX_BATCH_SIZE (50) calls and Node refuses request heads over 16 KiB.
          maxItems: 50,
          maxURLLength: 8000,
          // Looked up at call time, so that a fetch patched later (MSW in tests) is the one used.
          fetch: (input, init) => globalThis.fetch(input, { ...init, credentials: 'same-origin' }),
        }),
      }),
    ],
  });
}

export type TrpcClient = ReturnType<typeof createClient>;

/** The one client of the app; only type information of the bff is imported, never its code. */
export const trpc: TrpcClient = createClient();

/** Whether this browser can hold a live feed (jsdom in the component tests cannot: the console polls there). */
export const canSubscribe = () => typeof globalThis.EventSource === 'function';

export function isTrpcError(error: unknown): error is TRPCClientError<AppRouter> {
  return error instanceof TRPCClientError;
}
