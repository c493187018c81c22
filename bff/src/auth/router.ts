import { loginInput, logoutOutput, meOutput, noInput, sessionUser } from '@console/shared';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { merchants } from '../merchants/table';
import { publicProcedure, router } from '../trpc';
import { authConfig } from './config';
import { dummyPasswordHash, verifyPassword } from './password';
import { addressKey as clientAddressKey } from './address';
import * as repo from './repo';

export const authRouter = router({
  login: publicProcedure
    .input(loginInput)
    .output(sessionUser)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const username = input.username.toLowerCase();
      const accountKey = `user:${username}`;
      const addressKey = clientAddressKey(ctx.ip);
      const attempt = await repo.bookAttempt(
        ctx.db,
        [
          { key: accountKey, max: authConfig.maxFailuresPerAccount },
          { key: addressKey, max: authConfig.maxFailuresPerAddress },
        ],
        now,
      );
      if (attempt.limited) {
        // A refused attempt checks no password, so it is not a failure and does not prolong the lock.
        await repo.releaseAttempt(ctx.db, attempt.ids);
        throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'auth.tooManyAttempts' });
      }
      const user = await repo.findUserForLogin(ctx.db, username);
      const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
      if (!user || !ok) {
        // The booked rows stay: they are this failure. One message for an unknown user and a wrong password.
        throw new TRPCError({ code: 'UNAUTHORIZED', message: 'auth.invalidCredentials' });
      }
      await repo.clearFailures(ctx.db, accountKey);
      await repo.releaseAttempt(ctx.db, attempt.ids);
      await repo.pruneFailures(ctx.db, now);
      // A fresh session id at every sign-in: an id planted before sign-in never becomes a signed-in one.
      if (ctx.sessionIdHash) await repo.deleteSession(ctx.db, ctx.sessionIdHash);
      const sessionId = await repo.createSession(ctx.db, user.id, now, { ip: ctx.ip, userAgent: ctx.userAgent });
      ctx.cookies.set(authConfig.cookieName, sessionId, { maxAgeSeconds: Math.floor(authConfig.absoluteTimeoutMs / 1000) });
      const merchantName = user.merchantId
        ? ((await ctx.db.select({ name: merchants.name }).from(merchants).where(eq(merchants.id, user.merchantId)))[0]?.name ?? null)
        : null;
      return repo.toSessionUser(user, merchantName);
    }),

  logout: publicProcedure
    .input(noInput)
    .output(logoutOutput)
    .mutation(async ({ ctx }) => {
      if (ctx.sessionIdHash) await repo.deleteSession(ctx.db, ctx.sessionIdHash);
      ctx.cookies.clear(authConfig.cookieName);
      return { ok: true as const };
    }),

  me: publicProcedure
    .input(noInput)
    .output(meOutput)
    .query(({ ctx }) => ctx.user),
});
