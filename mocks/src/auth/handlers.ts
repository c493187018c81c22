import { loginInput, logoutOutput, meOutput, noInput, sessionUser } from '@console/shared';
import { TRPCError } from '@trpc/server';
import type { AppRouter } from '@console/bff/router';
import { mock, type MockImpl } from '../trpc';
import { authLimits } from './fixtures';

export const authMocks = {
  login: mock.public.mutation(loginInput, sessionUser, ({ ctx, input }) => {
    const { store } = ctx;
    const now = ctx.now();
    const username = input.username.toLowerCase();
    const accountKey = `user:${username}`;
    const addressKey = `ip:${ctx.ip}`;
    const since = now.getTime() - authLimits.failureWindowMs;
    const recent = (key: string) => (store.data.loginFailures[key] ?? []).filter((at) => Date.parse(at) > since).length;
    if (recent(accountKey) >= authLimits.maxFailuresPerAccount || recent(addressKey) >= authLimits.maxFailuresPerAddress) {
      throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'auth.tooManyAttempts' });
    }
    const user = store.findUserByName(username);
    if (!user || user.password !== input.password) {
      for (const key of [accountKey, addressKey]) (store.data.loginFailures[key] ??= []).push(now.toISOString());
      // One message for an unknown user and a wrong password, as the bff answers.
      throw new TRPCError({ code: 'UNAUTHORIZED', message: 'auth.invalidCredentials' });
    }
    delete store.data.loginFailures[accountKey];
    // Failures older than the window count for nothing; each sign-in sweeps them so the store stays small.
    for (const [key, times] of Object.entries(store.data.loginFailures)) {
      const kept = times.filter((at) => Date.parse(at) > since);
      if (kept.length) store.data.loginFailures[key] = kept;
      else delete store.data.loginFailures[key];
    }
    return store.signIn(user.username);
  }),

  logout: mock.public.mutation(noInput, logoutOutput, ({ ctx }) => {
    ctx.store.signOut();
    return { ok: true as const };
  }),

  me: mock.public.query(noInput, meOutput, ({ ctx }) => ctx.user),
} satisfies MockImpl<AppRouter>['auth'];
