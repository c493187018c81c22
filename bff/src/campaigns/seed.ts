import { count, inArray } from 'drizzle-orm';
import { brandDayEligibility, promotionEligibility, type Standing } from '@console/shared';
import { auditLog } from '../audit/table';
import { users } from '../auth/table';
import { calendarWindows } from '../calendar/table';
import type { Db } from '../db/client';
import { type CampaignWorldVariant, demoCampaigns } from '../demo/campaigns';
import { type MerchantRow, merchants } from '../merchants/table';
import { notifications } from '../notifications/table';
import { applications, applicationVersions } from '../review/table';
import { brandDayColumns, promotionColumns } from './repo';
import { brandDays, promotions } from './table';

/**
 * Brand Day and 618 / Double 11 applications for the merchants and users in the database, in every state, with
 * their history (see `demo/campaigns.ts`, which mock mode's seed replays too). Does nothing when campaign
 * applications exist.
 */
export async function seedCampaigns(db: Db, now: Date = new Date(), variant: CampaignWorldVariant = 'demo'): Promise<number> {
  const [existing] = await db.select({ n: count() }).from(applications).where(inArray(applications.kind, ['brand_day', 'promotion']));
  if ((existing?.n ?? 0) > 0) return 0;
  const cast = {
    merchants: await db.select().from(merchants),
    users: await db
      .select({ id: users.id, role: users.role, displayName: users.displayName, displayNameEn: users.displayNameEn, merchantId: users.merchantId, verticals: users.verticals })
      .from(users)
      .where(inArray(users.role, ['operator', 'manager']))
      .orderBy(users.id),
  };
  const world = demoCampaigns(cast, now, variant);
  const windows = await db.select().from(calendarWindows).where(inArray(calendarWindows.kind, ['mid_year_618', 'double11']));
  if (!world.campaigns.length) return 0;
  await db.transaction(async (tx) => {
    await tx.insert(applications).values(world.campaigns.map(({ content: _c, versions: _v, ...app }) => workflowRow(app)));
    const bds = world.campaigns.flatMap((c) => (c.kind === 'brand_day' ? [c] : []));
    const prs = world.campaigns.flatMap((c) => (c.kind === 'promotion' ? [c] : []));
    // The eligibility as it stood at the latest submission, from the rules in shared (what the reviewer sees).
    const standing = new Map(cast.merchants.map((m) => [m.id, standingOfRow(m)]));
    const deadlines = new Map(windows.filter((w) => w.phase === null).map((w) => [`${w.kind}:${w.year}`, w.submissionDeadline]));
    if (bds.length) {
      await tx.insert(brandDays).values(
        bds.map((c) => ({
          id: c.id,
          merchantId: c.merchantId,
          ...brandDayColumns(c.content),
          approved: c.approved,
          eligibilityAtSubmission: c.submittedAt ? brandDayEligibility(standing.get(c.merchantId)!, { date: c.content.date, now: c.submittedAt, ownApprovedDates: [] }) : null,
        })),
      );
    }
    if (prs.length) {
      await tx.insert(promotions).values(
        prs.map((c) => ({
          id: c.id,
          merchantId: c.merchantId,
          ...promotionColumns(c.content),
          eligibilityAtSubmission: c.submittedAt ? promotionEligibility(standing.get(c.merchantId)!, { deadline: deadlines.get(`${c.content.festival}:${c.content.year}`) ?? null, now: c.submittedAt }) : null,
        })),
      );
    }
    const versions = world.campaigns.flatMap((c) => c.versions.map((v) => ({ ...v, applicationId: c.id })));
    if (versions.length) await tx.insert(applicationVersions).values(versions);
    if (world.audit.length) await tx.insert(auditLog).values(world.audit);
    if (world.notifications.length) await tx.insert(notifications).values(world.notifications);
  });
  return world.campaigns.length;
}

const standingOfRow = (m: MerchantRow): Standing => ({
  dsrDescription: m.dsrDescription / 100,
  dsrService: m.dsrService / 100,
  dsrLogistics: m.dsrLogistics / 100,
  violationPoints: m.violationPoints,
  serviceTier: m.serviceTier,
  crossBorder: m.crossBorder,
});

/** The workflow columns of a demo application (a Brand Day's `approved` lives in its own table). */
function workflowRow<T extends object>(app: T): Omit<T, 'approved'> {
  const { approved: _a, ...rest } = app as T & { approved?: boolean };
  return rest;
}
