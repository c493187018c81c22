import { roleChangeIssues, setRoleInput, user, userListInput, userListOutput } from '@console/shared';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { writeAudit } from '../audit/repo';
import { sessions } from '../auth/table';
import { merchants } from '../merchants/table';
import { adminProcedure, badRequest, router } from '../trpc';
import * as repo from './repo';

export const usersRouter = router({
  list: adminProcedure
    .input(userListInput)
    .output(userListOutput)
    .query(({ ctx, input }) => repo.listUsers(ctx.db, input)),

  setRole: adminProcedure
    .input(setRoleInput)
    .output(user)
    .mutation(async ({ ctx, input }) => {
      const issues = roleChangeIssues(ctx.user.id, input);
      if (issues) badRequest(issues);
      return ctx.db.transaction(async (tx) => {
        const before = await repo.findUser(tx, input.userId);
        if (!before) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
        if (input.role === 'operator') {
          const [m] = await tx.select({ id: merchants.id }).from(merchants).where(eq(merchants.id, input.merchantId));
          if (!m) badRequest({ merchantId: ['users.unknownMerchant'] });
        }
        await repo.updateRole(tx, input, ctx.now());
        // A new role takes effect at once: the user's open sessions end and they sign in again.
        await tx.delete(sessions).where(eq(sessions.userId, input.userId));
        const after = (await repo.findUser(tx, input.userId))!;
        await writeAudit(tx, {
          entityType: 'user',
          entityId: input.userId,
          action: 'setRole',
          fromState: before.role,
          toState: after.role,
          actorId: ctx.user.id,
          actorRole: ctx.user.role,
          before,
          after,
          at: ctx.now(),
        });
        return after;
      });
    }),
});
