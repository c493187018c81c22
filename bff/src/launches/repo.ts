import type { Launch, LaunchContent, LaunchListItem, SessionUser } from '@console/shared';
import {
  toLastDecision,
  allowedActions,
  canDelete,
  earlyAccessIssues,
  canEdit,
  EDITABLE_STATES,
  launchListInput,
  launchStatesByDate,
  launchSubmitIssues,
  platformDate,
  addDays,
  LAUNCH_RULES,
  toFieldErrors,
  windowKindOf,
  submissionNotification,
  changedFields,
} from '@console/shared';
import { randomBytes, toHex } from '../auth/encoding';
import { and, asc, count, desc, eq, getTableColumns, ilike, inArray, lte, ne, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { writeAudit } from '../audit/repo';
import { users } from '../auth/table';
import { findWindow } from '../calendar/repo';
import { dateCheckThrottle } from '../db/date-check';
import type { Db } from '../db/client';
import { preparedPerDb } from '../db/prepared';
import { likeContains } from '../merchants/repo';
import { merchants } from '../merchants/table';
import { activeEarlyAccessOffers } from '../perks/repo';
import { notFound, staleVersion } from '../review/errors';
import { type ApplicationWithNames, applyTransition, preparedByIdInScope, type Scope, submitApplication } from '../review/repo';
import { applications } from '../review/table';
import { badRequest } from '../trpc';
import { type LaunchRow, launches } from './table';

export const newLaunchId = () => `ln_${Date.now().toString(36)}${toHex(randomBytes(4))}`;

export function contentOf(l: LaunchRow, title: string): LaunchContent {
  return {
    season: l.season,
    year: l.year,
    title,
    launchDate: l.launchDate,
    story: l.story,
    channels: l.channels as LaunchContent['channels'],
    earlyAccess: l.earlyAccessTier && l.earlyAccessHours ? { tier: l.earlyAccessTier, hours: l.earlyAccessHours } : null,
    skus: l.skus,
  };
}

export function contentColumns(c: LaunchContent) {
  return {
    season: c.season,
    year: c.year,
    launchDate: c.launchDate,
    story: c.story,
    channels: c.channels,
    earlyAccessTier: c.earlyAccess?.tier ?? null,
    earlyAccessHours: c.earlyAccess?.hours ?? null,
    skus: c.skus,
    skuCount: c.skus.length,
  };
}

const claimer = alias(users, 'claimer');

/** One launch with its workflow row and names, as `where` finds it. */
function launchQuery(db: Db, where: SQL) {
  return db
    .select({ a: applications, l: launches, merchantName: merchants.name, claimedByName: claimer.displayName, claimedByNameEn: claimer.displayNameEn })
    .from(applications)
    .innerJoin(launches, eq(launches.id, applications.id))
    .innerJoin(merchants, eq(merchants.id, applications.merchantId))
    .leftJoin(claimer, eq(claimer.id, applications.claimedBy))
    .where(where)
    .limit(1);
}

/**
 * launches.byId, as an operator or a manager asks it: a lookup by primary key, prepared once per kind of scope
 * (the same plan for any id, EXPLAIN generic vs custom on 100,000 applications).
 */
const launchOfMerchant = preparedPerDb((db) =>
  launchQuery(db, and(preparedByIdInScope('merchant'), eq(applications.kind, 'launch'))!).prepare('launch_of_merchant'),
);
const launchInVerticals = preparedPerDb((db) =>
  launchQuery(db, and(preparedByIdInScope('verticals'), eq(applications.kind, 'launch'))!).prepare('launch_in_verticals'),
);

async function loadLaunch(db: Db, id: string, scope: Scope) {
  const [row] =
    'merchantId' in scope
      ? await launchOfMerchant(db).execute({ id, merchantId: scope.merchantId })
      : await launchInVerticals(db).execute({ id, verticals: [...scope.verticals] });
  return row ? { a: { ...row.a, merchantName: row.merchantName, claimedByName: row.claimedByName, claimedByNameEn: row.claimedByNameEn } as ApplicationWithNames, l: row.l } : null;
}

function toLaunch(a: ApplicationWithNames, l: LaunchRow, viewer: 'operator' | 'manager'): Launch {
  const actions: Launch['allowedActions'] = allowedActions(a.state, viewer);
  if (viewer === 'operator' && canEdit(a.state)) actions.push('edit');
  if (viewer === 'operator' && canDelete(a.state)) actions.push('delete');
  return {
    ...contentOf(l, a.title),
    id: a.id,
    merchantId: a.merchantId,
    merchantName: a.merchantName,
    state: a.state,
    version: a.version,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    submissionCount: a.submissionCount,
    claimedBy: a.claimedBy ? { id: a.claimedBy, name: a.claimedByName ?? '', nameEn: a.claimedByNameEn ?? null } : null,
    lastDecision: toLastDecision(a.lastDecision),
    allowedActions: actions,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export async function getLaunch(db: Db, id: string, scope: Scope, viewer: 'operator' | 'manager') {
  const found = await loadLaunch(db, id, scope);
  if (!found) throw notFound();
  return toLaunch(found.a, found.l, viewer);
}

const sortColumns = {
  updatedAt: applications.updatedAt,
  createdAt: applications.createdAt,
  launchDate: launches.launchDate,
  submittedAt: applications.submittedAt,
  title: applications.title,
} as const;

/**
 * A list item has no SKUs, story or last decision: they are not read. The SKUs alone were ~3 KB of JSON per launch,
 * sent by the database, parsed and thrown away: most of the list's cost under load.
 */
const { skus: _skus, story: _story, ...listLaunchColumns } = getTableColumns(launches);
const { lastDecision: _lastDecision, ...listApplicationColumns } = getTableColumns(applications);

/** A page of launches where `where` finds them, in `order`, each row carrying the total (a window count, before LIMIT/OFFSET). */
function launchListQuery(db: Db, where: SQL, order: SQL[], limit: number | Placeholder, offset: number | Placeholder) {
  return db
    .select({
      a: listApplicationColumns,
      l: listLaunchColumns,
      merchantName: merchants.name,
      claimedByName: claimer.displayName,
      claimedByNameEn: claimer.displayNameEn,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(applications)
    .innerJoin(launches, eq(launches.id, applications.id))
    .innerJoin(merchants, eq(merchants.id, applications.merchantId))
    .leftJoin(claimer, eq(claimer.id, applications.claimedBy))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
}
const launchCountQuery = (db: Db, where: SQL) => db.select({ n: count() }).from(applications).innerJoin(launches, eq(launches.id, applications.id)).where(where);

/**
 * The list as it opens (no filter, latest change first), which is how operators read it: prepared. Its plan does not
 * depend on the merchant (EXPLAIN on 100,000 applications, generic and custom alike: the merchant's launches from
 * applications_merchant_idx, joined, counted and sorted). Filters and other orders stay dynamic.
 */
const ownLaunches = () => and(eq(applications.merchantId, sql.placeholder('merchantId')), eq(applications.kind, 'launch'))!;
const latestFirst = () => [sql`${applications.updatedAt} desc nulls last`, asc(applications.id)];
const defaultListPage = preparedPerDb((db) =>
  launchListQuery(db, ownLaunches(), latestFirst(), sql.placeholder('limit'), sql.placeholder('offset')).prepare('launches_list_latest'),
);
const defaultListCount = preparedPerDb((db) => launchCountQuery(db, ownLaunches()).prepare('launches_list_count'));

/** The operator's own launches; the merchant is part of the query. */
export async function listLaunches(db: Db, merchantId: string, input: z.output<typeof launchListInput>) {
  const f = input.filters;
  const sort = input.sort ?? { field: 'updatedAt' as const, order: 'desc' as const };
  const offset = (input.page - 1) * input.pageSize;
  // The total rides on the page's rows (a window count, taken before LIMIT/OFFSET): one round trip instead of two,
  // and a query is mostly socket and wake-up cost at this size. A page past the end has no row to carry it: counted then.
  let rows;
  let counted: () => Promise<{ n: number }[]>;
  if (!f.state?.length && !f.season && f.year === undefined && !f.q && sort.field === 'updatedAt' && sort.order === 'desc') {
    rows = await defaultListPage(db).execute({ merchantId, limit: input.pageSize, offset });
    counted = () => defaultListCount(db).execute({ merchantId });
  } else {
    const cond = and(
      eq(applications.merchantId, merchantId),
      eq(applications.kind, 'launch'),
      f.state?.length ? inArray(applications.state, f.state) : undefined,
      f.season ? eq(launches.season, f.season) : undefined,
      f.year !== undefined ? eq(launches.year, f.year) : undefined,
      f.q ? ilike(applications.title, likeContains(f.q)) : undefined,
    )!;
    const col = sortColumns[sort.field];
    rows = await launchListQuery(db, cond, [sort.order === 'asc' ? sql`${col} asc nulls last` : sql`${col} desc nulls last`, asc(applications.id)], input.pageSize, offset);
    counted = () => launchCountQuery(db, cond);
  }
  const total = rows[0]?.total ?? (input.page > 1 ? (await counted())[0]?.n : 0);
  const items: LaunchListItem[] = rows.map((r) => {
    const { skus: _skus, story: _story, lastDecision: _d, allowedActions: _a, ...rest } = toLaunch(
      { ...r.a, lastDecision: null, merchantName: r.merchantName, claimedByName: r.claimedByName, claimedByNameEn: r.claimedByNameEn },
      { ...r.l, story: '', skus: [] },
      'operator',
    );
    return { ...rest, skuCount: r.l.skuCount };
  });
  return { items, total: total ?? 0 };
}

type Operator = SessionUser & { merchantId: string };

/**
 * A draft may be incomplete, but its member early access is a promise to the merchant's members: it must be one the
 * active programme makes (tier and hours), on every save as on submit. BAD_REQUEST on `earlyAccess.tier` / `.hours`.
 */
async function checkEarlyAccess(db: Db, user: Operator, content: LaunchContent, now: Date) {
  if (!content.earlyAccess) return;
  const issues = earlyAccessIssues(content.earlyAccess, await activeEarlyAccessOffers(db, user.merchantId, now));
  if (issues.length) badRequest(toFieldErrors(issues), 'launches.earlyAccessInvalid');
}

export async function createLaunch(db: Db, user: Operator, content: LaunchContent, now: Date) {
  await checkEarlyAccess(db, user, content, now);
  const [merchant] = await db.select({ vertical: merchants.vertical }).from(merchants).where(eq(merchants.id, user.merchantId));
  if (!merchant) throw notFound();
  const id = newLaunchId();
  await db.transaction(async (tx) => {
    await tx.insert(applications).values({
      id,
      kind: 'launch',
      merchantId: user.merchantId,
      vertical: merchant.vertical,
      state: 'draft',
      title: content.title,
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(launches).values({ id, merchantId: user.merchantId, ...contentColumns(content) });
    await writeAudit(tx, { entityType: 'application', entityId: id, action: 'create', toState: 'draft', actorId: user.id, actorRole: user.role, at: now });
  });
  return getLaunch(db, id, { merchantId: user.merchantId }, 'operator');
}

/** Saves the content of a draft or of a launch sent back for changes; optimistic on `version`. */
export async function updateLaunch(db: Db, user: Operator, id: string, version: number, content: LaunchContent, now: Date) {
  await checkEarlyAccess(db, user, content, now);
  await db.transaction(async (tx) => {
    // What it held, for the audit row's before (read in the transaction, under the version check below).
    const previous = await loadLaunch(tx, id, { merchantId: user.merchantId });
    const [updated] = await tx
      .update(applications)
      .set({ title: content.title, version: sql`${applications.version} + 1`, updatedAt: now })
      .where(
        and(
          eq(applications.id, id),
          eq(applications.kind, 'launch'),
          eq(applications.merchantId, user.merchantId),
          eq(applications.version, version),
          inArray(applications.state, [...EDITABLE_STATES]),
        ),
      )
      .returning({ id: applications.id, version: applications.version, state: applications.state });
    if (!updated) {
      const [current] = await tx
        .select({ version: applications.version, state: applications.state })
        .from(applications)
        .where(and(eq(applications.id, id), eq(applications.kind, 'launch'), eq(applications.merchantId, user.merchantId)));
      if (!current) throw notFound();
      if (current.version !== version) throw staleVersion(current.version);
      badRequest({ _: ['launches.notEditable'] }, 'launches.notEditable');
    }
    await tx.update(launches).set(contentColumns(content)).where(eq(launches.id, id));
    const change = changedFields<Record<string, unknown>>(previous ? contentOf(previous.l, previous.a.title) : {}, content);
    await writeAudit(tx, {
      entityType: 'application',
      entityId: id,
      action: 'edit',
      fromState: updated.state,
      toState: updated.state,
      actorId: user.id,
      actorRole: user.role,
      before: { version, ...change.before },
      after: { version: updated.version, ...change.after },
      at: now,
    });
  });
  return getLaunch(db, id, { merchantId: user.merchantId }, 'operator');
}

export async function deleteDraft(db: Db, user: Operator, id: string, version: number, now: Date) {
  await db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(applications)
      .where(
        and(
          eq(applications.id, id),
          eq(applications.kind, 'launch'),
          eq(applications.merchantId, user.merchantId),
          eq(applications.version, version),
          eq(applications.state, 'draft'),
        ),
      )
      .returning({ id: applications.id, title: applications.title });
    if (!deleted) {
      const [current] = await tx
        .select({ version: applications.version })
        .from(applications)
        .where(and(eq(applications.id, id), eq(applications.kind, 'launch'), eq(applications.merchantId, user.merchantId)));
      if (!current) throw notFound();
      if (current.version !== version) throw staleVersion(current.version);
      badRequest({ _: ['launches.onlyDraftsDeleted'] }, 'launches.onlyDraftsDeleted');
    }
    await writeAudit(tx, {
      entityType: 'application',
      entityId: id,
      action: 'delete',
      fromState: 'draft',
      actorId: user.id,
      actorRole: user.role,
      before: { title: deleted.title },
      at: now,
    });
  });
  return { id, deleted: true as const };
}

/**
 * Submit (draft) or resubmit (changes requested): the launch rules against the calendar's window, then review's
 * one submit path (transition, snapshot, audit, keep-with-reviewer, managers told).
 */
export async function submitLaunch(db: Db, user: Operator, id: string, version: number, action: 'submit' | 'resubmit', now: Date) {
  const scope = { merchantId: user.merchantId };
  const found = await loadLaunch(db, id, scope);
  if (!found) throw notFound();
  if (found.a.version !== version) throw staleVersion(found.a.version);
  const content = contentOf(found.l, found.a.title);
  const window = await findWindow(db, windowKindOf(content.season), content.year);
  const earlyAccessOffers = content.earlyAccess ? await activeEarlyAccessOffers(db, user.merchantId, now) : null;
  const issues = launchSubmitIssues(content, { window, now, earlyAccessOffers });
  if (issues.length) badRequest(toFieldErrors(issues), 'launches.submitInvalid');
  await submitApplication(db, { id, version, action, user, now, snapshot: content, merchantName: found.a.merchantName, lastDecision: found.a.lastDecision });
  return getLaunch(db, id, scope, 'operator');
}

export async function withdrawLaunch(db: Db, user: Operator, id: string, version: number, reason: string | null, now: Date) {
  const scope = { merchantId: user.merchantId };
  await db.transaction(async (tx) => {
    const [isLaunch] = await tx.select({ id: launches.id }).from(launches).where(and(eq(launches.id, id), eq(launches.merchantId, user.merchantId)));
    if (!isLaunch) throw notFound();
    await applyTransition(tx, { id, version, action: 'withdraw', actor: 'operator', user, scope, now, reason });
  });
  return getLaunch(db, id, scope, 'operator');
}

const dueForDateCheck = dateCheckThrottle();

/**
 * The system's side of the workflow, applied by date in the platform's time zone: approved → scheduled,
 * scheduled → live on the launch date, live → ended LAUNCH_RULES.liveDays later. Runs before launches and
 * the review queue are read (so what anyone sees is current), each step a guarded UPDATE with its audit row;
 * concurrent runs cannot apply a step twice. Returns how many steps were taken.
 */
export async function advanceLaunchesByDate(db: Db, now: Date, opts: { force?: boolean } = {}): Promise<number> {
  // Approval forces a run; reads run it at most once a minute (see dateCheckThrottle).
  if (!dueForDateCheck(db, now, opts.force)) return 0;
  const today = platformDate(now);
  const endedBefore = addDays(today, -LAUNCH_RULES.liveDays);
  const due = await db
    .select({ id: applications.id, state: applications.state, launchDate: launches.launchDate })
    .from(applications)
    .innerJoin(launches, eq(launches.id, applications.id))
    .where(
      and(
        eq(applications.kind, 'launch'),
        or(
          eq(applications.state, 'approved'),
          and(eq(applications.state, 'scheduled'), lte(launches.launchDate, today)),
          and(eq(applications.state, 'live'), lte(launches.launchDate, endedBefore)),
        ),
      ),
    );
  let steps = 0;
  for (const row of due) {
    if (!row.launchDate || (row.state !== 'approved' && row.state !== 'scheduled' && row.state !== 'live')) continue;
    const path = launchStatesByDate(row.state, row.launchDate, today);
    const actions = { scheduled: 'schedule', live: 'go_live', ended: 'end' } as const;
    try {
      await db.transaction(async (tx) => {
        for (const to of path) {
          await applyTransition(tx, { id: row.id, version: null, action: actions[to], actor: 'system', user: null, scope: null, now });
          steps++;
        }
      });
    } catch {
      // Another request advanced it first; what it did is what we wanted.
    }
  }
  return steps;
}

/**
 * The review queue's columns of a launch (the launch date, its season with it): a JSON object of the application
 * `id`, a subquery by primary key that the queue's page reads in its own statement.
 */
export const launchQueueDetails = (id: SQL): SQL =>
  sql`(select json_build_object('date', ${launches.launchDate}, 'season', ${launches.season}, 'year', ${launches.year}) from ${launches} where ${launches.id} = ${id})`;
