import type {
  EarlyAccessOffer,
  VersionStatus,
  MerchantContext,
  ProgrammeContent,
  ProgrammeOutput,
  ProgrammeVersion,
  SessionUser,
  Vertical,
  VersionSummary,
} from '@console/shared';
import {
  diffProgrammeContent,
  earlyAccessOffers,
  effectiveDateIssues,
  perkMerchantListInput,
  personParams,
  platformDate,
  programmeIssues,
  publishedStatuses,
  templateProgramme,
  toFieldErrors,
  versionListInput,
  changedFields,
} from '@console/shared';
import { TRPCError } from '@trpc/server';
import { randomBytes, toHex } from '../auth/encoding';
import { and, asc, count, desc, eq, ilike, inArray, lte, max, ne, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { writeAudit } from '../audit/repo';
import { users } from '../auth/table';
import type { Db } from '../db/client';
import { dateCheckThrottle } from '../db/date-check';
import { likeContains } from '../merchants/repo';
import { merchants } from '../merchants/table';
import { notifyMerchantOperators } from '../notifications/repo';
import { notFound, StaleVersionError, staleVersion } from '../review/errors';
import { badRequest } from '../trpc';
import { type PerkVersionRow, perkVersions } from './table';

export const newPerkVersionId = () => `pv_${Date.now().toString(36)}${toHex(randomBytes(4))}`;

/**
 * Who reads a merchant's programme: its operators (drafts included), or a manager of its vertical (published
 * versions only). `merchantId` is what the caller asked for; anything outside the scope is NOT_FOUND.
 */
export type PerkScope = { merchantId: string; drafts: boolean };

export function perkScopeOf(user: SessionUser, asked: string | undefined): PerkScope | { verticals: readonly Vertical[]; merchantId: string } {
  if (user.role === 'operator' && user.merchantId) {
    if (asked !== undefined && asked !== user.merchantId) throw notFound();
    return { merchantId: user.merchantId, drafts: true };
  }
  if (user.role === 'manager' && user.verticals.length) {
    // A manager reads one merchant's programme at a time and says which.
    if (!asked) badRequest({ merchantId: ['perks.merchantRequired'] });
    return { verticals: user.verticals, merchantId: asked };
  }
  throw new TRPCError({ code: 'FORBIDDEN', message: 'errors.forbidden' });
}

/** The merchant of the scope, or NOT_FOUND: for a manager the vertical is part of the query. */
async function scopedMerchant(db: Db, scope: ReturnType<typeof perkScopeOf>): Promise<{ context: MerchantContext; drafts: boolean }> {
  const where: SQL[] = [eq(merchants.id, scope.merchantId)];
  if ('verticals' in scope) where.push(inArray(merchants.vertical, [...scope.verticals]));
  const [m] = await db.select().from(merchants).where(and(...where)).limit(1);
  if (!m) throw notFound();
  return {
    context: {
      id: m.id,
      name: m.name,
      vertical: m.vertical,
      serviceTier: m.serviceTier,
      members: { T1: m.membersT1, T2: m.membersT2, T3: m.membersT3 },
    },
    drafts: 'drafts' in scope && scope.drafts,
  };
}

const PUBLISHED = ['scheduled', 'active', 'superseded'] as const;

/** Who published, as the users join gives them: both names, so the web shows the one of its language. */
type PublishedBy = { publishedByName: string | null; publishedByNameEn: string | null };

function toSummary(r: PerkVersionRow, by: PublishedBy): VersionSummary {
  return {
    id: r.id,
    merchantId: r.merchantId,
    number: r.number,
    status: r.status,
    basedOn: r.basedOn,
    effectiveFrom: r.effectiveFrom,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    publishedBy: r.publishedBy ? { id: r.publishedBy, name: by.publishedByName ?? '', nameEn: by.publishedByNameEn } : null,
    revision: r.revision,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
const toVersion = (r: PerkVersionRow, by: PublishedBy): ProgrammeVersion => ({ ...toSummary(r, by), content: r.content });

const versionColumns = { v: perkVersions, publishedByName: users.displayName, publishedByNameEn: users.displayNameEn };

async function selectVersions(db: Db, where: SQL | undefined) {
  return db.select(versionColumns).from(perkVersions).leftJoin(users, eq(users.id, perkVersions.publishedBy)).where(where).orderBy(desc(perkVersions.number));
}

// ------------------------------------------------------------------------------------------------------------
// The date check

const dueForDateCheck = dateCheckThrottle();

/**
 * Makes the version whose effective date has come the active one (and the one before it superseded), for every
 * merchant with a scheduled version due on `now`'s date in the platform's time zone, each merchant in its own
 * transaction with an audit row. Runs before programmes are read, like the launches' date check; at most once a
 * minute per process unless the platform date changed or `force` (a publish for today) asks for it.
 */
export async function advanceProgrammesByDate(db: Db, now: Date, opts: { force?: boolean } = {}): Promise<number> {
  if (!dueForDateCheck(db, now, opts.force)) return 0;
  const today = platformDate(now);
  const due = await db
    .selectDistinct({ merchantId: perkVersions.merchantId })
    .from(perkVersions)
    .where(and(eq(perkVersions.status, 'scheduled'), lte(perkVersions.effectiveFrom, today)));
  let changed = 0;
  for (const { merchantId } of due) {
    try {
      changed += await db.transaction(async (tx) => {
        const published = await tx
          .select({ id: perkVersions.id, number: perkVersions.number, status: perkVersions.status, effectiveFrom: perkVersions.effectiveFrom })
          .from(perkVersions)
          .where(and(eq(perkVersions.merchantId, merchantId), inArray(perkVersions.status, [...PUBLISHED])))
          .for('update');
        const target = publishedStatuses(
          published.map((p) => ({ number: p.number, effectiveFrom: p.effectiveFrom! })),
          today,
        );
        const moves = published.filter((p) => target.get(p.number) !== p.status);
        // Leave the old active first: the unique index allows one active row at any moment.
        moves.sort((a, b) => (a.status === 'active' ? -1 : b.status === 'active' ? 1 : 0));
        for (const p of moves) {
          const to = target.get(p.number)!;
          await tx.update(perkVersions).set({ status: to, updatedAt: now }).where(and(eq(perkVersions.id, p.id), eq(perkVersions.status, p.status)));
          await writeAudit(tx, {
            entityType: 'perk_version',
            entityId: p.id,
            action: to === 'active' ? 'activate' : 'supersede',
            fromState: p.status,
            toState: to,
            after: { merchantId, number: p.number, effectiveFrom: p.effectiveFrom },
            at: now,
          });
        }
        return moves.length;
      });
    } catch {
      // Another request moved them first; what it did is what we wanted.
    }
  }
  return changed;
}

// ------------------------------------------------------------------------------------------------------------
// Reads

/**
 * What the merchant's active programme offers as a launch's member early access (tiers with hours > 0), or null
 * when it runs none: the launch rules (`earlyAccessIssues`) check a launch against it when it is saved and submitted.
 */
export async function activeEarlyAccessOffers(db: Db, merchantId: string, now: Date): Promise<EarlyAccessOffer[] | null> {
  await advanceProgrammesByDate(db, now);
  const [row] = await db
    .select({ content: perkVersions.content })
    .from(perkVersions)
    .where(and(eq(perkVersions.merchantId, merchantId), eq(perkVersions.status, 'active')))
    .limit(1);
  return row ? earlyAccessOffers(row.content) : null;
}

export async function getProgramme(db: Db, scope: ReturnType<typeof perkScopeOf>): Promise<ProgrammeOutput> {
  const { context, drafts } = await scopedMerchant(db, scope);
  const rows = await selectVersions(
    db,
    and(eq(perkVersions.merchantId, context.id), drafts ? inArray(perkVersions.status, ['draft', 'scheduled', 'active']) : inArray(perkVersions.status, ['scheduled', 'active'])),
  );
  const [latest] = await db
    .select({ n: max(perkVersions.number) })
    .from(perkVersions)
    .where(and(eq(perkVersions.merchantId, context.id), ne(perkVersions.status, 'draft')));
  const active = rows.find((r) => r.v.status === 'active');
  return {
    merchant: context,
    active: active ? toVersion(active.v, active) : null,
    scheduled: rows.filter((r) => r.v.status === 'scheduled').map((r) => toSummary(r.v, r)).reverse(),
    drafts: rows.filter((r) => r.v.status === 'draft').map((r) => toSummary(r.v, r)),
    latestPublished: latest?.n ?? null,
    template: templateProgramme(),
  };
}

export async function listVersions(db: Db, scope: ReturnType<typeof perkScopeOf>, input: z.output<typeof versionListInput>) {
  const { context, drafts } = await scopedMerchant(db, scope);
  const statuses = (input.filters.status?.length ? input.filters.status : (['draft', ...PUBLISHED] as const)).filter((s: VersionStatus) => drafts || s !== 'draft');
  if (statuses.length === 0) return { items: [], total: 0 };
  const cond = and(eq(perkVersions.merchantId, context.id), inArray(perkVersions.status, statuses));
  const order = input.sort?.order === 'asc' ? asc(perkVersions.number) : desc(perkVersions.number);
  const [rows, [total]] = await Promise.all([
    db
      .select(versionColumns)
      .from(perkVersions)
      .leftJoin(users, eq(users.id, perkVersions.publishedBy))
      .where(cond)
      .orderBy(order)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(perkVersions).where(cond),
  ]);
  return { items: rows.map((r) => toSummary(r.v, r)), total: total?.n ?? 0 };
}

export async function getVersion(db: Db, scope: ReturnType<typeof perkScopeOf>, number: number): Promise<ProgrammeVersion> {
  const { context, drafts } = await scopedMerchant(db, scope);
  const [row] = await selectVersions(
    db,
    and(eq(perkVersions.merchantId, context.id), eq(perkVersions.number, number), drafts ? undefined : ne(perkVersions.status, 'draft')),
  );
  if (!row) throw notFound();
  return toVersion(row.v, row);
}

/** What changed from one version to another, in the review diff's shape. */
export async function diffVersions(db: Db, scope: ReturnType<typeof perkScopeOf>, from: number, to: number) {
  const { context, drafts } = await scopedMerchant(db, scope);
  const rows = await selectVersions(
    db,
    and(eq(perkVersions.merchantId, context.id), inArray(perkVersions.number, [from, to]), drafts ? undefined : ne(perkVersions.status, 'draft')),
  );
  const a = rows.find((r) => r.v.number === from);
  const b = rows.find((r) => r.v.number === to);
  if (!a || !b) throw notFound();
  const info = (r: (typeof rows)[number]) => ({
    number: r.v.number,
    submittedAt: (r.v.publishedAt ?? r.v.updatedAt).toISOString(),
    submittedBy: r.v.publishedBy ? { id: r.v.publishedBy, name: r.publishedByName ?? '', nameEn: r.publishedByNameEn } : null,
    decision: null,
    decidedAt: null,
  });
  return { from: info(a), to: info(b), ...diffProgrammeContent(a.v.content, b.v.content) };
}

/** A manager's merchants (their verticals only, by the query) and where each programme stands. */
export async function listProgrammeMerchants(db: Db, verticals: readonly Vertical[], input: z.output<typeof perkMerchantListInput>, now: Date) {
  const f = input.filters;
  const allowed = f.vertical?.length ? f.vertical.filter((v) => verticals.includes(v)) : [...verticals];
  if (!allowed.length) return { items: [], total: 0 };
  const cond = and(inArray(merchants.vertical, allowed), f.q ? ilike(merchants.name, likeContains(f.q)) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: merchants.id, name: merchants.name, vertical: merchants.vertical, serviceTier: merchants.serviceTier })
      .from(merchants)
      .where(cond)
      .orderBy(input.sort?.order === 'desc' ? desc(merchants.name) : asc(merchants.name), asc(merchants.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(merchants).where(cond),
  ]);
  const versions = rows.length
    ? await db
        .select({ merchantId: perkVersions.merchantId, number: perkVersions.number, status: perkVersions.status, effectiveFrom: perkVersions.effectiveFrom })
        .from(perkVersions)
        .where(and(inArray(perkVersions.merchantId, rows.map((r) => r.id)), inArray(perkVersions.status, [...PUBLISHED])))
    : [];
  void now;
  return {
    items: rows.map((m) => {
      const mine = versions.filter((v) => v.merchantId === m.id);
      const active = mine.find((v) => v.status === 'active');
      const next = mine.filter((v) => v.status === 'scheduled').sort((a, b) => a.number - b.number)[0];
      return {
        merchantId: m.id,
        merchantName: m.name,
        vertical: m.vertical,
        serviceTier: m.serviceTier,
        activeNumber: active?.number ?? null,
        activeSince: active?.effectiveFrom ?? null,
        scheduledNumber: next?.number ?? null,
        scheduledFrom: next?.effectiveFrom ?? null,
        publishedCount: mine.length,
      };
    }),
    total: total?.n ?? 0,
  };
}

// ------------------------------------------------------------------------------------------------------------
// Writes (operators of their own merchant)

type Operator = SessionUser & { merchantId: string };

async function latestPublished(db: Db, merchantId: string) {
  const [row] = await db
    .select({ number: perkVersions.number, effectiveFrom: perkVersions.effectiveFrom })
    .from(perkVersions)
    .where(and(eq(perkVersions.merchantId, merchantId), ne(perkVersions.status, 'draft')))
    .orderBy(desc(perkVersions.number))
    .limit(1);
  return row ?? null;
}

/** A new draft from a version's content (default: the newest published one, else the template). */
export async function createDraft(db: Db, user: Operator, from: number | undefined, now: Date): Promise<ProgrammeVersion> {
  const id = newPerkVersionId();
  await db.transaction(async (tx) => {
    // Serialises numbering and publishing per merchant.
    const [m] = await tx.select({ id: merchants.id }).from(merchants).where(eq(merchants.id, user.merchantId)).for('update');
    if (!m) throw notFound();
    const latest = await latestPublished(tx, user.merchantId);
    let content: ProgrammeContent = templateProgramme();
    const source = from ?? latest?.number;
    if (source !== undefined) {
      const [row] = await tx
        .select({ content: perkVersions.content })
        .from(perkVersions)
        .where(and(eq(perkVersions.merchantId, user.merchantId), eq(perkVersions.number, source)));
      if (!row) throw notFound();
      content = row.content;
    }
    const [top] = await tx.select({ n: max(perkVersions.number) }).from(perkVersions).where(eq(perkVersions.merchantId, user.merchantId));
    const number = (top?.n ?? 0) + 1;
    await tx.insert(perkVersions).values({
      id,
      merchantId: user.merchantId,
      number,
      status: 'draft',
      basedOn: latest?.number ?? null,
      content,
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
    });
    await writeAudit(tx, { entityType: 'perk_version', entityId: id, action: 'create', toState: 'draft', actorId: user.id, actorRole: user.role, after: { number, from: source ?? null }, at: now });
  });
  return getVersion(db, { merchantId: user.merchantId, drafts: true }, await numberOf(db, id));
}

async function numberOf(db: Db, id: string) {
  const [row] = await db.select({ number: perkVersions.number }).from(perkVersions).where(eq(perkVersions.id, id));
  if (!row) throw notFound();
  return row.number;
}

/** The draft the operator means, or why not: NOT_FOUND, CONFLICT on a stale revision, BAD_REQUEST when published. */
async function lockDraft(db: Db, user: Operator, id: string, revision: number) {
  const [row] = await db
    .select()
    .from(perkVersions)
    .where(and(eq(perkVersions.id, id), eq(perkVersions.merchantId, user.merchantId)))
    .for('update');
  if (!row) throw notFound();
  if (row.status !== 'draft') badRequest({ _: ['perks.notDraft'] }, 'perks.notDraft');
  if (row.revision !== revision) throw staleVersion(row.revision);
  return row;
}

/**
 * Saves a draft's content; drafts may break the rules (the editor shows where), publishing may not. Returns the
 * saved version with the rule issues publishing would refuse, so a caller learns them without trying to publish.
 */
export async function saveDraft(db: Db, user: Operator, id: string, revision: number, content: ProgrammeContent, now: Date) {
  const { number, serviceTier } = await db.transaction(async (tx) => {
    const row = await lockDraft(tx, user, id, revision);
    const [m] = await tx.select({ serviceTier: merchants.serviceTier }).from(merchants).where(eq(merchants.id, user.merchantId));
    if (!m) throw notFound();
    await tx.update(perkVersions).set({ content, revision: row.revision + 1, updatedAt: now }).where(eq(perkVersions.id, id));
    const change = changedFields<Record<string, unknown>>(row.content, content);
    await writeAudit(tx, {
      entityType: 'perk_version',
      entityId: id,
      action: 'edit',
      fromState: 'draft',
      toState: 'draft',
      actorId: user.id,
      actorRole: user.role,
      before: { number: row.number, revision: row.revision, ...change.before },
      after: { number: row.number, revision: row.revision + 1, ...change.after },
      at: now,
    });
    return { number: row.number, serviceTier: m.serviceTier };
  });
  const saved = await getVersion(db, { merchantId: user.merchantId, drafts: true }, number);
  return { ...saved, issues: programmeIssues(saved.content, { serviceTier }) };
}

export async function deleteDraft(db: Db, user: Operator, id: string, revision: number, now: Date) {
  await db.transaction(async (tx) => {
    const row = await lockDraft(tx, user, id, revision);
    await tx.delete(perkVersions).where(eq(perkVersions.id, id));
    await writeAudit(tx, { entityType: 'perk_version', entityId: id, action: 'delete', fromState: 'draft', actorId: user.id, actorRole: user.role, before: { number: row.number, revision: row.revision, content: row.content }, at: now });
  });
  return { id, deleted: true as const };
}

/** CONFLICT: another version was published since this draft was started; `currentVersion` is the newest one. */
export const staleDraft = (latest: number) =>
  new TRPCError({ code: 'CONFLICT', message: 'perks.staleDraft', cause: new StaleVersionError(latest) });

/**
 * Publishes a draft with its effective date: the programme rules against the merchant's service tier, the date
 * rules, and the check that no other version was published since the draft was started (CONFLICT otherwise).
 * Writes the audit row and tells the merchant's operators, in the same transaction; a version effective today
 * becomes active at once.
 */
export async function publishDraft(db: Db, user: Operator, id: string, revision: number, effectiveFrom: string, now: Date) {
  const today = platformDate(now);
  const number = await db.transaction(async (tx) => {
    const [m] = await tx
      .select({ serviceTier: merchants.serviceTier })
      .from(merchants)
      .where(eq(merchants.id, user.merchantId))
      .for('update');
    if (!m) throw notFound();
    const row = await lockDraft(tx, user, id, revision);
    const latest = await latestPublished(tx, user.merchantId);
    if ((latest?.number ?? null) !== row.basedOn) throw staleDraft(latest!.number);
    const issues = [
      ...programmeIssues(row.content, { serviceTier: m.serviceTier }),
      ...effectiveDateIssues(effectiveFrom, { today, latestEffectiveFrom: latest?.effectiveFrom ?? null }),
    ];
    if (issues.length) badRequest(toFieldErrors(issues), 'perks.publishInvalid');
    await tx
      .update(perkVersions)
      .set({ status: 'scheduled', effectiveFrom, publishedAt: now, publishedBy: user.id, revision: row.revision + 1, updatedAt: now })
      .where(eq(perkVersions.id, id));
    await writeAudit(tx, {
      entityType: 'perk_version',
      entityId: id,
      action: 'publish',
      fromState: 'draft',
      toState: 'scheduled',
      actorId: user.id,
      actorRole: user.role,
      before: { activeBefore: row.basedOn },
      after: { number: row.number, effectiveFrom },
      at: now,
    });
    await notifyMerchantOperators(
      tx,
      user.merchantId,
      { kind: 'perks', key: 'notifications.perks.published', params: { number: row.number, effectiveFrom, ...personParams('by', user) }, entityType: 'perk_version', entityId: String(row.number) },
      now,
    );
    return row.number;
  });
  await advanceProgrammesByDate(db, now, { force: true });
  return getVersion(db, { merchantId: user.merchantId, drafts: true }, number);
}
