import { auditExportInput, auditExportOutput, auditSearchInput, auditSearchOutput, auditToCsv, auditTrailInput, auditTrailOutput } from '@console/shared';
import { notFound } from '../review/errors';
import { adminProcedure, authedProcedure, router } from '../trpc';
import { maySeeRecord } from './access';
import * as repo from './repo';

/** The audit trail: admins search and export all of it; anyone who may see a record reads that record's own. */
export const auditRouter = router({
  /** By actor, record, action and time range; newest first, keyset-paged. */
  search: adminProcedure
    .input(auditSearchInput)
    .output(auditSearchOutput)
    .query(({ ctx, input }) => repo.searchAudit(ctx.db, input)),

  /** The search's rows as CSV (formula-guarded cells), at most AUDIT_EXPORT_MAX; `truncated` says more matched. */
  export: adminProcedure
    .input(auditExportInput)
    .output(auditExportOutput)
    .query(async ({ ctx, input }) => {
      const { entries, truncated } = await repo.exportAudit(ctx.db, input.filters);
      return { csv: auditToCsv(entries, input.locale), rows: entries.length, truncated };
    }),

  /** One record's changes, oldest first; a record the caller may not see is NOT_FOUND, as on its own page. */
  trail: authedProcedure
    .input(auditTrailInput)
    .output(auditTrailOutput)
    .query(async ({ ctx, input }) => {
      if (!(await maySeeRecord(ctx.db, ctx.user, input.entityType, input.entityId))) throw notFound();
      return repo.trailOf(ctx.db, input.entityType, input.entityId);
    }),
});
