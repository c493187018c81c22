import {
  type ApplicationState,
  applicationRef,
  applicationSummary,
  approveInput,
  claimInput,
  diffInput,
  diffOutput,
  overdueCutoff,
  PENDING_STATES,
  rejectInput,
  requestChangesInput,
  reviewQueueInput,
  reviewQueueOutput,
  timelineOutput,
  transitionOutput,
} from '@console/shared';
import type { AppRouter } from '@console/bff/router';
import { compareValues, containsIgnoreCase, paginate } from '../lib/list';
import { advanceLaunchesByDate } from '../launches/handlers';
import type { MockStore } from '../store';
import { mock, type AuthedCtx, type MockImpl, notFound } from '../trpc';
import { actorOf, applyTransition, decide, diff, loadApplication, queueItemOf, scopeOf, summary, timeline, transitionOut } from './workflow';

/** States a manager may ever see: everything but drafts. */
const VISIBLE_TO_MANAGERS: ApplicationState[] = ['submitted', 'in_review', 'changes_requested', 'approved', 'rejected', 'withdrawn', 'scheduled', 'live', 'ended'];

/** The application in the caller's scope (operator: own merchant; manager: own verticals), or NOT_FOUND. */
function scoped(ctx: AuthedCtx, id: string) {
  const scope = scopeOf(ctx.user);
  const actor = actorOf(ctx.user);
  if (!scope || !actor) throw notFound();
  const row = loadApplication(ctx.store, id, scope);
  if (!row) throw notFound();
  return { row, actor };
}

const time = (iso: string | null) => (iso === null ? null : Date.parse(iso));

function queue(store: MockStore, ctx: { verticals: readonly string[]; userId: string }, input: (typeof reviewQueueInput)['_zod']['output'], now: Date) {
  const f = input.filters;
  const vs = f.vertical?.length ? f.vertical.filter((v) => ctx.verticals.includes(v)) : [...ctx.verticals];
  const states = (f.state?.length ? f.state : [...PENDING_STATES]).filter((s) => VISIBLE_TO_MANAGERS.includes(s));
  if (vs.length === 0 || states.length === 0) return { items: [], total: 0 };
  const cutoff = overdueCutoff(now).getTime();
  const rows = store.data.applications.filter((a) => {
    const submitted = time(a.submittedAt);
    const isOverdue = PENDING_STATES.includes(a.state) && submitted !== null && submitted < cutoff;
    return (
      vs.includes(a.vertical) &&
      states.includes(a.state) &&
      (!f.kind?.length || f.kind.includes(a.kind)) &&
      (!f.merchantId || a.merchantId === f.merchantId) &&
      (!f.submittedFrom || (submitted !== null && submitted >= Date.parse(f.submittedFrom))) &&
      (!f.submittedTo || (submitted !== null && submitted < Date.parse(f.submittedTo))) &&
      (!f.claimedByMe || a.claimedBy === ctx.userId) &&
      (!f.q || containsIgnoreCase(a.title, f.q)) &&
      (f.overdue === undefined || f.overdue === isOverdue)
    );
  });
  // Oldest submission first by default; PostgreSQL puts nulls last ascending and first descending.
  const desc = input.sort?.order === 'desc';
  const sorted = [...rows].sort((x, y) => {
    const kx = time(x.submittedAt);
    const ky = time(y.submittedAt);
    if (kx === null || ky === null) {
      if (kx === ky) return compareValues(x.id, y.id);
      return (kx === null ? 1 : -1) * (desc ? -1 : 1);
    }
    return (desc ? ky - kx : kx - ky) || compareValues(x.id, y.id);
  });
  const page = paginate(sorted, input.page, input.pageSize);
  return { items: page.items.map((a) => queueItemOf(store, a, now)), total: page.total };
}

export const reviewMocks = {
  queue: mock.manager.query(reviewQueueInput, reviewQueueOutput, ({ ctx, input }) => {
    advanceLaunchesByDate(ctx.store, ctx.now());
    return queue(ctx.store, { verticals: ctx.verticals, userId: ctx.user.id }, input, ctx.now());
  }),

  get: mock.authed.query(applicationRef, applicationSummary, ({ ctx, input }) => {
    advanceLaunchesByDate(ctx.store, ctx.now());
    const { row, actor } = scoped(ctx, input.id);
    return summary(ctx.store, row, actor, ctx.now());
  }),

  timeline: mock.authed.query(applicationRef, timelineOutput, ({ ctx, input }) => timeline(ctx.store, scoped(ctx, input.id).row.id)),

  diff: mock.authed.query(diffInput, diffOutput, ({ ctx, input }) => diff(ctx.store, scoped(ctx, input.id).row, input.to, input.from)),

  claim: mock.manager.mutation(claimInput, transitionOutput, ({ ctx, input }) => {
    const now = ctx.now();
    const row = applyTransition(ctx.store, {
      id: input.id,
      version: input.version,
      action: 'claim',
      actor: 'manager',
      user: ctx.user,
      scope: { verticals: ctx.verticals },
      now,
      set: (a) => {
        a.claimedBy = ctx.user.id;
        a.claimedAt = now.toISOString();
      },
    });
    return transitionOut(row);
  }),

  /** Approves; an approved launch is then scheduled (or live) by date at once, so the answer is its state after that. */
  approve: mock.manager.mutation(approveInput, transitionOutput, ({ ctx, input }) => {
    const decided = decide(ctx.store, { id: input.id, version: input.version, action: 'approve', user: ctx.user, verticals: ctx.verticals, now: ctx.now(), reason: input.comment || null, fieldComments: {} });
    if (decided.kind === 'launch') advanceLaunchesByDate(ctx.store, ctx.now());
    return transitionOut(decided);
  }),

  reject: mock.manager.mutation(rejectInput, transitionOutput, ({ ctx, input }) =>
    transitionOut(
      decide(ctx.store, { id: input.id, version: input.version, action: 'reject', user: ctx.user, verticals: ctx.verticals, now: ctx.now(), reason: input.reason, fieldComments: {} }),
    ),
  ),

  requestChanges: mock.manager.mutation(requestChangesInput, transitionOutput, ({ ctx, input }) =>
    transitionOut(
      decide(ctx.store, {
        id: input.id,
        version: input.version,
        action: 'request_changes',
        user: ctx.user,
        verticals: ctx.verticals,
        now: ctx.now(),
        reason: input.comment,
        fieldComments: input.fieldComments,
      }),
    ),
  ),
} satisfies MockImpl<AppRouter>['review'];
