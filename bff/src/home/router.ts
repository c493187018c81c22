import { adminHomeOutput, homeInput, managerHomeOutput, operatorHomeOutput } from '@console/shared';
import { refreshKinds } from '../kinds';
import { advanceProgrammesByDate } from '../perks/repo';
import { adminProcedure, managerProcedure, operatorProcedure, router } from '../trpc';
import * as repo from './repo';

/** One procedure per role's home, each answering every card of it in a few reads. */
export const homeRouter = router({
  /** What needs the operator today: dates and deadlines, their applications, tier, programme. */
  operator: operatorProcedure
    .input(homeInput)
    .output(operatorHomeOutput)
    .query(async ({ ctx }) => {
      // Date-driven states (scheduled, live, ended; programme versions) as of now, as every list applies them.
      await Promise.all([refreshKinds(ctx.db, ctx.now()), advanceProgrammesByDate(ctx.db, ctx.now())]);
      return repo.operatorHome(ctx.db, ctx.merchantId, ctx.now());
    }),

  manager: managerProcedure
    .input(homeInput)
    .output(managerHomeOutput)
    .query(async ({ ctx }) => {
      await refreshKinds(ctx.db, ctx.now());
      return repo.managerHome(ctx.db, { id: ctx.user.id, verticals: ctx.verticals }, ctx.now());
    }),

  admin: adminProcedure
    .input(homeInput)
    .output(adminHomeOutput)
    .query(({ ctx }) => repo.adminHome(ctx.db, ctx.now())),
});
