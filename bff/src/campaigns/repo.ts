import type {
  ApplicationState,
  AvailabilityDay,
  BrandDayContent,
  CampaignApplication,
  CampaignKind,
  CampaignListItem,
  CampaignReviewContext,
  DecisionAction,
  Eligibility,
  Festival,
  PromotionContent,
  SessionUser,
  Standing,
  Vertical,
} from '@console/shared';
import {
  addDays,
  allowedActions,
  brandDayEligibility,
  brandDayRange,
  brandDaySubmitIssues,
  campaignListInput,
  canDelete,
  canEdit,
  decisionNotification,
  EDITABLE_STATES,
  nearestFreeDates,
  platformDate,
  promotionEligibility,
  promotionSubmitIssues,
  toFieldErrors,
  toLastDecision,
  changedFields,
} from '@console/shared';
import { TRPCError } from '@trpc/server';
import { randomBytes, toHex } from '../auth/encoding';
import { and, asc, count, eq, gte, ilike, inArray, isNull, lte, ne, not, notInArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { writeAudit } from '../audit/repo';
import { users } from '../auth/table';
import { calendarWindows } from '../calendar/table';
import type { Db } from '../db/client';
import { likeContains } from '../merchants/repo';
import { merchants } from '../merchants/table';
import { notifyMerchantOperators } from '../notifications/repo';
import { notFound, staleVersion } from '../review/errors';
import { type ApplicationWithNames, applyTransition, type Scope, scopeWhere, submitApplication } from '../review/repo';
import { type ApplicationRow, applications, applicationVersions, type StoredDecision } from '../review/table';
import { badRequest } from '../trpc';
import { type BrandDayRow, brandDays, type PromotionRow, promotions } from './table';

const CAMPAIGN_KINDS: CampaignKind[] = ['brand_day', 'promotion'];
/** Applications that still wait for (or on) a decision for their date: a Brand Day approval declines them. */
const OPEN_STATES: ApplicationState[] = ['submitted', 'in_review', 'changes_requested'];

export const newCampaignId = (kind: CampaignKind) => `${kind === 'brand_day' ? 'bd' : 'pr'}_${Date.now().toString(36)}${toHex(randomBytes(4))}`;

type Operator = SessionUser & { merchantId: string };
type Viewer = 'operator' | 'manager';

// ---------------------------------------------------------------------------------------------------------
// Content ⇄ columns

export const brandDayColumns = (c: BrandDayContent) => ({
  date: c.date,
  theme: c.theme,
  proposal: c.proposal,
  gmvTarget: c.gmvTarget,
  discountDepth: c.discountDepth,
  resources: c.resources,
  heroSkus: c.heroSkus,
});
export const brandDayContentOf = (r: BrandDayRow): BrandDayContent => ({
  date: r.date,
  theme: r.theme,
  proposal: r.proposal,
  gmvTarget: r.gmvTarget,
  discountDepth: r.discountDepth,
  resources: r.resources,
  heroSkus: r.heroSkus,
});
export const promotionColumns = (c: PromotionContent) => ({
  festival: c.festival,
  year: c.year,
  mode: c.mode,
  phases: c.phases,
  global: c.global,
  targetMarkets: c.targetMarkets,
  skus: c.skus,
  skuCount: c.skus.length,
});
export const promotionContentOf = (r: PromotionRow, title: string): PromotionContent => ({
  festival: r.festival,
  year: r.year,
  title,
  mode: r.mode,
  phases: r.phases,
  global: r.global,
  targetMarkets: r.targetMarkets,
  skus: r.skus,
});

export type CampaignContent = { kind: 'brand_day'; content: BrandDayContent } | { kind: 'promotion'; content: PromotionContent };
const titleOf = (c: CampaignContent) => (c.kind === 'brand_day' ? c.content.theme : c.content.title);

// ---------------------------------------------------------------------------------------------------------
// Reading

const claimer = alias(users, 'claimer');

interface Loaded {
  a: ApplicationWithNames;
  bd: BrandDayRow | null;
  pr: PromotionRow | null;
}

async function loadCampaign(db: Db, id: string, scope: Scope): Promise<Loaded | null> {
  const [row] = await db
    .select({ a: applications, bd: brandDays, pr: promotions, merchantName: merchants.name, claimedByName: claimer.displayName })
    .from(applications)
    .leftJoin(brandDays, eq(brandDays.id, applications.id))
    .leftJoin(promotions, eq(promotions.id, applications.id))
    .innerJoin(merchants, eq(merchants.id, applications.merchantId))
    .leftJoin(claimer, eq(claimer.id, applications.claimedBy))
    .where(and(eq(applications.id, id), inArray(applications.kind, CAMPAIGN_KINDS), scopeWhere(scope)))
    .limit(1);
  if (!row) return null;
  return { a: { ...row.a, merchantName: row.merchantName, claimedByName: row.claimedByName }, bd: row.bd, pr: row.pr };
}

function contentOfLoaded(l: Loaded): CampaignContent {
  if (l.a.kind === 'brand_day' && l.bd) return { kind: 'brand_day', content: brandDayContentOf(l.bd) };
  if (l.a.kind === 'promotion' && l.pr) return { kind: 'promotion', content: promotionContentOf(l.pr, l.a.title) };
  throw notFound();
}

function toCampaign(l: Loaded, viewer: Viewer): CampaignApplication {
  const a = l.a;
  const actions: CampaignApplication['allowedActions'] = allowedActions(a.state, viewer);
  if (viewer === 'operator' && canEdit(a.state)) actions.push('edit');
  if (viewer === 'operator' && canDelete(a.state)) actions.push('delete');
  const common = {
    id: a.id,
    merchantId: a.merchantId,
    merchantName: a.merchantName,
    title: a.title,
    state: a.state,
    version: a.version,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    submissionCount: a.submissionCount,
    claimedBy: a.claimedBy ? { id: a.claimedBy, name: a.claimedByName ?? '' } : null,
    lastDecision: toLastDecision(a.lastDecision),
    allowedActions: actions,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
  const c = contentOfLoaded(l);
  return c.kind === 'brand_day' ? { ...common, kind: 'brand_day', content: c.content } : { ...common, kind: 'promotion', content: c.content };
}

export async function getCampaign(db: Db, id: string, scope: Scope, viewer: Viewer) {
  const found = await loadCampaign(db, id, scope);
  if (!found) throw notFound();
  return toCampaign(found, viewer);
}

const sortColumns = {
  updatedAt: applications.updatedAt,
  createdAt: applications.createdAt,
  submittedAt: applications.submittedAt,
  title: applications.title,
} as const;

/** The operator's own campaign applications; the merchant is part of the query. */
export async function listCampaigns(db: Db, merchantId: string, input: z.output<typeof campaignListInput>) {
  const f = input.filters;
  const cond = and(
    eq(applications.merchantId, merchantId),
    inArray(applications.kind, f.kind?.length ? f.kind : CAMPAIGN_KINDS),
    f.state?.length ? inArray(applications.state, f.state) : undefined,
    f.q ? ilike(applications.title, likeContains(f.q)) : undefined,
  );
  const sort = input.sort ?? { field: 'updatedAt' as const, order: 'desc' as const };
  const col = sortColumns[sort.field];
  const [rows, [total]] = await Promise.all([
    db
      .select({
        a: applications,
        merchantName: merchants.name,
        claimedByName: claimer.displayName,
        date: brandDays.date,
        heroCount: sql<number>`coalesce(jsonb_array_length(${brandDays.heroSkus}), 0)`,
        festival: promotions.festival,
        year: promotions.year,
        skuCount: promotions.skuCount,
      })
      .from(applications)
      .leftJoin(brandDays, eq(brandDays.id, applications.id))
      .leftJoin(promotions, eq(promotions.id, applications.id))
      .innerJoin(merchants, eq(merchants.id, applications.merchantId))
      .leftJoin(claimer, eq(claimer.id, applications.claimedBy))
      .where(cond)
      .orderBy(sort.order === 'asc' ? sql`${col} asc nulls last` : sql`${col} desc nulls last`, asc(applications.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(applications).where(cond),
  ]);
  const items: CampaignListItem[] = rows.map((r) => ({
    id: r.a.id,
    kind: r.a.kind as CampaignKind,
    merchantId: r.a.merchantId,
    merchantName: r.merchantName,
    title: r.a.title,
    state: r.a.state,
    version: r.a.version,
    submittedAt: r.a.submittedAt?.toISOString() ?? null,
    submissionCount: r.a.submissionCount,
    claimedBy: r.a.claimedBy ? { id: r.a.claimedBy, name: r.claimedByName ?? '' } : null,
    createdAt: r.a.createdAt.toISOString(),
    updatedAt: r.a.updatedAt.toISOString(),
    date: r.date,
    festival: r.festival,
    year: r.year,
    skuCount: r.a.kind === 'brand_day' ? Number(r.heroCount) : (r.skuCount ?? 0),
  }));
  return { items, total: total?.n ?? 0 };
}

// ---------------------------------------------------------------------------------------------------------
// Writing drafts

export async function createCampaign(db: Db, user: Operator, c: CampaignContent, now: Date) {
  const [merchant] = await db.select({ vertical: merchants.vertical }).from(merchants).where(eq(merchants.id, user.merchantId));
  if (!merchant) throw notFound();
  const id = newCampaignId(c.kind);
  await db.transaction(async (tx) => {
    await tx.insert(applications).values({
      id,
      kind: c.kind,
      merchantId: user.merchantId,
      vertical: merchant.vertical,
      state: 'draft',
      title: titleOf(c),
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
    });
    if (c.kind === 'brand_day') await tx.insert(brandDays).values({ id, merchantId: user.merchantId, ...brandDayColumns(c.content) });
    else await tx.insert(promotions).values({ id, merchantId: user.merchantId, ...promotionColumns(c.content) });
    await writeAudit(tx, { entityType: 'application', entityId: id, action: 'create', toState: 'draft', actorId: user.id, actorRole: user.role, at: now });
  });
  return getCampaign(db, id, { merchantId: user.merchantId }, 'operator');
}

/** Saves a draft, a sent-back or a declined application; optimistic on `version`. */
export async function updateCampaign(db: Db, user: Operator, id: string, version: number, c: CampaignContent, now: Date) {
  const mine = and(eq(applications.id, id), eq(applications.kind, c.kind), eq(applications.merchantId, user.merchantId));
  await db.transaction(async (tx) => {
    const previous = await loadCampaign(tx, id, { merchantId: user.merchantId });
    const [updated] = await tx
      .update(applications)
      .set({ title: titleOf(c), version: sql`${applications.version} + 1`, updatedAt: now })
      .where(and(mine, eq(applications.version, version), inArray(applications.state, [...EDITABLE_STATES])))
      .returning({ id: applications.id, version: applications.version, state: applications.state });
    if (!updated) {
      const [current] = await tx.select({ version: applications.version }).from(applications).where(mine);
      if (!current) throw notFound();
      if (current.version !== version) throw staleVersion(current.version);
      badRequest({ _: ['launches.notEditable'] }, 'launches.notEditable');
    }
    if (c.kind === 'brand_day') await tx.update(brandDays).set(brandDayColumns(c.content)).where(eq(brandDays.id, id));
    else await tx.update(promotions).set(promotionColumns(c.content)).where(eq(promotions.id, id));
    const change = changedFields<Record<string, unknown>>(previous?.a.kind === c.kind ? contentOfLoaded(previous).content : {}, c.content);
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
  return getCampaign(db, id, { merchantId: user.merchantId }, 'operator');
}

export async function deleteCampaignDraft(db: Db, user: Operator, id: string, version: number, now: Date) {
  const mine = and(eq(applications.id, id), inArray(applications.kind, CAMPAIGN_KINDS), eq(applications.merchantId, user.merchantId));
  await db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(applications)
      .where(and(mine, eq(applications.version, version), eq(applications.state, 'draft')))
      .returning({ id: applications.id, title: applications.title });
    if (!deleted) {
      const [current] = await tx.select({ version: applications.version }).from(applications).where(mine);
      if (!current) throw notFound();
      if (current.version !== version) throw staleVersion(current.version);
      badRequest({ _: ['launches.onlyDraftsDeleted'] }, 'launches.onlyDraftsDeleted');
    }
    await writeAudit(tx, { entityType: 'application', entityId: id, action: 'delete', fromState: 'draft', actorId: user.id, actorRole: user.role, before: { title: deleted.title }, at: now });
  });
  return { id, deleted: true as const };
}

// ---------------------------------------------------------------------------------------------------------
// Eligibility and availability

async function standingOf(db: Db, merchantId: string): Promise<Standing & { vertical: Vertical }> {
  const [m] = await db.select().from(merchants).where(eq(merchants.id, merchantId));
  if (!m) throw notFound();
  return {
    dsrDescription: m.dsrDescription / 100,
    dsrService: m.dsrService / 100,
    dsrLogistics: m.dsrLogistics / 100,
    violationPoints: m.violationPoints,
    serviceTier: m.serviceTier,
    crossBorder: m.crossBorder,
    vertical: m.vertical,
  };
}

async function ownApprovedDates(db: Db, merchantId: string, exceptId: string | null) {
  const rows = await db
    .select({ date: brandDays.date })
    .from(brandDays)
    .where(and(eq(brandDays.merchantId, merchantId), eq(brandDays.approved, true), exceptId ? ne(brandDays.id, exceptId) : undefined));
  return rows.flatMap((r) => (r.date ? [r.date] : []));
}

async function blackouts(db: Db, from: string, to: string) {
  return db
    .select({ startsOn: calendarWindows.startsOn, endsOn: calendarWindows.endsOn })
    .from(calendarWindows)
    .where(and(eq(calendarWindows.kind, 'brand_day_blackout'), lte(calendarWindows.startsOn, to), gte(calendarWindows.endsOn, from)));
}

async function approvedDates(db: Db, from: string, to: string, exceptId: string | null = null) {
  const rows = await db
    .select({ date: brandDays.date })
    .from(brandDays)
    .where(and(eq(brandDays.approved, true), gte(brandDays.date, from), lte(brandDays.date, to), exceptId ? ne(brandDays.id, exceptId) : undefined));
  return new Set(rows.flatMap((r) => (r.date ? [r.date] : [])));
}

export async function brandDayEligibilityOf(db: Db, merchantId: string, date: string | null, now: Date, exceptId: string | null = null): Promise<Eligibility> {
  const [standing, own] = await Promise.all([standingOf(db, merchantId), ownApprovedDates(db, merchantId, exceptId)]);
  return brandDayEligibility(standing, { date, now, ownApprovedDates: own });
}

async function festivalWindows(db: Db, festival: Festival, year: number) {
  const rows = await db
    .select()
    .from(calendarWindows)
    .where(and(eq(calendarWindows.kind, festival), eq(calendarWindows.year, year)));
  const main = rows.find((r) => r.phase === null) ?? null;
  return { window: main, phases: rows.flatMap((r) => (r.phase ? [r.phase] : [])) };
}

export async function promotionEligibilityOf(db: Db, merchantId: string, festival: Festival, year: number, now: Date): Promise<Eligibility> {
  const [standing, { window }] = await Promise.all([standingOf(db, merchantId), festivalWindows(db, festival, year)]);
  return promotionEligibility(standing, { deadline: window?.submissionDeadline ?? null, now });
}

/**
 * Each day of a range for an operator: free, taken (by someone: never who), approved or applied for by
 * them, blacked out, or outside the bookable range; and how many applications wait for it.
 */
export async function availability(db: Db, merchantId: string, from: string, to: string, now: Date) {
  const { earliest, latest } = brandDayRange(platformDate(now));
  // One row per date, aggregated in the database: a year of a busy calendar is ~366 rows, not every application.
  const mine = sql`${applications.merchantId} = ${merchantId}`;
  const [rows, closed] = await Promise.all([
    db
      .select({
        date: brandDays.date,
        taken: sql<boolean>`bool_or(${brandDays.approved} and not (${mine}))`,
        mineApproved: sql<boolean>`bool_or(${brandDays.approved} and ${mine})`,
        minePending: sql<boolean>`bool_or(not ${brandDays.approved} and ${mine} and ${applications.state} in ('draft', 'submitted', 'in_review', 'changes_requested', 'declined'))`,
        pending: sql<number>`count(*) filter (where ${applications.state} in ('submitted', 'in_review'))`.mapWith(Number),
      })
      .from(brandDays)
      .innerJoin(applications, eq(applications.id, brandDays.id))
      .where(and(gte(brandDays.date, from), lte(brandDays.date, to), or(eq(brandDays.approved, true), inArray(applications.state, ['submitted', 'in_review']), eq(applications.merchantId, merchantId))))
      .groupBy(brandDays.date),
    blackouts(db, from, to),
  ]);
  const byDate = new Map(rows.flatMap((r) => (r.date ? [[r.date, r] as const] : [])));
  const days: AvailabilityDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const d = byDate.get(date);
    const status = d?.mineApproved
      ? 'mine_approved'
      : d?.taken
        ? 'taken'
        : closed.some((b) => date >= b.startsOn && date <= b.endsOn)
          ? 'blackout'
          : d?.minePending
            ? 'mine_pending'
            : date < earliest || date > latest
              ? 'unavailable'
              : 'free';
    days.push({ date, status, pending: d?.pending ?? 0 });
  }
  return { earliest, latest, days };
}

// ---------------------------------------------------------------------------------------------------------
// Workflow

/** Eligibility problems as field errors: `eligibility.<criterion>` → what to improve. */
const eligibilityErrors = (e: Eligibility) =>
  Object.fromEntries(e.criteria.filter((c) => !c.pass).map((c) => [`eligibility.${c.criterion}`, [c.improve ?? `campaigns.criteria.${c.criterion}`]]));

/**
 * Submit (draft) or resubmit (sent back or declined): eligibility and the kind's rules, then review's one submit
 * path (transition, snapshot, keep-with-reviewer, managers told) with the eligibility as it stood, in one transaction.
 */
export async function submitCampaign(db: Db, user: Operator, id: string, version: number, action: 'submit' | 'resubmit', now: Date) {
  const scope = { merchantId: user.merchantId };
  const found = await loadCampaign(db, id, scope);
  if (!found) throw notFound();
  if (found.a.version !== version) throw staleVersion(found.a.version);
  const c = contentOfLoaded(found);
  let eligibility: Eligibility;
  let fieldErrors: Record<string, string[]>;
  if (c.kind === 'brand_day') {
    eligibility = await brandDayEligibilityOf(db, user.merchantId, c.content.date, now, id);
    const date = c.content.date;
    const [taken, closed] = date ? await Promise.all([approvedDates(db, date, date, id), blackouts(db, date, date)]) : [new Set<string>(), []];
    fieldErrors = toFieldErrors(brandDaySubmitIssues(c.content, { now, taken, blackouts: closed }));
  } else {
    const [standing, { window, phases }] = await Promise.all([standingOf(db, user.merchantId), festivalWindows(db, c.content.festival, c.content.year)]);
    eligibility = promotionEligibility(standing, { deadline: window?.submissionDeadline ?? null, now });
    fieldErrors = toFieldErrors(promotionSubmitIssues(c.content, { window, phases, crossBorder: standing.crossBorder }));
  }
  const errors = { ...fieldErrors, ...eligibilityErrors(eligibility) };
  if (Object.keys(errors).length) badRequest(errors, eligibility.eligible ? 'campaigns.submitInvalid' : 'campaigns.notEligible');
  await submitApplication(db, { id, version, action, user, now, snapshot: c.content, merchantName: found.a.merchantName, lastDecision: found.a.lastDecision }, async (tx) => {
    if (c.kind === 'brand_day') await tx.update(brandDays).set({ eligibilityAtSubmission: eligibility }).where(eq(brandDays.id, id));
    else await tx.update(promotions).set({ eligibilityAtSubmission: eligibility }).where(eq(promotions.id, id));
  });
  return getCampaign(db, id, scope, 'operator');
}

export async function withdrawCampaign(db: Db, user: Operator, id: string, version: number, reason: string | null, now: Date) {
  const scope = { merchantId: user.merchantId };
  await db.transaction(async (tx) => {
    const [mine] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.id, id), inArray(applications.kind, CAMPAIGN_KINDS), eq(applications.merchantId, user.merchantId)));
    if (!mine) throw notFound();
    await applyTransition(tx, { id, version, action: 'withdraw', actor: 'operator', user, scope, now, reason });
  });
  return getCampaign(db, id, scope, 'operator');
}

// ---------------------------------------------------------------------------------------------------------
// Brand Day decisions: one approved per date

/** A transaction-scoped lock per date: approvals for one date queue behind each other, other dates do not wait. */
async function lockDate(tx: Db, date: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`brand_day:${date}`}))`);
}

async function dateOf(tx: Db, id: string) {
  const [row] = await tx.select({ date: brandDays.date }).from(brandDays).where(eq(brandDays.id, id));
  return row?.date ?? null;
}

/** Before an approval: wait for any other approval of the same date to finish, so what follows sees it. */
export async function beforeBrandDayDecision(tx: Db, id: string, action: DecisionAction) {
  if (action !== 'approve') return;
  const date = await dateOf(tx, id);
  if (date) await lockDate(tx, date);
}

export const DECLINE_REASON = 'campaigns.declinedDateTaken';

/**
 * After an approval, in its transaction: the date is held (the unique partial index refuses a second holder),
 * and every other open application for it is declined by the system with the three nearest free dates,
 * recorded on the application, in its timeline and in a notification to its merchant.
 */
export async function afterBrandDayDecision(tx: Db, row: ApplicationRow, action: DecisionAction, now: Date) {
  if (action !== 'approve') return;
  const date = await dateOf(tx, row.id);
  if (!date) return;
  const [holder] = await tx
    .select({ id: brandDays.id })
    .from(brandDays)
    .where(and(eq(brandDays.date, date), eq(brandDays.approved, true), ne(brandDays.id, row.id)));
  if (holder) throw new TRPCError({ code: 'CONFLICT', message: 'campaigns.dateTaken' });
  await tx.update(brandDays).set({ approved: true }).where(eq(brandDays.id, row.id));

  const rivals = await tx
    .select({ id: applications.id, merchantId: applications.merchantId, title: applications.title, submissionCount: applications.submissionCount })
    .from(applications)
    .innerJoin(brandDays, eq(brandDays.id, applications.id))
    .where(and(eq(brandDays.date, date), ne(applications.id, row.id), inArray(applications.state, OPEN_STATES)));
  if (!rivals.length) return;
  const { earliest, latest } = brandDayRange(platformDate(now));
  const [taken, closed] = await Promise.all([approvedDates(tx, earliest, latest), blackouts(tx, earliest, latest)]);
  taken.add(date);
  const suggestedDates = nearestFreeDates(date, { taken, blackouts: closed, earliest, latest });
  const dates = suggestedDates.join(', ');
  for (const r of rivals) {
    const decision: StoredDecision = {
      action: 'decline',
      reason: DECLINE_REASON,
      fieldComments: { date: dates },
      at: now.toISOString(),
      byId: null,
      byName: '',
      suggestedDates,
    };
    await applyTransition(tx, {
      id: r.id,
      version: null,
      action: 'decline',
      actor: 'system',
      user: null,
      scope: null,
      now,
      reason: DECLINE_REASON,
      fieldComments: { date: dates },
      set: { lastDecision: decision },
    });
    await tx
      .update(applicationVersions)
      .set({ decision: 'decline', decidedAt: now })
      .where(and(eq(applicationVersions.applicationId, r.id), eq(applicationVersions.number, r.submissionCount), isNull(applicationVersions.decision)));
    await notifyMerchantOperators(
      tx,
      r.merchantId,
      decisionNotification({ kind: 'brand_day', applicationId: r.id, title: r.title, action: 'decline', by: null, reason: DECLINE_REASON, dates }),
      now,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// The reviewer's context

export async function reviewContext(db: Db, id: string, verticals: readonly Vertical[], now: Date): Promise<CampaignReviewContext> {
  const found = await loadCampaign(db, id, { verticals });
  if (!found) throw notFound();
  const c = contentOfLoaded(found);
  if (c.kind === 'promotion') {
    return {
      eligibilityAtSubmission: found.pr?.eligibilityAtSubmission ?? null,
      eligibilityNow: await promotionEligibilityOf(db, found.a.merchantId, c.content.festival, c.content.year, now),
      sameDate: [],
      sameDateElsewhere: 0,
    };
  }
  const date = c.content.date;
  const others = date
    ? await db
        .select({ id: applications.id, merchantName: merchants.name, state: applications.state, submittedAt: applications.submittedAt, vertical: applications.vertical })
        .from(applications)
        .innerJoin(brandDays, eq(brandDays.id, applications.id))
        .innerJoin(merchants, eq(merchants.id, applications.merchantId))
        .where(and(eq(brandDays.date, date), ne(applications.id, id), not(eq(applications.state, 'draft')), notInArray(applications.state, ['withdrawn'])))
        .orderBy(asc(applications.submittedAt), asc(applications.id))
    : [];
  const mine = others.filter((o) => verticals.includes(o.vertical));
  return {
    eligibilityAtSubmission: found.bd?.eligibilityAtSubmission ?? null,
    eligibilityNow: await brandDayEligibilityOf(db, found.a.merchantId, date, now, id),
    sameDate: mine.map((o) => ({ id: o.id, merchantName: o.merchantName, state: o.state, submittedAt: o.submittedAt?.toISOString() ?? null })),
    sameDateElsewhere: others.length - mine.length,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The review queue's columns (the kind registry, ../kinds.ts)

/** A Brand Day's date: a JSON object of the application `id` (a subquery by primary key, read with the queue's page). */
export const brandDayQueueDetails = (id: SQL): SQL => sql`(select json_build_object('date', ${brandDays.date}) from ${brandDays} where ${brandDays.id} = ${id})`;

/** A registration's festival and year, its mode and how many SKUs (as a Brand Day's). */
export const promotionQueueDetails = (id: SQL): SQL =>
  sql`(select json_build_object('festival', ${promotions.festival}, 'year', ${promotions.year}, 'mode', ${promotions.mode}, 'skuCount', ${promotions.skuCount}) from ${promotions} where ${promotions.id} = ${id})`;
