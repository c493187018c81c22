import type { SessionUser } from '@console/shared';
import type { AuthProvider } from '@refinedev/core';
import { i18n } from '../i18n';
import { homePath } from './access';
import { toApiError } from './errors';
import { trpc as defaultClient, type TrpcClient } from './trpc';

export interface LoginParams {
  username: string;
  password: string;
}

/**
 * Refine's auth provider on auth.login / auth.logout / auth.me. The signed-in user is asked once and kept until
 * sign-in, sign-out or an UNAUTHORIZED answer; `currentUser` is shared with the access-control provider.
 */
export function createAuthProvider(options: { client?: TrpcClient; onSessionChange?: () => void; session?: Promise<SessionUser | null> } = {}) {
  const client = options.client ?? defaultClient;
  // A failed answer is not kept: the next check asks again.
  const kept = (answer: Promise<SessionUser | null>) =>
    answer.catch((error: unknown) => {
      me = null;
      throw toApiError(error);
    });
  // `session`: an auth.me already under way (main.tsx asks at boot, beside the first page's code).
  let me: Promise<SessionUser | null> | null = options.session ? kept(options.session) : null;

  const currentUser = (): Promise<SessionUser | null> => (me ??= kept(client.auth.me.query()));

  const provider: AuthProvider = {
    login: async ({ username, password }: LoginParams) => {
      try {
        const user = await client.auth.login.mutate({ username, password });
        me = Promise.resolve(user);
        options.onSessionChange?.();
        return { success: true, redirectTo: homePath(user) };
      } catch (error) {
        // The sign-in page shows it in place (by its key, so it follows a language switch); the toast gets a title.
        const api = toApiError(error);
        return { success: false, error: { ...api, name: i18n.t('auth.signInFailed') } };
      }
    },
    logout: async () => {
      try {
        await client.auth.logout.mutate();
      } catch {
        // Signing out of a session that has already ended still signs out here.
      }
      me = Promise.resolve(null);
      options.onSessionChange?.();
      return { success: true, redirectTo: '/login' };
    },
    check: async () => {
      try {
        const user = await currentUser();
        return user ? { authenticated: true } : { authenticated: false, logout: true, redirectTo: '/login' };
      } catch (error) {
        return { authenticated: false, logout: true, redirectTo: '/login', error: toApiError(error) };
      }
    },
    onError: async (error: unknown) => {
      const api = toApiError(error);
      if (api.statusCode === 401) {
        // Refine signs out next (useLogout → logout above), which also drops cached data and access answers.
        me = Promise.resolve(null);
        return { logout: true, redirectTo: '/login', error: api };
      }
      return {};
    },
    getIdentity: async () => currentUser().catch(() => null),
    getPermissions: async () => (await currentUser().catch(() => null))?.role ?? null,
  };

  return { provider, currentUser };
}
