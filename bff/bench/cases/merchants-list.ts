import type { BenchContext, BenchRow } from '../lib';
import { measure } from '../lib';

/** merchants.list as a category manager of all five verticals uses it: through the caller, session and schemas included. */
export default async function merchantsList(ctx: BenchContext): Promise<BenchRow[]> {
  const { caller } = await ctx.callerFor(ctx.world.users.managerAll);
  const n = ctx.iterations;
  const list = async (input: Parameters<typeof caller.merchants.list>[0]) => (await caller.merchants.list(input)).items.length;
  const lastPage = Math.max(1, Math.floor(ctx.world.merchantCount / 20));
  return [
    await measure('merchants.list', 'default (name asc, 20)', n, () => list({})),
    await measure('merchants.list', 'vertical=beauty, violations desc', n, () => list({ filters: { vertical: ['beauty'] }, sort: { field: 'violationPoints', order: 'desc' } })),
    await measure('merchants.list', 'cross-border + gold/silver, DSR desc', n, () =>
      list({ filters: { crossBorder: true, serviceTier: ['gold', 'silver'] }, sort: { field: 'dsrService', order: 'desc' } }),
    ),
    await measure('merchants.list', 'search q="旗舰" (common)', n, () => list({ filters: { q: '旗舰' } })),
    await measure('merchants.list', 'search q="茶语茗茶旗舰" (rare)', n, () => list({ filters: { q: '茶语茗茶旗舰' } })),
    await measure('merchants.list', `deep page ${lastPage} (createdAt desc)`, n, () => list({ page: lastPage, sort: { field: 'createdAt', order: 'desc' } })),
    await measure('merchants.list', 'search, no match', n, () => list({ filters: { q: 'no such shop' } })),
    await measure('merchants.list', 'page size 100, name asc', n, () => list({ pageSize: 100 })),
  ];
}
