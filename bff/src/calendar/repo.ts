import type { AgendaItem, CalendarWindow, WindowKind } from '@console/shared';
import { calendarCreateInput, calendarListInput, calendarUpdateInput } from '@console/shared';
import { and, asc, between, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { writeAudit } from '../audit/repo';
import type { Db } from '../db/client';
import { brandDays, promotions } from '../campaigns/table';
import { launches } from '../launches/table';
import { applications } from '../review/table';
import { type CalendarWindowRow, calendarWindows } from './table';

export const toWindow = (r: CalendarWindowRow): CalendarWindow => ({
  id: r.id,
  kind: r.kind,
  phase: r.phase,
  year: r.year,
  name: r.name,
  nameEn: r.nameEn,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  submissionDeadline: r.submissionDeadline,
  global: r.global,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
});

const sortColumns = { startsOn: calendarWindows.startsOn, year: calendarWindows.year, kind: calendarWindows.kind } as const;

export async function listWindows(db: Db, input: z.output<typeof calendarListInput>) {
  const f = input.filters;
  const where = and(f.year !== undefined ? eq(calendarWindows.year, f.year) : undefined, f.kind?.length ? inArray(calendarWindows.kind, f.kind) : undefined);
  const sort = input.sort ?? { field: 'startsOn' as const, order: 'asc' as const };
  const col = sortColumns[sort.field];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(calendarWindows)
      .where(where)
      .orderBy(sort.order === 'asc' ? asc(col) : desc(col), asc(calendarWindows.startsOn), asc(calendarWindows.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(calendarWindows).where(where),
  ]);
  return { items: rows.map(toWindow), total: total?.n ?? 0 };
}

export async function findWindowById(db: Db, id: string) {
  const [row] = await db.select().from(calendarWindows).where(eq(calendarWindows.id, id)).limit(1);
  return row ? toWindow(row) : null;
}

/** The (phase-less) window of a kind in a year, e.g. the SS launch window of 2026. */
export async function findWindow(db: Db, kind: WindowKind, year: number) {
  const [row] = await db
    .select()
    .from(calendarWindows)
    .where(and(eq(calendarWindows.kind, kind), eq(calendarWindows.year, year), isNull(calendarWindows.phase)))
    .limit(1);
  return row ? toWindow(row) : null;
}

export const windowId = (kind: WindowKind, year: number, phase: string | null, startsOn?: string) =>
  kind === 'brand_day_blackout' && startsOn ? `cw_${kind}_${startsOn}` : `cw_${kind}_${year}${phase ? `_${phase}` : ''}`;

/** The windows a saved window is checked against (calendarProblems): every window of its kind. */
export async function windowsOfKind(db: Db, kind: WindowKind) {
  return (await db.select().from(calendarWindows).where(eq(calendarWindows.kind, kind))).map(toWindow);
}

export async function createWindow(db: Db, input: z.output<typeof calendarCreateInput>, actor: { id: string; role: string }, now: Date) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(calendarWindows)
      .values({ ...input, id: windowId(input.kind, input.year, input.phase, input.startsOn), createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    if (!row) return null;
    await writeAudit(tx, { entityType: 'calendar_window', entityId: row.id, action: 'create', actorId: actor.id, actorRole: actor.role, after: toWindow(row), at: now });
    return toWindow(row);
  });
}

/** Optimistic: null when the id is unknown, 'stale' with the current version when someone saved first. */
export async function updateWindow(db: Db, input: z.output<typeof calendarUpdateInput>, actor: { id: string; role: string }, now: Date) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarWindows).where(eq(calendarWindows.id, input.id)).limit(1);
    if (!before) return null;
    const { id, version, ...fields } = input;
    const [row] = await tx
      .update(calendarWindows)
      .set({ ...fields, version: sql`${calendarWindows.version} + 1`, updatedAt: now })
      .where(and(eq(calendarWindows.id, id), eq(calendarWindows.version, version)))
      .returning();
    if (!row) return { stale: true as const, currentVersion: before.version };
    await writeAudit(tx, {
      entityType: 'calendar_window',
      entityId: id,
      action: 'update',
      actorId: actor.id,
      actorRole: actor.role,
      before: toWindow(before),
      after: toWindow(row),
      at: now,
    });
    return { stale: false as const, window: toWindow(row) };
  });
}

/**
 * A merchant's own applications dated within [from, to]: launches on their launch date, Brand Days on their date,
 * 618 / Double 11 registrations on the festival's first day (its phase-less window). Withdrawn ones are left out.
 */
export async function agendaOf(db: Db, merchantId: string, from: string, to: string): Promise<AgendaItem[]> {
  const app = { id: applications.id, kind: applications.kind, title: applications.title, state: applications.state };
  const mine = and(eq(applications.merchantId, merchantId), sql`${applications.state} <> 'withdrawn'`);
  const [launchRows, brandDayRows, promotionRows] = await Promise.all([
    db
      .select({ ...app, date: launches.launchDate })
      .from(launches)
      .innerJoin(applications, eq(applications.id, launches.id))
      .where(and(mine, eq(launches.merchantId, merchantId), between(launches.launchDate, from, to))),
    db
      .select({ ...app, date: brandDays.date })
      .from(brandDays)
      .innerJoin(applications, eq(applications.id, brandDays.id))
      .where(and(mine, eq(brandDays.merchantId, merchantId), between(brandDays.date, from, to))),
    db
      .select({ ...app, date: calendarWindows.startsOn })
      .from(promotions)
      .innerJoin(applications, eq(applications.id, promotions.id))
      .innerJoin(
        calendarWindows,
        and(eq(calendarWindows.kind, promotions.festival), eq(calendarWindows.year, promotions.year), isNull(calendarWindows.phase)),
      )
      .where(and(mine, eq(promotions.merchantId, merchantId), between(calendarWindows.startsOn, from, to))),
  ]);
  return [...launchRows, ...brandDayRows, ...promotionRows]
    .filter((r): r is typeof r & { date: string } => r.date !== null)
    .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}
