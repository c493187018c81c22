import {
  presetPeriod,
  apiKey,
  apiKeyListOutput,
  createKeyInput,
  createKeyOutput,
  dashboardInput,
  dashboardOutput,
  eventBatchInput,
  eventBatchIssues,
  eventBatchOutput,
  lastClosedWeekStart,
  MAX_PERIOD_DAYS,
  noInput,
  rankingInput,
  rankingOutput,
  reapplyOutput,
  revokeKeyInput,
  saveServiceSettingsInput,
  saveStandardsInput,
  serviceSettings,
  serviceStandards,
  standardsHistoryOutput,
  standardsIssues,
} from '@console/shared';
import { notFound, staleVersion } from '../review/errors';
import { adminProcedure, authedProcedure, badRequest, managerProcedure, operatorProcedure, router } from '../trpc';
import * as repo from './repo';

const DAY = 86_400_000;

/** Customer-service SLA (服务分层化): figures and tiers for operators and managers, standards for admins. */
export const serviceRouter = router({
  /** One merchant's figures for a period: an operator's own (no id), or a merchant of the manager's verticals. */
  dashboard: authedProcedure
    .input(dashboardInput)
    .output(dashboardOutput)
    .query(async ({ ctx, input }) => {
      if ('to' in input.period) {
        const days = (Date.parse(input.period.to) - Date.parse(input.period.from)) / DAY + 1;
        if (days > MAX_PERIOD_DAYS) badRequest({ 'period.to': ['service.periodTooLong'] });
      }
      const u = ctx.user;
      const scope: repo.DashboardScope | null =
        u.role === 'operator' && u.merchantId ? { merchantId: u.merchantId } : u.role === 'manager' && u.verticals.length ? { verticals: u.verticals } : null;
      const id = input.merchantId ?? (scope && 'merchantId' in scope ? scope.merchantId : undefined);
      if (!scope) throw notFound();
      if (!id) badRequest({ merchantId: ['errors.required'] });
      const merchant = await repo.findServiceMerchant(ctx.db, id, scope);
      if (!merchant) throw notFound();
      // A named period is dated where the store is: its yesterday, its last closed week, its last month.
      const period = 'preset' in input.period ? presetPeriod(input.period.preset, ctx.now(), merchant.timeZone) : input.period;
      return repo.dashboard(ctx.db, merchant, period, ctx.now());
    }),

  ranking: managerProcedure
    .input(rankingInput)
    .output(rankingOutput)
    .query(({ ctx, input }) => repo.ranking(ctx.db, ctx.verticals, input, ctx.now())),

  /** Every version of the standards, newest first. */
  standards: adminProcedure
    .input(noInput)
    .output(standardsHistoryOutput)
    .query(({ ctx }) => repo.standardsHistory(ctx.db)),

  saveStandards: adminProcedure
    .input(saveStandardsInput)
    .output(serviceStandards)
    .mutation(async ({ ctx, input }) => {
      const { expectedVersion, ...content } = input;
      const issues = standardsIssues(content);
      if (Object.keys(issues).length) badRequest(issues);
      try {
        return await repo.saveStandards(ctx.db, ctx.user, content, expectedVersion, ctx.now());
      } catch (error) {
        if (error instanceof repo.StaleStandards) throw staleVersion(error.currentVersion);
        throw error;
      }
    }),

  /** Re-evaluates the last closed week for every merchant with the standards in force. */
  reapply: adminProcedure
    .input(noInput)
    .output(reapplyOutput)
    .mutation(({ ctx }) => repo.evaluateWeek(ctx.db, lastClosedWeekStart(ctx.now()), ctx.now(), undefined, ctx.user)),

  keys: operatorProcedure
    .input(noInput)
    .output(apiKeyListOutput)
    .query(({ ctx }) => repo.listKeys(ctx.db, ctx.merchantId)),

  createKey: operatorProcedure
    .input(createKeyInput)
    .output(createKeyOutput)
    .mutation(({ ctx, input }) => repo.createKey(ctx.db, ctx.merchantId, ctx.user, input.name, ctx.now())),

  revokeKey: operatorProcedure
    .input(revokeKeyInput)
    .output(apiKey)
    .mutation(async ({ ctx, input }) => {
      const key = await repo.revokeKey(ctx.db, ctx.merchantId, ctx.user, input.id, ctx.now());
      if (!key) throw notFound();
      return key;
    }),

  /** The operator's merchant's service settings (its time zone). */
  settings: operatorProcedure
    .input(noInput)
    .output(serviceSettings)
    .query(async ({ ctx }) => {
      const settings = await repo.settingsOf(ctx.db, ctx.merchantId);
      if (!settings) throw notFound();
      return settings;
    }),

  /** Sets the operator's own merchant's time zone: an IANA zone with whole-hour offsets that the database knows too. */
  saveSettings: operatorProcedure
    .input(saveServiceSettingsInput)
    .output(serviceSettings)
    .mutation(async ({ ctx, input }) => {
      if (!(await repo.databaseKnowsZone(ctx.db, input.timeZone))) badRequest({ timeZone: ['service.timeZoneUnknown'] });
      const saved = await repo.saveSettings(ctx.db, ctx.merchantId, ctx.user, input.timeZone, ctx.now());
      if (!saved) throw notFound();
      return saved;
    }),

  /** Events from the console's CSV upload: the same rules and the same write as the ingest endpoint. */
  importEvents: operatorProcedure
    .input(eventBatchInput)
    .output(eventBatchOutput)
    .mutation(({ ctx, input }) => {
      const issues = eventBatchIssues(input.events);
      if (issues.length) {
        const errors: Record<string, string[]> = {};
        for (const i of issues) (errors[`events.${i.index}${i.field ? `.${i.field}` : ''}`] ??= []).push(i.key);
        badRequest(errors);
      }
      return repo.ingestEvents(ctx.db, ctx.merchantId, input.events, ctx.now());
    }),
});
