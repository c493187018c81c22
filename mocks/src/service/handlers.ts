import {
  apiKey,
  apiKeyListOutput,
  createKeyInput,
  createKeyOutput,
  dashboardInput,
  DEFAULT_STANDARDS,
  DEFAULT_TIME_ZONE,
  lastClosedWeekStart,
  trafficReward,
  dashboardOutput,
  eventBatchInput,
  eventBatchOutput,
  noInput,
  rankingInput,
  rankingOutput,
  reapplyOutput,
  revokeKeyInput,
  saveStandardsInput,
  serviceStandards,
  standardsHistoryOutput,
} from '@console/shared';
import { TRPCError } from '@trpc/server';
import { mock } from '../trpc';

/**
 * Placeholder until mock mode runs the real bff router (issue 9): answers of a merchant with no service events
 * yet, so the pages show their empty states; no second implementation of the SQL figures.
 */
const none = { count: 0, total: 0, share: null };
const standards = { ...DEFAULT_STANDARDS, version: 1, createdAt: new Date(0).toISOString(), createdBy: null };
const notFound = (): never => {
  throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
};

export const serviceMocks = {
  dashboard: mock.authed.query(dashboardInput, dashboardOutput, ({ ctx, input }) => {
    const m = ctx.store.data.merchants.find((x) =>
      ctx.user.role === 'operator' ? x.id === ctx.user.merchantId && (!input.merchantId || x.id === input.merchantId) : ctx.user.role === 'manager' && x.id === input.merchantId && ctx.user.verticals.includes(x.vertical),
    );
    if (!m) return notFound();
    const reward = trafficReward(standards, m.serviceTier);
    return {
      merchant: { id: m.id, name: m.name, vertical: m.vertical, timeZone: DEFAULT_TIME_ZONE, serviceTier: m.serviceTier },
      period: input.period,
      figures: { conversations: 0, coverage: none, rate30s: none, firstResponse: { answered: 0, medianSec: null, p90Sec: null }, resolved24h: none, satisfaction: none, disputeRate: none },
      heatmap: Array.from({ length: 168 }, (_, i) => ({ weekday: Math.floor(i / 24) + 1, hour: i % 24, conversations: 0, withinStandard: 0, state: 'noData' as const })),
      trend: [],
      breaches: [],
      standards,
      tier: { current: m.serviceTier, trafficWeight: reward.current, next: reward.next, nextTrafficWeight: reward.nextWeight, improvements: [] },
      evaluations: [],
    };
  }),
  ranking: mock.manager.query(rankingInput, rankingOutput, () => ({ items: [], total: 0 })),
  standards: mock.admin.query(noInput, standardsHistoryOutput, () => [standards]),
  saveStandards: mock.admin.mutation(saveStandardsInput, serviceStandards, ({ input: { expectedVersion, ...content }, ctx }) => ({
    ...content,
    version: expectedVersion + 1,
    createdAt: ctx.now().toISOString(),
    createdBy: ctx.user.displayName,
  })),
  reapply: mock.admin.mutation(noInput, reapplyOutput, ({ ctx }) => ({ weekStart: lastClosedWeekStart(ctx.now()), evaluated: 0, changed: 0 })),
  keys: mock.operator.query(noInput, apiKeyListOutput, () => []),
  createKey: mock.operator.mutation(createKeyInput, createKeyOutput, notFound),
  revokeKey: mock.operator.mutation(revokeKeyInput, apiKey, notFound),
  importEvents: mock.operator.mutation(eventBatchInput, eventBatchOutput, ({ input }) => ({ accepted: input.events.length, replaced: 0 })),
};
