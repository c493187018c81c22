import { WINDOW_KINDS, WINDOW_PHASES } from '@console/shared';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** The marketing calendar as data: launch windows, 618, Double 11 phases, Brand Day year. */
export const calendarWindows = pgTable(
  'calendar_windows',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: WINDOW_KINDS }).notNull(),
    phase: text('phase', { enum: WINDOW_PHASES }),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    /** The name in English (shown when the console is in English); null: the Chinese name is shown. */
    nameEn: text('name_en'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    submissionDeadline: date('submission_deadline', { mode: 'string' }),
    global: boolean('global').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    // One window per kind, year and phase; Brand Day blackout dates are many a year.
    uniqueIndex('calendar_kind_year_phase_idx')
      .on(t.kind, t.year, sql`coalesce(${t.phase}, '')`)
      .where(sql`${t.kind} <> 'brand_day_blackout'`),
    index('calendar_starts_idx').on(t.startsOn),
    check('calendar_dates_ordered', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);
export type CalendarWindowRow = typeof calendarWindows.$inferSelect;
