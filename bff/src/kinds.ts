import type { ApplicationKind, KindDetails } from '@console/shared';
import { type SQL, sql } from 'drizzle-orm';
import { afterBrandDayDecision, beforeBrandDayDecision, brandDayQueueDetails, promotionQueueDetails } from './campaigns/repo';
import type { Db } from './db/client';
import { advanceLaunchesByDate, launchQueueDetails } from './launches/repo';
import type { DecisionHooks } from './review/repo';

/**
 * The bff's registry of application kinds: what each adds to the review workflow. Review reads it and names
 * no kind; a new kind adds an entry here (its content schema and row lists are in shared's registry).
 */
export interface KindModule extends DecisionHooks {
  /** The system's transitions by date, run before the queue or an application is read (forced after an approval). */
  refresh?(db: Db, now: Date, opts?: { force?: boolean }): Promise<unknown>;
  /**
   * What the review queue shows of the kind's applications (its columns in the web's registry): a JSON object for the
   * application `id`, as a subquery by primary key that the queue reads in the statement of its page.
   */
  queueDetails?(id: SQL): SQL;
}

export const KINDS: Record<ApplicationKind, KindModule> = {
  launch: { refresh: (db, now, opts) => advanceLaunchesByDate(db, now, opts), queueDetails: launchQueueDetails },
  brand_day: {
    before: (tx, id, action) => beforeBrandDayDecision(tx, id, action),
    after: (tx, row, action, now) => afterBrandDayDecision(tx, row, action, now),
    queueDetails: brandDayQueueDetails,
  },
  promotion: { queueDetails: promotionQueueDetails },
};

export const kindHooks = (kind: ApplicationKind): KindModule => KINDS[kind];

/** Every kind's refresh; what anyone reads is current. */
export async function refreshKinds(db: Db, now: Date, opts?: { force?: boolean }, only?: ApplicationKind) {
  for (const [kind, k] of Object.entries(KINDS) as [ApplicationKind, KindModule][]) if (!only || only === kind) await k.refresh?.(db, now, opts);
}

/**
 * The queue details of an application of any kind, by its kind (null for a kind without): read with the queue's page
 * in one statement. They were a statement per kind on the page, after it: 3 of the queue's 4 statements in the demo world.
 */
export function queueDetailsSql(kind: SQL, id: SQL): SQL<KindDetails | null> {
  const cases = (Object.entries(KINDS) as [ApplicationKind, KindModule][])
    .filter(([, k]) => k.queueDetails)
    .map(([name, k]) => sql`when ${name} then ${k.queueDetails!(id)}`);
  return sql<KindDetails | null>`(case ${kind} ${sql.join(cases, sql` `)} end)`;
}
