import {
  type ApplicationState,
  applicationRef,
  applicationSummary,
  approveInput,
  claimInput,
  diffInput,
  diffOutput,
  rejectInput,
  requestChangesInput,
  reviewQueueInput,
  reviewQueueOutput,
  timelineOutput,
  transitionOutput,
} from '@console/shared';
import { kindHooks, queueDetailsSql, refreshKinds } from '../kinds';
import { authedProcedure, type Context, managerProcedure, router } from '../trpc';
import { notFound } from './errors';
import * as repo from './repo';

const out = (r: { id: string; state: ApplicationState; version: number }) => ({ id: r.id, state: r.state, version: r.version });

/** The application in the caller's scope (operator: own merchant; manager: own verticals), or NOT_FOUND. */
async function scoped(ctx: Context & { user: NonNullable<Context['user']> }, id: string) {
  const scope = repo.scopeOf(ctx.user);
  const actor = repo.actorOf(ctx.user);
  if (!scope || !actor) throw notFound();
  const row = await repo.loadApplication(ctx.db, id, scope);
  if (!row) throw notFound();
  return { row, actor };
}

export const reviewRouter = router({
  /** Applications of the manager's verticals, oldest submission first; pending ones unless states are given. */
  queue: managerProcedure
    .input(reviewQueueInput)
    .output(reviewQueueOutput)
    .query(async ({ ctx, input }) => {
      await refreshKinds(ctx.db, ctx.now());
      return repo.queue(ctx.db, ctx.verticals, ctx.user.id, input, ctx.now(), queueDetailsSql);
    }),

  /** The workflow side of one application: state, versions, last decision, what the caller may do. */
  get: authedProcedure
    .input(applicationRef)
    .output(applicationSummary)
    .query(async ({ ctx, input }) => {
      await refreshKinds(ctx.db, ctx.now());
      const scope = repo.scopeOf(ctx.user);
      const actor = repo.actorOf(ctx.user);
      if (!scope || !actor) throw notFound();
      const found = await repo.loadApplicationWithVersions(ctx.db, input.id, scope);
      if (!found) throw notFound();
      return repo.summary(found.row, found.versions, actor, ctx.now());
    }),

  /** Every transition with who, when, from, to and why; the merchant's operators and the vertical's managers. */
  timeline: authedProcedure
    .input(applicationRef)
    .output(timelineOutput)
    .query(async ({ ctx, input }) => {
      const { row } = await scoped(ctx, input.id);
      return repo.timeline(ctx.db, row.id);
    }),

  /** What changed between two submissions (default: the latest against the last decided one). */
  diff: authedProcedure
    .input(diffInput)
    .output(diffOutput)
    .query(async ({ ctx, input }) => {
      const { row } = await scoped(ctx, input.id);
      return repo.diff(ctx.db, row, input.to, input.from);
    }),

  claim: managerProcedure
    .input(claimInput)
    .output(transitionOutput)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const row = await ctx.db.transaction((tx) =>
        repo.applyTransition(tx, {
          id: input.id,
          version: input.version,
          action: 'claim',
          actor: 'manager',
          user: ctx.user,
          scope: { verticals: ctx.verticals },
          now,
          set: { claimedBy: ctx.user.id, claimedAt: now },
        }),
      );
      return out(row);
    }),

  /** Approves; a kind that moves by date (a launch: scheduled or live) moves at once, so the answer is its state after that. */
  approve: managerProcedure
    .input(approveInput)
    .output(transitionOutput)
    .mutation(async ({ ctx, input }) => {
      const decided = await repo.decide(ctx.db, {
        id: input.id,
        version: input.version,
        action: 'approve',
        user: ctx.user,
        verticals: ctx.verticals,
        now: ctx.now(),
        reason: input.comment || null,
        fieldComments: {},
      }, kindHooks);
      if (!kindHooks(decided.kind).refresh) return out(decided);
      await refreshKinds(ctx.db, ctx.now(), { force: true }, decided.kind);
      const after = await repo.loadApplication(ctx.db, decided.id, { verticals: ctx.verticals });
      return out(after ?? decided);
    }),

  reject: managerProcedure
    .input(rejectInput)
    .output(transitionOutput)
    .mutation(async ({ ctx, input }) =>
      out(
        await repo.decide(ctx.db, {
          id: input.id,
          version: input.version,
          action: 'reject',
          user: ctx.user,
          verticals: ctx.verticals,
          now: ctx.now(),
          reason: input.reason,
          fieldComments: {},
        }, kindHooks),
      ),
    ),

  requestChanges: managerProcedure
    .input(requestChangesInput)
    .output(transitionOutput)
    .mutation(async ({ ctx, input }) =>
      out(
        await repo.decide(ctx.db, {
          id: input.id,
          version: input.version,
          action: 'request_changes',
          user: ctx.user,
          verticals: ctx.verticals,
          now: ctx.now(),
          reason: input.comment,
          fieldComments: input.fieldComments,
        }, kindHooks),
      ),
    ),
});
