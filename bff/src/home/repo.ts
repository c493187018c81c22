import type { AdminHome, ApplicationState, ManagerHome, OperatorHome, Role, ServiceTier, Vertical, WaitingReason, WindowKind } from '@console/shared';
import {
  APPLICATION_STATES,
  byUrgency,
  brandDayDeadline,
  DECISION_ACTIONS,
  daysBetween,
  overdueCutoff,
  PENDING_STATES,
  platformDate,
  trafficReward,
  waitingReason,
  windowKindOf,
  windowStanding,
} from '@console/shared';
import { and, asc, count, desc, eq, gte, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { auditLog } from '../audit/table';
import { recentAudit } from '../audit/repo';
import { users } from '../auth/table';
import { calendarWindows } from '../calendar/table';
import { brandDays, promotions } from '../campaigns/table';
import type { Db } from '../db/client';
import { launches } from '../launches/table';
import { merchants } from '../merchants/table';
import { notFound } from '../review/errors';
import { applications } from '../review/table';
import { perkVersions } from '../perks/table';
import { currentStandards } from '../service/repo';
import { serviceTierEvaluations } from '../service/table';

/** Windows an operator applies into: the two launch seasons and the two festivals (their phase-less window). */
const APPLY_KINDS: WindowKind[] = ['ss_launch', 'aw_launch', 'mid_year_618', 'double11'];
const CALENDAR_CARD = 4;
const WAITING_CARD = 6;
const TREND_WEEKS = 8;

/** The key an application and a window share: `ss_launch:2027`, `double11:2026`. */
const keyOf = (kind: string, year: number) => `${kind}:${year}`;

/**
 * The operator's home in six reads, all by the merchant's own id (run side by side): the merchant, the calendar's
 * next windows, every application of the merchant with what ties it to a window, the tier trend, the standards
 * (traffic weights) and the member programme's versions.
 */
export async function operatorHome(db: Db, merchantId: string, now: Date): Promise<OperatorHome> {
  const today = platformDate(now);
  const [[merchant], windows, apps, trend, standards, versions] = await Promise.all([
    db.select({ id: merchants.id, name: merchants.name, vertical: merchants.vertical, serviceTier: merchants.serviceTier }).from(merchants).where(eq(merchants.id, merchantId)),
    db
      .select()
      .from(calendarWindows)
      .where(and(inArray(calendarWindows.kind, APPLY_KINDS), isNull(calendarWindows.phase), gte(calendarWindows.endsOn, today)))
      .orderBy(sql`coalesce(${calendarWindows.submissionDeadline}, ${calendarWindows.startsOn})`, asc(calendarWindows.id))
      .limit(CALENDAR_CARD),
    db
      .select({
        id: applications.id,
        kind: applications.kind,
        title: applications.title,
        state: applications.state,
        updatedAt: applications.updatedAt,
        season: launches.season,
        launchYear: launches.year,
        festival: promotions.festival,
        festivalYear: promotions.year,
        brandDayDate: brandDays.date,
      })
      .from(applications)
      .leftJoin(launches, eq(launches.id, applications.id))
      .leftJoin(promotions, eq(promotions.id, applications.id))
      .leftJoin(brandDays, eq(brandDays.id, applications.id))
      .where(eq(applications.merchantId, merchantId)),
    db
      .select({ weekStart: serviceTierEvaluations.weekStart, tier: serviceTierEvaluations.tier })
      .from(serviceTierEvaluations)
      .where(eq(serviceTierEvaluations.merchantId, merchantId))
      .orderBy(desc(serviceTierEvaluations.weekStart))
      .limit(TREND_WEEKS),
    currentStandards(db),
    db
      .select({ id: perkVersions.id, number: perkVersions.number, status: perkVersions.status, effectiveFrom: perkVersions.effectiveFrom })
      .from(perkVersions)
      .where(eq(perkVersions.merchantId, merchantId))
      .orderBy(desc(perkVersions.number)),
  ]);
  if (!merchant) throw notFound();

  // Every window of a kind and year the merchant could apply into, to give each application its deadline.
  const deadlines = new Map(windows.map((w) => [keyOf(w.kind, w.year), w.submissionDeadline]));
  const windowKeyOf = (a: (typeof apps)[number]) =>
    a.kind === 'launch' && a.season && a.launchYear ? keyOf(windowKindOf(a.season), a.launchYear) : a.kind === 'promotion' && a.festival && a.festivalYear ? keyOf(a.festival, a.festivalYear) : null;
  const deadlineOf = (a: (typeof apps)[number]) => {
    if (a.kind === 'brand_day') return a.brandDayDate ? brandDayDeadline(a.brandDayDate) : null;
    const key = windowKeyOf(a);
    return key ? (deadlines.get(key) ?? null) : null;
  };
  const ref = (a: (typeof apps)[number]) => ({ id: a.id, kind: a.kind, title: a.title, state: a.state });

  const byWindow = new Map<string, (typeof apps)[number][]>();
  for (const a of apps) {
    const key = windowKeyOf(a);
    if (key) byWindow.set(key, [...(byWindow.get(key) ?? []), a]);
  }
  const counts = new Map<ApplicationState, number>();
  for (const a of apps) counts.set(a.state, (counts.get(a.state) ?? 0) + 1);
  const waiting = apps
    .map((a) => ({ a, reason: waitingReason(a.state, deadlineOf(a), today), deadline: deadlineOf(a) }))
    .filter((w): w is { a: (typeof apps)[number]; reason: WaitingReason; deadline: string | null } => w.reason !== null)
    .map(({ a, reason, deadline }) => ({ ...ref(a), reason, deadline, updatedAt: a.updatedAt.toISOString() }))
    .sort(byUrgency);
  const reward = trafficReward(standards, merchant.serviceTier);
  const active = versions.find((v) => v.status === 'active');
  const scheduled = [...versions].reverse().find((v) => v.status === 'scheduled');

  return {
    today,
    merchant,
    calendar: windows.map((w) => {
      const mine = byWindow.get(keyOf(w.kind, w.year)) ?? [];
      return {
        id: w.id,
        kind: w.kind,
        name: w.name,
        nameEn: w.nameEn,
        year: w.year,
        startsOn: w.startsOn,
        endsOn: w.endsOn,
        submissionDeadline: w.submissionDeadline,
        daysToDeadline: w.submissionDeadline ? daysBetween(today, w.submissionDeadline) : null,
        standing: windowStanding(mine.map((a) => a.state)),
        applications: mine.map(ref),
      };
    }),
    byState: [...counts].map(([state, n]) => ({ state, count: n })).sort((x, y) => y.count - x.count),
    waiting: waiting.slice(0, WAITING_CARD),
    waitingTotal: waiting.length,
    service: {
      tier: merchant.serviceTier,
      trend: trend.reverse().map((t) => ({ weekStart: t.weekStart, tier: t.tier as ServiceTier })),
      trafficWeight: reward.current,
      nextTier: reward.next,
      nextTrafficWeight: reward.nextWeight,
    },
    perks: {
      active: active ? { id: active.id, number: active.number, effectiveFrom: active.effectiveFrom } : null,
      scheduled: scheduled ? { id: scheduled.id, number: scheduled.number, effectiveFrom: scheduled.effectiveFrom } : null,
      drafts: versions.filter((v) => v.status === 'draft').length,
    },
  };
}

const DECISION_DAYS = 7;

/**
 * The manager's home in four reads: the queue of their verticals by state (drafts are never theirs to see) with
 * the overdue and claimed-by-me counts in the same pass, the tier distribution of their verticals' merchants,
 * and their own decisions of the last 7 days from the audit trail (by the actor index).
 */
export async function managerHome(db: Db, user: { id: string; verticals: readonly Vertical[] }, now: Date): Promise<ManagerHome> {
  const verticals = [...user.verticals];
  const cutoff = overdueCutoff(now);
  const since = new Date(now.getTime() - DECISION_DAYS * 86_400_000);
  const pending = [...PENDING_STATES];
  const [queue, tiers, decisionCounts, recent] = await Promise.all([
    db
      .select({
        state: applications.state,
        n: count(),
        overdue: sql<number>`count(*) filter (where ${applications.submittedAt} < ${cutoff})`.mapWith(Number),
        mine: sql<number>`count(*) filter (where ${applications.claimedBy} = ${user.id})`.mapWith(Number),
      })
      .from(applications)
      .where(and(inArray(applications.vertical, verticals), inArray(applications.state, ['submitted', 'in_review', 'changes_requested', 'approved', 'scheduled', 'live'])))
      .groupBy(applications.state),
    db
      .select({ vertical: merchants.vertical, tier: merchants.serviceTier, n: count() })
      .from(merchants)
      .where(inArray(merchants.vertical, verticals))
      .groupBy(merchants.vertical, merchants.serviceTier),
    db
      .select({ action: auditLog.action, n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, user.id), gte(auditLog.at, since), inArray(auditLog.action, [...DECISION_ACTIONS])))
      .groupBy(auditLog.action),
    db
      .select({ id: applications.id, kind: applications.kind, title: applications.title, merchantName: merchants.name, action: auditLog.action, at: auditLog.at })
      .from(auditLog)
      .innerJoin(applications, and(eq(auditLog.entityType, 'application'), eq(applications.id, auditLog.entityId)))
      .innerJoin(merchants, eq(merchants.id, applications.merchantId))
      .where(and(eq(auditLog.actorId, user.id), gte(auditLog.at, since), inArray(auditLog.action, [...DECISION_ACTIONS]), inArray(applications.vertical, verticals)))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(8),
  ]);
  const isPending = (s: ApplicationState) => pending.includes(s);
  return {
    verticals,
    queue: {
      // In the workflow's order, what waits on the manager first (a group by comes back in any order).
      byState: queue.map((q) => ({ state: q.state, count: q.n })).sort((x, y) => APPLICATION_STATES.indexOf(x.state) - APPLICATION_STATES.indexOf(y.state)),
      pending: queue.filter((q) => isPending(q.state)).reduce((s, q) => s + q.n, 0),
      overdue: queue.filter((q) => isPending(q.state)).reduce((s, q) => s + q.overdue, 0),
      claimedByMe: queue.filter((q) => q.state === 'in_review').reduce((s, q) => s + q.mine, 0),
    },
    tiers: tiers.map((t) => ({ vertical: t.vertical, tier: t.tier, count: t.n })),
    decisions: {
      since: since.toISOString(),
      counts: decisionCounts.map((d) => ({ action: d.action, count: d.n })),
      recent: recent.map((r) => ({ ...r, at: r.at.toISOString() })),
    },
  };
}

/** The admin's home in three reads: the next windows of the calendar, users by role, the latest changes. */
export async function adminHome(db: Db, now: Date): Promise<AdminHome> {
  const today = platformDate(now);
  const [windows, roles, audit] = await Promise.all([
    db
      .select()
      .from(calendarWindows)
      // Brand Day's year-long window and its blackout days are not events to prepare for.
      .where(and(gte(calendarWindows.endsOn, today), notInArray(calendarWindows.kind, ['brand_day', 'brand_day_blackout'])))
      .orderBy(asc(calendarWindows.startsOn), asc(calendarWindows.id))
      .limit(6),
    db.select({ role: users.role, n: count() }).from(users).groupBy(users.role),
    recentAudit(db, 8),
  ]);
  return {
    windows: windows.map((w) => ({
      id: w.id,
      kind: w.kind,
      phase: w.phase,
      name: w.name,
      nameEn: w.nameEn,
      year: w.year,
      startsOn: w.startsOn,
      endsOn: w.endsOn,
      submissionDeadline: w.submissionDeadline,
    })),
    usersByRole: roles.map((r) => ({ role: r.role as Role, count: r.n })),
    recentAudit: audit,
  };
}
