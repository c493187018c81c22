import type { AppRouter } from '@console/bff/router';
import type { TRPCError } from '@trpc/server';
import { MOCK_IP } from './auth/fixtures';
import { mockRouter } from './router';
import { MockStore } from './store';
import { createMockCallerFactory, type MockCtx } from './trpc';

type AppCaller = ReturnType<AppRouter['createCaller']>;

/**
 * A typed caller of the mock router over its own store, signed in as `username` (or nobody):
 * what a procedure answers in mock mode, without MSW in between. For tests of the mocks themselves.
 */
export function mockCaller(username: string | null, store: MockStore = new MockStore()) {
  if (username) store.signIn(username);
  else store.signOut();
  const ctx = (): MockCtx => ({ store, user: store.sessionUser(), scenario: store.scenario, ip: MOCK_IP, now: () => store.now() });
  // The context is read per call, so a sign-in or a role change made by one call is seen by the next.
  const caller = createMockCallerFactory(mockRouter)(ctx) as unknown as AppCaller;
  return { caller, store };
}

/** Calls a procedure of a caller by its dotted path (`merchants.list`). */
export function callPath(caller: object, path: string, input: unknown): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

export type { TRPCError };
