import { addDays, lastClosedWeekStart, platformDate } from '@console/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { advanceLaunchesByDate } from '../launches/repo';
import { advanceProgrammesByDate } from '../perks/repo';
import { evaluateWeek } from '../service/repo';
import { serviceTierEvaluations } from '../service/table';
import { deadlinesDue, reminderKey, remindDeadline } from './deadlines';
import { jobRuns } from './table';

/**
 * Scheduled jobs, exactly once across every bff process sharing the database.
 *
 * Each job names the periods due at a moment (a platform date, a week) and does one period's work in one
 * transaction that begins by claiming it: a transaction-scoped advisory lock (another process at the same period
 * is left to it, not waited on), then `INSERT INTO job_runs … ON CONFLICT DO NOTHING` (a period already done is
 * skipped). The claim commits with the work or not at all, so a crash or an error leaves the period to the next
 * tick. The same code runs in-process on PGlite (one process; its advisory locks work the same).
 *
 * A scheduler ticks at start — which runs whatever came due while no process was up — and then every minute.
 * pg-boss and graphile-worker were the alternatives: both need a PostgreSQL server of their own to run on (the
 * console's PGlite default and its browser mock mode have none), and none of these jobs needs a queue: each is
 * "bring the data up to this date", already written as an idempotent function of its domain.
 */

export interface JobDefinition {
  name: string;
  /** The periods due at `now` that have not run yet, oldest first. */
  due(db: Db, now: Date): Promise<string[]>;
  /** One period's work, in the claiming transaction; what it returns is kept in job_runs.result. */
  run(tx: Db, dueKey: string, now: Date): Promise<Record<string, unknown>>;
}

/** Any constant the bff's job locks share as their first key (the second is the job and period). */
const JOB_LOCK_SPACE = 421_515_303;
/** Weeks a tier evaluation catches up at most after the console was down (older weeks are left as they were). */
export const MAX_CATCH_UP_WEEKS = 8;

async function hasRun(db: Db, job: string, dueKey: string) {
  const [row] = await db.select({ job: jobRuns.job }).from(jobRuns).where(and(eq(jobRuns.job, job), eq(jobRuns.dueKey, dueKey))).limit(1);
  return !!row;
}

/** `[today]` unless today's run is done: the date-driven jobs bring everything up to today in one run. */
const today = (job: string) => async (db: Db, now: Date) => {
  const day = platformDate(now);
  return (await hasRun(db, job, day)) ? [] : [day];
};

/**
 * Claims a period of a job inside a transaction (see above); true when this caller has it and must do the work in
 * the same transaction. Exported for the deadline reminders, which claim each reminder the same way.
 */
export async function claim(tx: Db, job: string, dueKey: string, now: Date): Promise<boolean> {
  const locked = (await tx.execute(sql`select pg_try_advisory_xact_lock(${JOB_LOCK_SPACE}, hashtext(${`${job}|${dueKey}`})) as ok`)) as unknown as { rows: { ok: boolean }[] };
  if (!locked.rows[0]?.ok) return false;
  const claimed = await tx.insert(jobRuns).values({ job, dueKey, ranAt: now }).onConflictDoNothing().returning({ job: jobRuns.job });
  return claimed.length > 0;
}

export const JOBS: JobDefinition[] = [
  {
    // Approved → scheduled → live on the launch date → ended: the same step reads apply ("today applied when read"),
    // here for days when nobody reads. Its transitions are guarded, so a read racing the job cannot repeat one.
    name: 'launches.by-date',
    due: today('launches.by-date'),
    run: async (tx, _day, now) => ({ steps: await advanceLaunchesByDate(tx, now, { force: true }) }),
  },
  {
    name: 'perks.activate-versions',
    due: today('perks.activate-versions'),
    run: async (tx, _day, now) => ({ moved: await advanceProgrammesByDate(tx, now, { force: true }) }),
  },
  {
    // Every closed week since the last one evaluated (the seed evaluates the weeks it makes), in order, at most
    // MAX_CATCH_UP_WEEKS of them. A tier change tells the merchant's operators (evaluateWeek).
    name: 'service.weekly-tiers',
    async due(db, now) {
      const closed = lastClosedWeekStart(now);
      const [runRow] = await db.select({ key: jobRuns.dueKey }).from(jobRuns).where(eq(jobRuns.job, 'service.weekly-tiers')).orderBy(desc(jobRuns.dueKey)).limit(1);
      const [evalRow] = await db.select({ week: serviceTierEvaluations.weekStart }).from(serviceTierEvaluations).orderBy(desc(serviceTierEvaluations.weekStart)).limit(1);
      const last = [runRow?.key, evalRow?.week].filter((w): w is string => !!w).sort().at(-1);
      const weeks: string[] = [];
      for (let w = last ? addDays(last, 7) : closed; w <= closed; w = addDays(w, 7)) weeks.push(w);
      return weeks.slice(-MAX_CATCH_UP_WEEKS);
    },
    run: async (tx, week, now) => {
      const { evaluated, changed } = await evaluateWeek(tx, week, now);
      return { evaluated, changed };
    },
  },
  {
    // 3 days and 1 day before each submission deadline, the operators of every merchant that has not submitted
    // are told. Each reminder is claimed on its own ('deadline.reminder', '<deadline>@3d'), so a day's run made up
    // late, or the 3-day reminder still due on the second day, never sends one twice.
    name: 'deadlines.remind',
    due: today('deadlines.remind'),
    run: async (tx, day, now) => {
      const sent: Record<string, number> = {};
      for (const { deadline, days } of await deadlinesDue(tx, day)) {
        const key = reminderKey(deadline, days);
        if (await claim(tx, 'deadline.reminder', key, now)) sent[key] = await remindDeadline(tx, deadline, days, day, now);
      }
      return { sent };
    },
  },
];

export interface JobRun {
  job: string;
  dueKey: string;
  /** False: another process had it, or it had run. */
  ran: boolean;
  result?: Record<string, unknown>;
  error?: unknown;
}

/** Runs one period of a job if nobody has: the claim and the work in one transaction. */
export async function runJob(db: Db, job: JobDefinition, dueKey: string, now: Date): Promise<JobRun> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    if (!(await claim(tx, job.name, dueKey, now))) return { job: job.name, dueKey, ran: false };
    const result = await job.run(tx, dueKey, now);
    await tx.update(jobRuns).set({ result }).where(and(eq(jobRuns.job, job.name), eq(jobRuns.dueKey, dueKey)));
    return { job: job.name, dueKey, ran: true, result };
  });
}

/** How often a scheduler looks for due jobs. */
export const TICK_MS = 60_000;

export interface SchedulerOptions {
  now?: () => Date;
  jobs?: JobDefinition[];
  everyMs?: number;
  /** Told of each run and each failure (the bff logs them). */
  onRun?: (run: JobRun) => void;
}

/** One per bff process; every process runs one, and the claims make each period run once among them. */
export class Scheduler {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<JobRun[]> | null = null;
  private readonly now: () => Date;
  private readonly jobs: JobDefinition[];

  constructor(
    private readonly db: Db,
    private readonly opts: SchedulerOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date());
    this.jobs = opts.jobs ?? JOBS;
  }

  /** Every due period of every job, once; a tick still running is joined, not doubled. */
  tick(): Promise<JobRun[]> {
    this.running ??= this.runDue().finally(() => (this.running = null));
    return this.running;
  }

  private async runDue(): Promise<JobRun[]> {
    const runs: JobRun[] = [];
    for (const job of this.jobs) {
      const now = this.now();
      let keys: string[];
      try {
        keys = await job.due(this.db, now);
      } catch (error) {
        runs.push({ job: job.name, dueKey: '?', ran: false, error });
        this.opts.onRun?.(runs.at(-1)!);
        continue;
      }
      for (const key of keys) {
        let run: JobRun;
        try {
          run = await runJob(this.db, job, key, now);
        } catch (error) {
          // Rolled back with its claim: the next tick tries again. Later periods wait for this one.
          run = { job: job.name, dueKey: key, ran: false, error };
        }
        runs.push(run);
        this.opts.onRun?.(run);
        if (run.error) break;
      }
    }
    return runs;
  }

  /** Runs what is due now (what came due while the console was down), then every `everyMs`. */
  async start(): Promise<JobRun[]> {
    const first = await this.tick();
    this.timer ??= setInterval(() => void this.tick().catch(() => {}), this.opts.everyMs ?? TICK_MS);
    this.timer.unref?.();
    return first;
  }

  /** Stops ticking and waits for a tick under way. */
  async stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => {});
  }
}
