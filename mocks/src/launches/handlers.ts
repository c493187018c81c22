import {
  allowedActions,
  canDelete,
  canEdit,
  EDITABLE_STATES,
  type Launch,
  launch,
  launchActionInput,
  launchByIdInput,
  type LaunchContent,
  launchCreateInput,
  launchDeleteOutput,
  launchListInput,
  launchListOutput,
  launchStatesByDate,
  launchSubmitIssues,
  launchUpdateInput,
  launchWithdrawInput,
  platformDate,
  type SessionUser,
  toFieldErrors,
  windowKindOf,
  toLastDecision,
  submissionNotification,
} from '@console/shared';
import type { AppRouter } from '@console/bff/router';
import { asJsonb, compareValues, containsIgnoreCase, paginate } from '../lib/list';
import { applyTransition, claimedByOf, loadApplication, type MockApplication, merchantNameOf, type Scope, scopeOf } from '../review/workflow';
import { notifyUsers } from '../notifications/handlers';
import type { MockStore } from '../store';
import { badRequest, mock, type MockImpl, notFound, staleVersion } from '../trpc';

let idCounter = 0;
/** `ln_` + time + a random part, like the bff's ids. */
export const newLaunchId = () => `ln_${Date.now().toString(36)}${(++idCounter).toString(36)}${Math.random().toString(16).slice(2, 8)}`;

export function toLaunch(store: MockStore, a: MockApplication, viewer: 'operator' | 'manager'): Launch {
  const actions: Launch['allowedActions'] = allowedActions(a.state, viewer);
  if (viewer === 'operator' && canEdit(a.state)) actions.push('edit');
  if (viewer === 'operator' && canDelete(a.state)) actions.push('delete');
  return {
    ...structuredClone(a.content),
    title: a.title,
    id: a.id,
    merchantId: a.merchantId,
    merchantName: merchantNameOf(store, a),
    state: a.state,
    version: a.version,
    submittedAt: a.submittedAt,
    submissionCount: a.submissionCount,
    claimedBy: claimedByOf(store, a),
    lastDecision: toLastDecision(a.lastDecision),
    allowedActions: actions,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

function getLaunch(store: MockStore, id: string, scope: Scope, viewer: 'operator' | 'manager') {
  const a = loadApplication(store, id, scope);
  if (!a || a.kind !== 'launch') throw notFound();
  return toLaunch(store, a, viewer);
}

type Operator = SessionUser & { merchantId: string };

/** The operator's launch (any state), or NOT_FOUND. */
function ownLaunch(store: MockStore, user: Operator, id: string) {
  const a = store.data.applications.find((x) => x.id === id && x.kind === 'launch' && x.merchantId === user.merchantId);
  if (!a) throw notFound();
  return a;
}

export function createLaunch(store: MockStore, user: Operator, content: LaunchContent, now: Date, id = newLaunchId()) {
  const merchant = store.data.merchants.find((m) => m.id === user.merchantId);
  if (!merchant) throw notFound();
  const at = now.toISOString();
  const { title, ...rest } = structuredClone(content);
  store.data.applications.push({
    id,
    kind: 'launch',
    merchantId: user.merchantId,
    vertical: merchant.vertical,
    state: 'draft',
    title,
    version: 1,
    submittedAt: null,
    submissionCount: 0,
    claimedBy: null,
    claimedAt: null,
    lastDecision: null,
    createdBy: user.id,
    createdAt: at,
    updatedAt: at,
    content: { ...rest, title },
    versions: [],
  });
  store.audit({ entityType: 'application', entityId: id, action: 'create', fromState: null, toState: 'draft', actorId: user.id, actorRole: user.role, before: null, after: null }, now);
  return getLaunch(store, id, { merchantId: user.merchantId }, 'operator');
}

export function updateLaunch(store: MockStore, user: Operator, id: string, version: number, content: LaunchContent, now: Date) {
  const a = ownLaunch(store, user, id);
  if (a.version !== version) throw staleVersion(a.version);
  if (!EDITABLE_STATES.includes(a.state)) badRequest({ _: ['launches.notEditable'] }, 'launches.notEditable');
  a.title = content.title;
  a.content = structuredClone(content);
  a.version += 1;
  a.updatedAt = now.toISOString();
  store.audit(
    { entityType: 'application', entityId: id, action: 'edit', fromState: a.state, toState: a.state, actorId: user.id, actorRole: user.role, before: null, after: { version: a.version, skuCount: content.skus.length } },
    now,
  );
  return getLaunch(store, id, { merchantId: user.merchantId }, 'operator');
}

/** Submit (draft) or resubmit (changes requested): the launch rules against the calendar, then a numbered snapshot. */
export function submitLaunch(store: MockStore, user: Operator, id: string, version: number, action: 'submit' | 'resubmit', now: Date) {
  const scope = { merchantId: user.merchantId };
  const a = loadApplication(store, id, scope);
  if (!a || a.kind !== 'launch') throw notFound();
  if (a.version !== version) throw staleVersion(a.version);
  const content = { ...a.content, title: a.title };
  const window = store.data.calendar.find((w) => w.kind === windowKindOf(content.season) && w.year === content.year && w.phase === null) ?? null;
  const issues = launchSubmitIssues(content, { window, now });
  if (issues.length) badRequest(toFieldErrors(issues), 'launches.submitInvalid');
  const at = now.toISOString();
  const row = applyTransition(store, {
    id,
    version,
    action,
    actor: 'operator',
    user,
    scope,
    now,
    set: (x) => {
      x.submittedAt = at;
      x.submissionCount += 1;
      x.claimedBy = null;
      x.claimedAt = null;
    },
  });
  row.versions.push({ number: row.submissionCount, snapshot: asJsonb(content), submittedAt: at, submittedBy: user.id, decision: null, decidedAt: null, decidedBy: null });
  // As the bff: a resubmission stays with the reviewer who asked for the changes while they still review the vertical.
  const managers = store.data.users.filter((u) => u.role === 'manager' && u.verticals.includes(row.vertical));
  const reviewer = action === 'resubmit' ? managers.find((m) => m.id === row.lastDecision?.byId) : undefined;
  if (reviewer) {
    applyTransition(store, {
      id,
      version: row.version,
      action: 'claim',
      actor: 'manager',
      user: { id: reviewer.id, role: 'manager' },
      scope: null,
      now,
      reason: 'review.keptWithReviewer',
      set: (x) => {
        x.claimedBy = reviewer.id;
        x.claimedAt = at;
      },
    });
  }
  const base = { kind: row.kind, applicationId: id, title: row.title, merchantName: store.merchantName(row.merchantId) ?? '' };
  if (reviewer) notifyUsers(store, [reviewer.id], submissionNotification({ ...base, event: 'resubmittedToYou' }), now);
  else notifyUsers(store, managers.map((m) => m.id), submissionNotification({ ...base, event: action === 'resubmit' ? 'resubmitted' : 'submitted' }), now);
  return getLaunch(store, id, scope, 'operator');
}

/**
 * The system's side: approved → scheduled, scheduled → live on the launch date, live → ended 30 days later,
 * applied by date before launches and the queue are read.
 */
export function advanceLaunchesByDate(store: MockStore, now: Date) {
  const today = platformDate(now);
  const actions = { scheduled: 'schedule', live: 'go_live', ended: 'end' } as const;
  let steps = 0;
  for (const a of store.data.applications) {
    if (a.kind !== 'launch' || !a.content.launchDate) continue;
    if (a.state !== 'approved' && a.state !== 'scheduled' && a.state !== 'live') continue;
    for (const to of launchStatesByDate(a.state, a.content.launchDate, today)) {
      applyTransition(store, { id: a.id, version: null, action: actions[to], actor: 'system', user: null, scope: null, now });
      steps++;
    }
  }
  return steps;
}

const SORT_KEYS = {
  updatedAt: (a: MockApplication) => a.updatedAt,
  createdAt: (a: MockApplication) => a.createdAt,
  launchDate: (a: MockApplication) => a.content.launchDate,
  submittedAt: (a: MockApplication) => a.submittedAt,
  title: (a: MockApplication) => a.title,
} as const;

export const launchesMocks = {
  /** The operator's own launches. */
  list: mock.operator.query(launchListInput, launchListOutput, ({ ctx, input }) => {
    const { store } = ctx;
    advanceLaunchesByDate(store, ctx.now());
    const f = input.filters;
    const rows = store.data.applications.filter(
      (a) =>
        a.kind === 'launch' &&
        a.merchantId === ctx.merchantId &&
        (!f.state?.length || f.state.includes(a.state)) &&
        (!f.season || a.content.season === f.season) &&
        (f.year === undefined || a.content.year === f.year) &&
        (!f.q || containsIgnoreCase(a.title, f.q)),
    );
    const sort = input.sort ?? { field: 'updatedAt' as const, order: 'desc' as const };
    const key = SORT_KEYS[sort.field];
    const sign = sort.order === 'asc' ? 1 : -1;
    // NULLS LAST either way, then id.
    const sorted = [...rows].sort((x, y) => {
      const kx = key(x);
      const ky = key(y);
      if (kx === null || ky === null) return kx === ky ? compareValues(x.id, y.id) : kx === null ? 1 : -1;
      return sign * compareValues(kx, ky) || compareValues(x.id, y.id);
    });
    const page = paginate(sorted, input.page, input.pageSize);
    return {
      items: page.items.map((a) => {
        const { skus, story: _story, lastDecision: _d, allowedActions: _a, ...rest } = toLaunch(store, a, 'operator');
        return { ...rest, skuCount: skus.length };
      }),
      total: page.total,
    };
  }),

  /** The operator of the merchant or a manager of its vertical; anyone else gets NOT_FOUND. */
  byId: mock.authed.query(launchByIdInput, launch, ({ ctx, input }) => {
    const scope = scopeOf(ctx.user);
    if (!scope) throw notFound();
    advanceLaunchesByDate(ctx.store, ctx.now());
    return getLaunch(ctx.store, input.id, scope, ctx.user.role === 'manager' ? 'manager' : 'operator');
  }),

  create: mock.operator.mutation(launchCreateInput, launch, ({ ctx, input }) => createLaunch(ctx.store, { ...ctx.user, merchantId: ctx.merchantId }, input, ctx.now())),

  update: mock.operator.mutation(launchUpdateInput, launch, ({ ctx, input }) => {
    const { id, version, ...content } = input;
    return updateLaunch(ctx.store, { ...ctx.user, merchantId: ctx.merchantId }, id, version, content, ctx.now());
  }),

  delete: mock.operator.mutation(launchActionInput, launchDeleteOutput, ({ ctx, input }) => {
    const { store } = ctx;
    const a = ownLaunch(store, { ...ctx.user, merchantId: ctx.merchantId }, input.id);
    if (a.version !== input.version) throw staleVersion(a.version);
    if (a.state !== 'draft') badRequest({ _: ['launches.onlyDraftsDeleted'] }, 'launches.onlyDraftsDeleted');
    store.data.applications.splice(store.data.applications.indexOf(a), 1);
    store.audit({ entityType: 'application', entityId: a.id, action: 'delete', fromState: 'draft', toState: null, actorId: ctx.user.id, actorRole: ctx.user.role, before: { title: a.title }, after: null }, ctx.now());
    return { id: a.id, deleted: true as const };
  }),

  submit: mock.operator.mutation(launchActionInput, launch, ({ ctx, input }) =>
    submitLaunch(ctx.store, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.version, 'submit', ctx.now()),
  ),

  resubmit: mock.operator.mutation(launchActionInput, launch, ({ ctx, input }) =>
    submitLaunch(ctx.store, { ...ctx.user, merchantId: ctx.merchantId }, input.id, input.version, 'resubmit', ctx.now()),
  ),

  withdraw: mock.operator.mutation(launchWithdrawInput, launch, ({ ctx, input }) => {
    const scope = { merchantId: ctx.merchantId };
    ownLaunch(ctx.store, { ...ctx.user, merchantId: ctx.merchantId }, input.id);
    applyTransition(ctx.store, { id: input.id, version: input.version, action: 'withdraw', actor: 'operator', user: ctx.user, scope, now: ctx.now(), reason: input.reason || null });
    return getLaunch(ctx.store, input.id, scope, 'operator');
  }),
} satisfies MockImpl<AppRouter>['launches'];
