import type {
  Actor,
  ApplicationState,
  ApplicationSummary,
  DecisionAction,
  KindDetails,
  LastDecision,
  QueueItem,
  ReviewAction,
  SessionUser,
  TimelineEntry,
  Vertical,
} from '@console/shared';
import {
  allowedActions,
  businessDaysBetween,
  APPLICATION_KIND_DEFS,
  diffSnapshots,
  type Json,
  isOverdue,
  overdueCutoff,
  PENDING_STATES,
  reviewQueueInput,
  TRANSITIONS,
  transitionError,
  decisionNotification,
  submissionNotification,
  toLastDecision,
} from '@console/shared';
import { and, asc, count, desc, eq, getTableColumns, gte, ilike, inArray, isNull, lt, ne, notInArray, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { alias, type PgColumn, unionAll } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { auditLog } from '../audit/table';
import { writeAudit } from '../audit/repo';
import { users } from '../auth/table';
import type { Db } from '../db/client';
import { preparedPerDb } from '../db/prepared';
import { likeContains } from '../merchants/repo';
import { merchants } from '../merchants/table';
import { notifyMerchantOperators, notifyUsers, verticalManagers } from '../notifications/repo';
import { notFound, staleVersion, transitionRefused } from './errors';
import { type ApplicationRow, type ApplicationVersionRow, applications, applicationVersions, type StoredDecision } from './table';

/** Who may see an application: the operator of its merchant, or a manager of its vertical. */
export type Scope = { merchantId: string } | { verticals: readonly Vertical[] };

export function scopeOf(user: SessionUser): Scope | null {
  if (user.role === 'operator' && user.merchantId) return { merchantId: user.merchantId };
  if (user.role === 'manager' && user.verticals.length) return { verticals: user.verticals };
  return null;
}
export const actorOf = (user: SessionUser): Actor | null => (user.role === 'operator' ? 'operator' : user.role === 'manager' ? 'manager' : null);

export function scopeWhere(scope: Scope): SQL {
  // A draft is the merchant's own business until it is submitted.
  return 'merchantId' in scope
    ? eq(applications.merchantId, scope.merchantId)
    : and(inArray(applications.vertical, [...scope.verticals]), ne(applications.state, 'draft'))!;
}

/**
 * scopeWhere for a prepared statement, with the application's id: the scope's values are its parameters (`id`, and
 * `merchantId` or `verticals` as one array), so one statement serves every operator, or every manager.
 */
export function preparedByIdInScope(scope: 'merchant' | 'verticals'): SQL {
  const id = eq(applications.id, sql.placeholder('id'));
  return scope === 'merchant'
    ? and(id, eq(applications.merchantId, sql.placeholder('merchantId')))!
    : and(id, sql`${applications.vertical} = any(${sql.placeholder('verticals')})`, ne(applications.state, 'draft'))!;
}

const claimer = alias(users, 'claimer');

export type ApplicationWithNames = ApplicationRow & { merchantName: string; claimedByName: string | null; claimedByNameEn?: string | null };

function applicationQuery(db: Db, where: SQL) {
  return db
    .select({ a: applications, merchantName: merchants.name, claimedByName: claimer.displayName, claimedByNameEn: claimer.displayNameEn })
    .from(applications)
    .innerJoin(merchants, eq(merchants.id, applications.merchantId))
    .leftJoin(claimer, eq(claimer.id, applications.claimedBy))
    .where(where)
    .limit(1);
}

/**
 * An application by primary key in a scope (review.get, the review panel's every read): prepared once per kind of
 * scope, the verticals one array parameter. The same plan for any id (EXPLAIN generic vs custom, 100,000 applications).
 */
const applicationOfMerchant = preparedPerDb((db) =>
  applicationQuery(db, preparedByIdInScope('merchant')).prepare('application_of_merchant'),
);
const applicationInVerticals = preparedPerDb((db) =>
  applicationQuery(db, preparedByIdInScope('verticals')).prepare('application_in_verticals'),
);

/** The application if it is in the caller's scope; anything else is "not found", never "forbidden". */
export async function loadApplication(db: Db, id: string, scope: Scope): Promise<ApplicationWithNames | null> {
  const [row] =
    'merchantId' in scope
      ? await applicationOfMerchant(db).execute({ id, merchantId: scope.merchantId })
      : await applicationInVerticals(db).execute({ id, verticals: [...scope.verticals] });
  return row ? { ...row.a, merchantName: row.merchantName, claimedByName: row.claimedByName, claimedByNameEn: row.claimedByNameEn } : null;
}

export interface TransitionArgs {
  id: string;
  /** The version the caller saw; null for the system (it acts on whatever is current). */
  version: number | null;
  action: ReviewAction;
  actor: Actor;
  user: { id: string; displayName: string; role: string } | null;
  scope: Scope | null;
  now: Date;
  reason?: string | null;
  fieldComments?: Record<string, string>;
  /** More columns to set with the state (submittedAt, claimedBy…). */
  set?: Partial<typeof applications.$inferInsert>;
}

/**
 * Moves an application through the state machine, optimistically: `UPDATE … WHERE id = ? AND version = ?
 * AND state = ?`. Of two concurrent decisions on the same version exactly one row is updated; the other
 * caller gets CONFLICT with the current version. Writes the audit row in the same transaction (`db` must be one).
 */
export async function applyTransition(db: Db, args: TransitionArgs): Promise<ApplicationRow> {
  const [current] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.id, args.id), args.scope ? scopeWhere(args.scope) : undefined))
    .limit(1);
  if (!current) throw notFound();
  if (args.version !== null && current.version !== args.version) throw staleVersion(current.version);
  const problem = transitionError(current.state, args.action, args.actor);
  if (problem) throw transitionRefused(problem);
  const to = TRANSITIONS[args.action].to;
  const [updated] = await db
    .update(applications)
    .set({ ...args.set, state: to, version: sql`${applications.version} + 1`, updatedAt: args.now })
    .where(and(eq(applications.id, args.id), eq(applications.version, current.version), eq(applications.state, current.state)))
    .returning();
  if (!updated) {
    // Someone else changed it between our read and our write (the concurrent-decision case).
    const [now] = await db.select({ version: applications.version }).from(applications).where(eq(applications.id, args.id));
    throw staleVersion(now?.version ?? current.version);
  }
  await writeAudit(db, {
    entityType: 'application',
    entityId: args.id,
    action: args.action,
    fromState: current.state,
    toState: to,
    actorId: args.user?.id ?? null,
    actorRole: args.user?.role ?? args.actor,
    reason: args.reason ?? null,
    before: { version: current.version },
    after: { version: updated.version, ...(args.fieldComments && Object.keys(args.fieldComments).length ? { fieldComments: args.fieldComments } : {}) },
    at: args.now,
  });
  return updated;
}

/** Stores a submission's full content under the next number (inside the submitting transaction). */
export async function snapshotSubmission(db: Db, applicationId: string, number: number, snapshot: unknown, userId: string, at: Date) {
  await db.insert(applicationVersions).values({ applicationId, number, snapshot, submittedAt: at, submittedBy: userId });
}

export interface SubmitArgs {
  id: string;
  /** The version the operator saw. */
  version: number;
  action: 'submit' | 'resubmit';
  user: SessionUser & { merchantId: string };
  now: Date;
  /** The content as submitted: stored as the next numbered version. */
  snapshot: unknown;
  /** For the managers' notification. */
  merchantName: string;
  /** The last decision as the operator saw it (its reviewer keeps a resubmission). */
  lastDecision: StoredDecision | null;
}

/**
 * Submit (draft) or resubmit, for every kind: the transition, a numbered snapshot of the content, the kind's own
 * writes (`also`), and who is told — in one transaction (the caller has checked the kind's rules before).
 * A resubmission stays with the reviewer who last decided it (claimed again in their name, audited as theirs),
 * unless they no longer review this vertical (or the system decided): then it is back in the open queue and
 * every manager of the vertical is told. A first submission tells every manager of the vertical.
 */
export async function submitApplication(db: Db, args: SubmitArgs, also?: (tx: Db, row: ApplicationRow) => Promise<void>): Promise<ApplicationRow> {
  const { id, action, user, now } = args;
  const scope: Scope = { merchantId: user.merchantId };
  return db.transaction(async (tx) => {
    const row = await applyTransition(tx, {
      id,
      version: args.version,
      action,
      actor: 'operator',
      user,
      scope,
      now,
      set: { submittedAt: now, submissionCount: sql`${applications.submissionCount} + 1` as never, claimedBy: null, claimedAt: null },
    });
    await snapshotSubmission(tx, id, row.submissionCount, args.snapshot, user.id, now);
    await also?.(tx, row);
    const managers = await verticalManagers(tx, row.vertical);
    const byId = args.lastDecision?.byId ?? null;
    const reviewer = action === 'resubmit' && byId ? managers.find((m) => m.id === byId) : undefined;
    let final = row;
    if (reviewer) {
      final = await applyTransition(tx, {
        id,
        version: row.version,
        action: 'claim',
        actor: 'manager',
        user: { id: reviewer.id, displayName: reviewer.displayName, role: 'manager' },
        scope: null,
        now,
        reason: 'review.keptWithReviewer',
        set: { claimedBy: reviewer.id, claimedAt: now },
      });
    }
    const base = { kind: row.kind, applicationId: id, title: row.title, merchantName: args.merchantName };
    if (reviewer) await notifyUsers(tx, [reviewer.id], submissionNotification({ ...base, event: 'resubmittedToYou' }), now);
    else await notifyUsers(tx, managers.map((m) => m.id), submissionNotification({ ...base, event: action === 'resubmit' ? 'resubmitted' : 'submitted' }), now);
    return final;
  });
}

/** What a kind may add to a decision, inside its transaction (the bff's kind registry, `../kinds.ts`, supplies them). */
export interface DecisionHooks {
  /** Before the transition (e.g. take a lock the kind's rule needs). */
  before?(tx: Db, id: string, action: DecisionAction, now: Date): Promise<void>;
  /** After the transition and the notification (e.g. hold a date, decline rivals); throwing undoes the decision. */
  after?(tx: Db, row: ApplicationRow, action: DecisionAction, now: Date): Promise<void>;
}

/**
 * A manager's decision: the transition, the decision on the submitted version, the application's
 * last decision, a notification to every operator of the merchant and the kind's own consequences — one transaction.
 */
export async function decide(
  db: Db,
  args: { id: string; version: number; action: DecisionAction; user: SessionUser; verticals: readonly Vertical[]; now: Date; reason: string | null; fieldComments: Record<string, string> },
  hooksOf: (kind: ApplicationRow['kind']) => DecisionHooks = () => ({}),
) {
  return db.transaction(async (tx) => {
    const [head] = await tx.select({ kind: applications.kind }).from(applications).where(eq(applications.id, args.id)).limit(1);
    const hooks = head ? hooksOf(head.kind) : {};
    await hooks.before?.(tx, args.id, args.action, args.now);
    const decision: StoredDecision = {
      action: args.action,
      reason: args.reason,
      fieldComments: args.fieldComments,
      at: args.now.toISOString(),
      byId: args.user.id,
      byName: args.user.displayName,
      ...(args.user.displayNameEn ? { byNameEn: args.user.displayNameEn } : {}),
    };
    const row = await applyTransition(tx, {
      id: args.id,
      version: args.version,
      action: args.action,
      actor: 'manager',
      user: args.user,
      scope: { verticals: args.verticals },
      now: args.now,
      reason: args.reason,
      fieldComments: args.fieldComments,
      set: { lastDecision: decision },
    });
    await tx
      .update(applicationVersions)
      .set({ decision: args.action, decidedAt: args.now, decidedBy: args.user.id })
      .where(and(eq(applicationVersions.applicationId, row.id), eq(applicationVersions.number, row.submissionCount)));
    await notifyMerchantOperators(
      tx,
      row.merchantId,
      decisionNotification({ kind: row.kind, applicationId: row.id, title: row.title, action: args.action, by: args.user, reason: args.reason }),
      args.now,
    );
    await hooks.after?.(tx, row, args.action, args.now);
    return row;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Reading

/** What a queue item shows of an application: not its last decision (JSON), nor its other dates. */
const queueColumns = {
  id: applications.id,
  kind: applications.kind,
  merchantId: applications.merchantId,
  vertical: applications.vertical,
  state: applications.state,
  version: applications.version,
  title: applications.title,
  submittedAt: applications.submittedAt,
  submissionCount: applications.submissionCount,
  claimedBy: applications.claimedBy,
};
type QueueRow = Pick<ApplicationWithNames, keyof typeof queueColumns | 'merchantName' | 'claimedByName' | 'claimedByNameEn'>;

export function queueItemOf(r: QueueRow, now: Date, details: KindDetails = {}): QueueItem {
  const pending = PENDING_STATES.includes(r.state);
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    merchantId: r.merchantId,
    merchantName: r.merchantName,
    vertical: r.vertical,
    state: r.state,
    version: r.version,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    submissionCount: r.submissionCount,
    claimedBy: r.claimedBy ? { id: r.claimedBy, name: r.claimedByName ?? '', nameEn: r.claimedByNameEn ?? null } : null,
    overdue: pending && r.submittedAt !== null && isOverdue(r.submittedAt, now),
    businessDaysWaiting: pending && r.submittedAt ? Math.round(businessDaysBetween(r.submittedAt, now) * 10) / 10 : null,
    details,
  };
}

/**
 * The kinds' queue details of an application as SQL: a JSON object for the application of that kind and id, or null
 * (the bff's kind registry supplies it, ../kinds.ts).
 */
export type QueueDetailsSql = (kind: SQL, id: SQL) => SQL<KindDetails | null>;
const noDetails: QueueDetailsSql = () => sql<null>`null`;

/** States a manager may ever see: everything but drafts. */
const VISIBLE_TO_MANAGERS: ApplicationState[] = ['submitted', 'in_review', 'changes_requested', 'approved', 'rejected', 'withdrawn', 'scheduled', 'live', 'ended'];

/** A value of the query, or the placeholder a prepared statement fills with it. */
type Value<T> = T | Placeholder;

/**
 * One page of the queue, in submission order. The queue index is (vertical, state, submitted_at, id), so each
 * (vertical, state) pair is already in order there: the page is a merge of one ordered index scan per pair, each
 * stopping after `offset + pageSize` rows (`perPair`), and reads about as many rows as it shows. A single query over
 * `vertical in (…) and state in (…)` cannot use that order: it fetched every matching row and sorted them
 * (8,000 rows for page 1 of two verticals' pending items, 22,000 for a decided-states page, on 100,000 applications).
 */
function queuePage(
  db: Db,
  vs: readonly Value<Vertical>[],
  states: readonly Value<ApplicationState>[],
  where: (SQL | undefined)[],
  claimedBy: boolean,
  dir: 'asc' | 'desc',
  { limit, offset, perPair }: { limit: Value<number>; offset: Value<number>; perPair: Value<number> },
) {
  const by = dir === 'desc' ? desc : asc;
  // Ties on the submission time go by id in the same direction, so a backward index scan serves the newest first.
  const order = () => [by(applications.submittedAt), by(applications.id)];
  const pair = (v: Value<Vertical>, st: Value<ApplicationState>) =>
    db
      .select(queueColumns)
      .from(applications)
      .where(and(eq(applications.vertical, v), eq(applications.state, st), ...where))
      .orderBy(...order());
  const pairs = vs.flatMap((v) => states.map((st) => [v, st] as const));
  if (pairs.length === 1) return pair(...pairs[0]!).limit(limit).offset(offset);
  if (claimedBy) {
    // One's own claims are few and have their own index in submission order (applications_claimed_idx): merging
    // every (vertical, state) pair would scan each unclaimed pair to its end looking for a claim of theirs.
    return db
      .select(queueColumns)
      .from(applications)
      .where(and(inArray(applications.vertical, [...vs]), inArray(applications.state, [...states]), ...where))
      .orderBy(...order())
      .limit(limit)
      .offset(offset);
  }
  const [first, second, ...rest] = pairs.map((p) => pair(...p).limit(perPair));
  return unionAll(first!, second!, ...rest)
    .orderBy(...order())
    .limit(limit)
    .offset(offset);
}

/**
 * The page, its merchants' and claimers' names and the total in one statement: each statement is a socket write
 * and a wake-up of the database on both sides, the largest part of the bff's CPU per request under load. The
 * names are looked up for the page's rows only (after its LIMIT), by primary key, and the total is a subquery the
 * database computes once (an InitPlan). The names are subqueries, not joins, so that the plan is the same whatever
 * the page size is known to be: a generic plan of the joins (LIMIT a parameter) hashed every merchant.
 */
function queueQuery(db: Db, page: ReturnType<typeof queuePage>, counted: SQL.Aliased<number> | SQL<number>, dir: 'asc' | 'desc', details: QueueDetailsSql) {
  const sq = page.as('page');
  const pageColumns = Object.fromEntries(Object.keys(queueColumns).map((key) => [key, sq[key as keyof typeof sq]])) as unknown as typeof queueColumns;
  const by = dir === 'desc' ? desc : asc;
  // Spelled out with their tables' names: in a select from one source Drizzle writes the columns of an sql`` unqualified.
  const ref = (column: PgColumn) => sql`${sql.identifier('page')}.${sql.identifier(column.name)}`;
  const lookup = (column: PgColumn, key: PgColumn, by: PgColumn) =>
    sql`(select n.${sql.identifier(column.name)} from ${column.table} n where n.${sql.identifier(key.name)} = ${ref(by)})`;
  return db
    .select({
      a: pageColumns,
      merchantName: sql<string>`${lookup(merchants.name, merchants.id, applications.merchantId)}`,
      claimedByName: sql<string | null>`${lookup(users.displayName, users.id, applications.claimedBy)}`,
      claimedByNameEn: sql<string | null>`${lookup(users.displayNameEn, users.id, applications.claimedBy)}`,
      details: sql<KindDetails | null>`${details(ref(applications.kind), ref(applications.id))}`,
      total: counted,
    })
    .from(sq)
    .orderBy(by(pageColumns.submittedAt), by(pageColumns.id));
}

const countOf = (db: Db, vs: readonly Value<Vertical>[], states: readonly Value<ApplicationState>[], where: (SQL | undefined)[]) =>
  db
    .select({ n: count() })
    .from(applications)
    .where(and(inArray(applications.vertical, [...vs]), inArray(applications.state, [...states]), ...where));

/**
 * The queue as it opens (by state and vertical only, no other filter): prepared, one statement per number of
 * verticals and states and per direction, their values parameters. Every (vertical, state) scan, the names and the
 * count have the same plan whatever the values (EXPLAIN on 100,000 applications, generic and custom plans alike).
 */
const plainQueues = new WeakMap<QueueDetailsSql, Map<string, ReturnType<typeof plainQueue>>>();
function plainQueue(verticals: number, states: number, dir: 'asc' | 'desc', details: QueueDetailsSql) {
  const vs = Array.from({ length: verticals }, (_, i) => sql.placeholder(`v${i}`));
  const sts = Array.from({ length: states }, (_, i) => sql.placeholder(`s${i}`));
  const name = `review_queue_${verticals}v_${states}s_${dir}`;
  return preparedPerDb((db) =>
    queueQuery(
      db,
      queuePage(db, vs, sts, [], false, dir, { limit: sql.placeholder('limit'), offset: sql.placeholder('offset'), perPair: sql.placeholder('perPair') }),
      sql<number>`(${countOf(db, vs, sts, [])})`.mapWith(Number),
      dir,
      details,
    ).prepare(name),
  );
}

export async function queue(db: Db, verticals: readonly Vertical[], userId: string, input: z.output<typeof reviewQueueInput>, now: Date, details: QueueDetailsSql = noDetails) {
  const f = input.filters;
  const vs = f.vertical?.length ? f.vertical.filter((v) => verticals.includes(v)) : [...verticals];
  const states = (f.state?.length ? f.state : [...PENDING_STATES]).filter((s) => VISIBLE_TO_MANAGERS.includes(s));
  if (vs.length === 0 || states.length === 0) return { items: [], total: 0 };
  const where: (SQL | undefined)[] = [];
  if (f.kind?.length) where.push(inArray(applications.kind, f.kind));
  if (f.merchantId) where.push(eq(applications.merchantId, f.merchantId));
  if (f.submittedFrom) where.push(gte(applications.submittedAt, new Date(f.submittedFrom)));
  if (f.submittedTo) where.push(lt(applications.submittedAt, new Date(f.submittedTo)));
  if (f.claimedByMe) where.push(eq(applications.claimedBy, userId));
  if (f.q) where.push(ilike(applications.title, likeContains(f.q)));
  if (f.overdue !== undefined) {
    const cutoff = overdueCutoff(now);
    const overdue = and(inArray(applications.state, [...PENDING_STATES]), lt(applications.submittedAt, cutoff));
    where.push(f.overdue ? overdue : or(notInArray(applications.state, [...PENDING_STATES]), gte(applications.submittedAt, cutoff), isNull(applications.submittedAt)));
  }
  const dir = input.sort?.order === 'desc' ? 'desc' : 'asc';
  const offset = (input.page - 1) * input.pageSize;
  const counted = () => countOf(db, vs, states, where);
  let found;
  if (where.length === 0) {
    const key = `${vs.length}/${states.length}/${dir}`;
    let prepared = plainQueues.get(details)?.get(key);
    if (!prepared) {
      if (!plainQueues.has(details)) plainQueues.set(details, new Map());
      plainQueues.get(details)!.set(key, (prepared = plainQueue(vs.length, states.length, dir, details)));
    }
    const params: Record<string, unknown> = { limit: input.pageSize, offset, perPair: offset + input.pageSize };
    vs.forEach((v, i) => (params[`v${i}`] = v));
    states.forEach((st, i) => (params[`s${i}`] = st));
    found = await prepared(db).execute(params);
  } else {
    const page = queuePage(db, vs, states, where, !!f.claimedByMe, dir, { limit: input.pageSize, offset, perPair: offset + input.pageSize });
    found = await queueQuery(db, page, sql<number>`(${counted()})`.mapWith(Number), dir, details);
  }
  // A page past the end (or of nothing) has no row to carry the total.
  const total = found[0]?.total ?? (await counted())[0]?.n ?? 0;
  return {
    items: found.map((r) =>
      queueItemOf({ ...r.a, merchantName: r.merchantName, claimedByName: r.claimedByName, claimedByNameEn: r.claimedByNameEn }, now, r.details ?? undefined),
    ),
    total,
  };
}

const submitter = alias(users, 'submitter');
const { snapshot: _snapshot, ...versionInfoColumns } = getTableColumns(applicationVersions);

function versionsQuery<S extends { snapshot?: typeof applicationVersions.snapshot }>(db: Db, snapshot: S, applicationId: string | Placeholder) {
  return db
    .select({ v: { ...versionInfoColumns, ...snapshot }, submitterName: submitter.displayName })
    .from(applicationVersions)
    .leftJoin(submitter, eq(submitter.id, applicationVersions.submittedBy))
    .where(eq(applicationVersions.applicationId, applicationId))
    .orderBy(asc(applicationVersions.number));
}

const versionInfo = (v: Omit<ApplicationVersionRow, 'snapshot'>, submitterName: string | null) => ({
  number: v.number,
  submittedAt: v.submittedAt.toISOString(),
  submittedBy: v.submittedBy ? { id: v.submittedBy, name: submitterName ?? '' } : null,
  decision: v.decision,
  decidedAt: v.decidedAt?.toISOString() ?? null,
});

/** Every submitted version with its content (the diff's). */
export async function listVersions(db: Db, applicationId: string) {
  const rows = await versionsQuery(db, { snapshot: applicationVersions.snapshot }, applicationId);
  return rows.map(({ v, submitterName }) => ({ ...versionInfo(v, submitterName), snapshot: v.snapshot }));
}

/**
 * review.get's one statement: the application in the caller's scope (as loadApplication) with the versions its summary
 * lists, one row per version, without their content: a snapshot is the whole submission (a launch's SKUs: kilobytes
 * of JSON), which the summary read, parsed and dropped at every review.get. They were two statements. Prepared once
 * per kind of scope: primary-key lookups, the same plan for any id.
 */
function applicationWithVersionsQuery(db: Db, where: SQL) {
  return db
    .select({
      a: applications,
      merchantName: merchants.name,
      claimedByName: claimer.displayName,
      claimedByNameEn: claimer.displayNameEn,
      v: versionInfoColumns,
      submitterName: submitter.displayName,
    })
    .from(applications)
    .innerJoin(merchants, eq(merchants.id, applications.merchantId))
    .leftJoin(claimer, eq(claimer.id, applications.claimedBy))
    .leftJoin(applicationVersions, eq(applicationVersions.applicationId, applications.id))
    .leftJoin(submitter, eq(submitter.id, applicationVersions.submittedBy))
    .where(where)
    .orderBy(asc(applicationVersions.number));
}
const withVersionsOfMerchant = preparedPerDb((db) =>
  applicationWithVersionsQuery(db, preparedByIdInScope('merchant')).prepare('application_with_versions_of_merchant'),
);
const withVersionsInVerticals = preparedPerDb((db) =>
  applicationWithVersionsQuery(db, preparedByIdInScope('verticals')).prepare('application_with_versions_in_verticals'),
);

export type VersionInfo = ReturnType<typeof versionInfo>;

/** The application if it is in the caller's scope, with its versions' info (see above); null: "not found". */
export async function loadApplicationWithVersions(db: Db, id: string, scope: Scope): Promise<{ row: ApplicationWithNames; versions: VersionInfo[] } | null> {
  const rows =
    'merchantId' in scope
      ? await withVersionsOfMerchant(db).execute({ id, merchantId: scope.merchantId })
      : await withVersionsInVerticals(db).execute({ id, verticals: [...scope.verticals] });
  const first = rows[0];
  if (!first) return null;
  return {
    row: { ...first.a, merchantName: first.merchantName, claimedByName: first.claimedByName, claimedByNameEn: first.claimedByNameEn },
    versions: rows.flatMap((r) => (r.v ? [versionInfo(r.v, r.submitterName)] : [])),
  };
}

export function summary(row: ApplicationWithNames, versions: VersionInfo[], actor: Actor, now: Date): ApplicationSummary {
  const item = queueItemOf(row, now);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    merchantId: row.merchantId,
    merchantName: row.merchantName,
    vertical: row.vertical,
    state: row.state,
    version: row.version,
    submittedAt: item.submittedAt,
    submissionCount: row.submissionCount,
    claimedBy: item.claimedBy,
    lastDecision: toLastDecision(row.lastDecision),
    overdue: item.overdue,
    allowedActions: allowedActions(row.state, actor),
    versions,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function timeline(db: Db, applicationId: string): Promise<TimelineEntry[]> {
  const rows = await db
    .select({ e: auditLog, name: users.displayName, nameEn: users.displayNameEn })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, 'application'), eq(auditLog.entityId, applicationId)))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
  return rows.map(({ e, name, nameEn }) => {
    const after = (e.after ?? null) as { fieldComments?: Record<string, string> } | null;
    return {
      id: e.id,
      at: e.at.toISOString(),
      action: e.action,
      fromState: (e.fromState as ApplicationState | null) ?? null,
      toState: (e.toState as ApplicationState | null) ?? null,
      actor: e.actorId ? { id: e.actorId, name: name ?? '', nameEn, role: e.actorRole ?? '' } : null,
      reason: e.reason,
      fieldComments: after?.fieldComments ?? null,
    };
  });
}

/** The diff between two submitted versions; by default the latest against the last one a manager decided. */
export async function diff(db: Db, row: ApplicationRow, to?: number, from?: number) {
  const versions = await listVersions(db, row.id);
  const target = to === undefined ? versions.at(-1) : versions.find((v) => v.number === to);
  if (!target) {
    if (to !== undefined) throw notFound();
    return { from: null, to: null, fields: [], rows: [], same: true };
  }
  const base =
    from === undefined ? [...versions].reverse().find((v) => v.number < target.number && v.decision !== null) : versions.find((v) => v.number === from);
  if (from !== undefined && !base) throw notFound();
  const d = diffSnapshots((base?.snapshot as Record<string, Json> | undefined) ?? null, target.snapshot as Record<string, Json>, APPLICATION_KIND_DEFS[row.kind].rowLists);
  const info = ({ snapshot: _s, ...v }: (typeof versions)[number]) => v;
  return { from: base ? info(base) : null, to: info(target), ...d };
}
