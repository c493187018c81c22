import { addDays, COST_PERKS, diffProgrammeContent, estimateMonthlyCost, platformDate, type ProgrammeContent, templateProgramme } from '@console/shared';
import { eq } from 'drizzle-orm';
import { merchants } from '../../src/merchants/table';
import { perkVersions } from '../../src/perks/table';
import type { BenchContext, BenchRow } from '../lib';
import { measure } from '../lib';

const VERSIONS = 200;

/** Version i of a programme that grows a little more generous each time (and changes its store groups now and then). */
function contentOf(i: number): ProgrammeContent {
  const c = templateProgramme();
  c.tiers.T2.coupon.value = 20_00 + i * 10;
  c.tiers.T3.coupon.value = 50_00 + i * 10;
  c.tiers.T3.birthdayGift = 100_00 + (i % 7) * 100;
  c.tiers.T3.earlyAccessHours = 24 + (i % 5);
  c.offline.storeGroups = Array.from({ length: 1 + (i % 4) }, (_, g) => `门店分组 ${g + (i % 3)}`);
  c.assumptions.couponRedemptionBp = 2500 + (i % 10) * 10;
  return c;
}

/** The bench operator's merchant gets 200 published versions (one active), then the cost and the diff are timed. */
export default async function perks(ctx: BenchContext): Promise<BenchRow[]> {
  const db = ctx.database.db;
  const { caller } = await ctx.callerFor(ctx.world.users.operator);
  const mine = await caller.merchants.mine();
  const today = platformDate(new Date());
  await db.delete(perkVersions).where(eq(perkVersions.merchantId, mine.id));
  const rows = Array.from({ length: VERSIONS }, (_, k) => {
    const number = k + 1;
    const effectiveFrom = addDays(today, number - VERSIONS);
    return {
      id: `pv_bench_${number}`,
      merchantId: mine.id,
      number,
      status: number === VERSIONS ? ('active' as const) : ('superseded' as const),
      basedOn: number === 1 ? null : number - 1,
      effectiveFrom,
      content: contentOf(number),
      revision: 2,
      publishedAt: new Date(`${effectiveFrom}T02:00:00Z`),
    };
  });
  await db.insert(perkVersions).values(rows);
  const [m] = await db.select().from(merchants).where(eq(merchants.id, mine.id));
  const members = { T1: m!.membersT1, T2: m!.membersT2, T3: m!.membersT3 };
  const n = ctx.iterations;
  const first = contentOf(1);
  const last = contentOf(VERSIONS);
  return [
    await measure('perks (shared)', `monthly cost estimate, 3 tiers × ${COST_PERKS.length} perks`, n, async () => (estimateMonthlyCost(last, members).total > 0 ? 3 * COST_PERKS.length : 0)),
    await measure('perks (shared)', 'diff of two versions', n, async () => diffProgrammeContent(first, last).fields.length),
    await measure('perks.programme', `active + drafts, ${VERSIONS} versions`, n, async () => ((await caller.perks.programme()).active ? 1 : 0)),
    await measure('perks.versions', `page 1 of ${VERSIONS}`, n, async () => (await caller.perks.versions({})).items.length),
    await measure('perks.version', `version 1 of ${VERSIONS}`, n, async () => ((await caller.perks.version({ number: 1 })).number ? 1 : 0)),
    await measure('perks.diff', `version 1 → ${VERSIONS}`, n, async () => (await caller.perks.diff({ from: 1, to: VERSIONS })).fields.length),
    await measure('perks.diff', `version ${VERSIONS - 1} → ${VERSIONS}`, n, async () => (await caller.perks.diff({ from: VERSIONS - 1, to: VERSIONS })).fields.length),
  ];
}
