import {
  calendarByIdInput,
  calendarCreateInput,
  calendarListInput,
  calendarListOutput,
  calendarUpdateInput,
  calendarWindow,
  calendarProblems,
} from '@console/shared';
import type { AppRouter } from '@console/bff/router';
import { TRPCError } from '@trpc/server';
import { compareValues, paginate } from '../lib/list';
import { badRequest, mock, type MockImpl, notFound, staleVersion } from '../trpc';
import { windowId } from './fixtures';

const windowExists = () => new TRPCError({ code: 'CONFLICT', message: 'calendar.windowExists' });

export const calendarMocks = {
  list: mock.authed.query(calendarListInput, calendarListOutput, ({ ctx, input }) => {
    const f = input.filters;
    const rows = ctx.store.data.calendar.filter((w) => (f.year === undefined || w.year === f.year) && (!f.kind?.length || f.kind.includes(w.kind)));
    const sort = input.sort ?? { field: 'startsOn', order: 'asc' as const };
    const sign = sort.order === 'asc' ? 1 : -1;
    const sorted = [...rows].sort(
      (a, b) => sign * compareValues(a[sort.field], b[sort.field]) || compareValues(a.startsOn, b.startsOn) || compareValues(a.id, b.id),
    );
    return paginate(sorted, input.page, input.pageSize);
  }),

  byId: mock.authed.query(calendarByIdInput, calendarWindow, ({ ctx, input }) => {
    const found = ctx.store.data.calendar.find((w) => w.id === input.id);
    if (!found) throw notFound();
    return found;
  }),

  create: mock.admin.mutation(calendarCreateInput, calendarWindow, ({ ctx, input }) => {
    const problems = calendarProblems(input, ctx.store.data.calendar.filter((w) => w.kind === input.kind));
    if (Object.keys(problems).length) badRequest(problems);
    const { store } = ctx;
    const id = windowId(input.kind, input.year, input.phase);
    if (store.data.calendar.some((w) => w.id === id || (w.kind === input.kind && w.year === input.year && w.phase === input.phase))) {
      throw windowExists();
    }
    const created = { ...input, id, version: 1, updatedAt: ctx.now().toISOString() };
    store.data.calendar.push(created);
    store.audit({ entityType: 'calendar_window', entityId: id, action: 'create', fromState: null, toState: null, actorId: ctx.user.id, actorRole: ctx.user.role, before: null, after: created });
    return created;
  }),

  update: mock.admin.mutation(calendarUpdateInput, calendarWindow, ({ ctx, input }) => {
    const problems = calendarProblems(input, ctx.store.data.calendar.filter((w) => w.kind === input.kind));
    if (Object.keys(problems).length) badRequest(problems);
    const { store } = ctx;
    const before = store.data.calendar.find((w) => w.id === input.id);
    if (!before) throw notFound();
    if (before.version !== input.version) throw staleVersion(before.version);
    const { id, version, ...fields } = input;
    // Moving a window onto another's kind/year/phase is refused like the bff's unique index.
    if (store.data.calendar.some((w) => w.id !== id && w.kind === fields.kind && w.year === fields.year && w.phase === fields.phase)) {
      throw windowExists();
    }
    const after = { ...before, ...fields, version: version + 1, updatedAt: ctx.now().toISOString() };
    store.data.calendar[store.data.calendar.indexOf(before)] = after;
    store.audit({ entityType: 'calendar_window', entityId: id, action: 'update', fromState: null, toState: null, actorId: ctx.user.id, actorRole: ctx.user.role, before, after });
    return after;
  }),
} satisfies MockImpl<AppRouter>['calendar'];
