import { type ApplicationState, type ReminderDay, reminderDue, reminderSkip } from '@console/shared';
import { and, asc, isNotNull, sql } from 'drizzle-orm';
import { writeAudit } from '../audit/repo';
import { calendarWindows } from '../calendar/table';
import { merchants } from '../merchants/table';
import type { Db } from '../db/client';
import { notifyMerchantOperators } from '../notifications/repo';

/** A submission deadline merchants are reminded of: one per window kind, year and date (Double 11's phases share one). */
export interface Deadline {
  windowId: string;
  kind: 'ss_launch' | 'aw_launch' | 'mid_year_618' | 'double11';
  year: number;
  name: string;
  nameEn: string | null;
  deadline: string;
  /** Last day of the window (a launch date must fall in it). */
  endsOn: string;
}

const REMINDED_KINDS = ['ss_launch', 'aw_launch', 'mid_year_618', 'double11'] as const;

/** The deadlines that call for a reminder on `today`, with the reminder day each calls for. */
export async function deadlinesDue(db: Db, today: string): Promise<{ deadline: Deadline; days: ReminderDay }[]> {
  const rows = await db
    .select()
    .from(calendarWindows)
    .where(and(isNotNull(calendarWindows.submissionDeadline), sql`${calendarWindows.submissionDeadline} >= ${today}::date`, sql`${calendarWindows.kind} in ('ss_launch', 'aw_launch', 'mid_year_618', 'double11')`))
    // The window itself (no phase) names the deadline when it has one; a phase sharing the date adds nothing.
    .orderBy(asc(calendarWindows.kind), asc(calendarWindows.year), sql`${calendarWindows.phase} nulls first`);
  const seen = new Set<string>();
  const due: { deadline: Deadline; days: ReminderDay }[] = [];
  for (const r of rows) {
    if (!(REMINDED_KINDS as readonly string[]).includes(r.kind) || !r.submissionDeadline) continue;
    const key = `${r.kind}:${r.year}:${r.submissionDeadline}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const days = reminderDue(r.submissionDeadline, today);
    if (days !== null) {
      due.push({ deadline: { windowId: r.id, kind: r.kind as Deadline['kind'], year: r.year, name: r.name, nameEn: r.nameEn, deadline: r.submissionDeadline, endsOn: r.endsOn }, days });
    }
  }
  return due;
}

/** The claim key of one reminder: the same deadline reminded on the same reminder day is one run, ever. */
export const reminderKey = (d: Deadline, days: ReminderDay) => `${d.kind}:${d.year}:${d.deadline}@${days}d`;

/**
 * Merchants still able to act on `d` at `now` (shared `reminderSkip`): nothing sent in for the window (a draft or a
 * withdrawn application does not count; launch windows are met by a launch of their season and year, 618 and
 * Double 11 by a registration for that festival and year); for 618 and Double 11 only those that pass the
 * registration bar; for launches only while a launch date in the window is still far enough ahead.
 */
export async function merchantsToRemind(db: Db, d: Deadline, now: Date): Promise<string[]> {
  const sent =
    d.kind === 'ss_launch' || d.kind === 'aw_launch'
      ? sql`select a.merchant_id, a.state from applications a join launches l on l.id = a.id
            where l.season = ${d.kind === 'ss_launch' ? 'SS' : 'AW'} and l.year = ${d.year}`
      : sql`select a.merchant_id, a.state from applications a join promotions p on p.id = a.id
            where p.festival = ${d.kind} and p.year = ${d.year}`;
  // One after the other: in the scheduler's transaction both go over one connection.
  const merchantRows = await db
    .select({
      id: merchants.id,
      dsrDescription: merchants.dsrDescription,
      dsrService: merchants.dsrService,
      dsrLogistics: merchants.dsrLogistics,
      violationPoints: merchants.violationPoints,
      serviceTier: merchants.serviceTier,
      crossBorder: merchants.crossBorder,
    })
    .from(merchants)
    .orderBy(asc(merchants.id));
  const stateRows = (await db.execute(sent)) as unknown as { rows: { merchant_id: string; state: ApplicationState }[] };
  const states = new Map<string, ApplicationState[]>();
  for (const r of stateRows.rows) states.set(r.merchant_id, [...(states.get(r.merchant_id) ?? []), r.state]);
  return merchantRows
    .filter((m) => {
      const standing = { ...m, dsrDescription: m.dsrDescription / 100, dsrService: m.dsrService / 100, dsrLogistics: m.dsrLogistics / 100 };
      return reminderSkip(standing, states.get(m.id) ?? [], { kind: d.kind, deadline: d.deadline, endsOn: d.endsOn }, now) === null;
    })
    .map((m) => m.id);
}

/**
 * Reminds the operators of every merchant that has not met `d` and still may (`merchantsToRemind`) that it falls in `days` days (or today), in the
 * caller's transaction, with one audit row for the reminder run. Returns how many merchants were reminded.
 */
export async function remindDeadline(db: Db, d: Deadline, days: ReminderDay, today: string, now: Date) {
  const missing = await merchantsToRemind(db, d, now);
  const left = Math.max(0, Math.round((Date.parse(`${d.deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000));
  for (const merchantId of missing) {
    await notifyMerchantOperators(
      db,
      merchantId,
      {
        kind: 'deadline',
        key: left === 0 ? 'notifications.deadline.today' : 'notifications.deadline.reminder',
        params: { window: d.name, windowEn: d.nameEn ?? d.name, windowKind: d.kind, deadline: d.deadline, days: left },
        entityType: 'calendar_window',
        entityId: d.windowId,
      },
      now,
    );
  }
  await writeAudit(db, {
    entityType: 'calendar_window',
    entityId: d.windowId,
    action: 'deadline_reminder',
    reason: `${days} day reminder of ${d.deadline}`,
    after: { deadline: d.deadline, reminderDays: days, daysLeft: left, merchantsReminded: missing.length },
    at: now,
  });
  return missing.length;
}
