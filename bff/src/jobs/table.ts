import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per scheduled job run that happened: the job's name and the period it ran for (`due_key`: a platform date,
 * a week's Monday, a deadline and its reminder day). Written in the transaction that does the job's work, so a row
 * exists exactly when the work committed; its primary key makes a second run of the same period impossible, whichever
 * bff process tries it.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    dueKey: text('due_key').notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true, mode: 'date' }).notNull(),
    result: jsonb('result'),
  },
  (t) => [primaryKey({ columns: [t.job, t.dueKey] })],
);
export type JobRunRow = typeof jobRuns.$inferSelect;
