import { agendaInput, agendaOutput, calendarByIdInput, calendarCreateInput, calendarListInput, calendarListOutput, calendarProblems, calendarUpdateInput, calendarWindow } from '@console/shared';
import { TRPCError } from '@trpc/server';
import { notFound, staleVersion } from '../review/errors';
import { adminProcedure, authedProcedure, badRequest, operatorProcedure, router } from '../trpc';
import * as repo from './repo';

export const calendarRouter = router({
  /** Any signed-in user reads the marketing calendar (the launch form needs the windows). */
  list: authedProcedure
    .input(calendarListInput)
    .output(calendarListOutput)
    .query(({ ctx, input }) => repo.listWindows(ctx.db, input)),

  /** The operator's own launches and applications in a date range, for the calendar's days. Only their merchant's. */
  agenda: operatorProcedure
    .input(agendaInput)
    .output(agendaOutput)
    .query(async ({ ctx, input }) => ({ items: await repo.agendaOf(ctx.db, ctx.merchantId, input.from, input.to) })),

  byId: authedProcedure
    .input(calendarByIdInput)
    .output(calendarWindow)
    .query(async ({ ctx, input }) => {
      const found = await repo.findWindowById(ctx.db, input.id);
      if (!found) throw notFound();
      return found;
    }),

  create: adminProcedure
    .input(calendarCreateInput)
    .output(calendarWindow)
    .mutation(async ({ ctx, input }) => {
      const problems = calendarProblems(input, await repo.windowsOfKind(ctx.db, input.kind));
      if (Object.keys(problems).length) badRequest(problems);
      const created = await repo.createWindow(ctx.db, input, { id: ctx.user.id, role: ctx.user.role }, ctx.now());
      if (!created) throw new TRPCError({ code: 'CONFLICT', message: 'calendar.windowExists' });
      return created;
    }),

  update: adminProcedure
    .input(calendarUpdateInput)
    .output(calendarWindow)
    .mutation(async ({ ctx, input }) => {
      const problems = calendarProblems(input, await repo.windowsOfKind(ctx.db, input.kind));
      if (Object.keys(problems).length) badRequest(problems);
      try {
        const result = await repo.updateWindow(ctx.db, input, { id: ctx.user.id, role: ctx.user.role }, ctx.now());
        if (!result) throw notFound();
        if (result.stale) throw staleVersion(result.currentVersion);
        return result.window;
      } catch (error) {
        // Moving a window onto another's kind/year/phase hits the unique index.
        if ((error as { code?: string; cause?: { code?: string } }).code === '23505' || (error as { cause?: { code?: string } }).cause?.code === '23505') {
          throw new TRPCError({ code: 'CONFLICT', message: 'calendar.windowExists' });
        }
        throw error;
      }
    }),
});
