import { type LaunchContent, programmeIssues, templateProgramme, type ProgrammeContent } from '@console/shared';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/table';
import { users } from '../auth/table';
import { demoMerchants, demoProgrammes, MERCHANT_WITHOUT_PROGRAMME } from '../demo';
import type { Database } from '../db/client';
import { merchants } from '../merchants/table';
import { notifications } from '../notifications/table';
import { StaleVersionError } from '../review/errors';
import { callerFor, createMerchant, createTestDatabase, createUser, fieldErrorsOf, seedWorld, TestClock, trpcError, type World } from '../test/harness';
import { perksRouter } from './router';
import { perkVersions } from './table';

let database: Database;
let world: World;
// Tuesday 2026-12-01 10:00 in China; "next Monday" is 2026-12-07.
const clock = new TestClock('2026-12-01T02:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
});
afterAll(() => database.close());

const as = async (user: { id: string }, c: TestClock = clock) => (await callerFor(database, user, { clock: c })).caller;
const edit = (c: ProgrammeContent, f: (c: ProgrammeContent) => void) => {
  const copy = structuredClone(c);
  f(copy);
  return copy;
};

/** A merchant of its own (with one operator) per test, so versions do not mix. */
async function freshMerchant(over: Partial<typeof merchants.$inferInsert> = {}) {
  const m = await createMerchant(database.db, { vertical: 'apparel', ...over });
  const op = await createUser(database.db, { role: 'operator', merchantId: m.id });
  const op2 = await createUser(database.db, { role: 'operator', merchantId: m.id });
  return { m, op, op2 };
}

describe('perks: versions', () => {
  it('a merchant without a programme sees none, and the template to start from', async () => {
    const { m, op } = await freshMerchant();
    const p = await (await as(op)).perks.programme();
    expect(p).toMatchObject({ merchant: { id: m.id, serviceTier: 'gold', members: { T1: 10_000, T2: 1_000, T3: 100 } }, active: null, scheduled: [], drafts: [], latestPublished: null });
    expect(p.template).toEqual(templateProgramme());
  });

  it('two drafts, publish one for today, schedule the next for Monday, activate it on Monday; the other draft is stale', async () => {
    const { m, op, op2 } = await freshMerchant();
    const caller = await as(op);
    const first = await caller.perks.createDraft({});
    expect(first).toMatchObject({ number: 1, status: 'draft', basedOn: null, revision: 1, effectiveFrom: null });
    const rival = await (await as(op2)).perks.createDraft({});
    expect(rival).toMatchObject({ number: 2, basedOn: null });

    const published = await caller.perks.publish({ id: first.id, revision: 1, effectiveFrom: '2026-12-01' });
    expect(published).toMatchObject({ number: 1, status: 'active', effectiveFrom: '2026-12-01', publishedAt: '2026-12-01T02:00:00.000Z' });

    // The rival draft was started before version 1 was published: CONFLICT naming the current version.
    const stale = await trpcError((await as(op2)).perks.publish({ id: rival.id, revision: 1, effectiveFrom: '2026-12-07' }));
    expect([stale.code, stale.message]).toEqual(['CONFLICT', 'perks.staleDraft']);
    expect((stale.cause as StaleVersionError).currentVersion).toBe(1);
    expect((await caller.perks.version({ number: 2 })).status).toBe('draft');

    // A new draft from the active version: T2 gets a bigger coupon, published for next Monday.
    const next = await caller.perks.createDraft({});
    expect(next).toMatchObject({ number: 3, basedOn: 1 });
    const saved = await caller.perks.saveDraft({ id: next.id, revision: 1, content: edit(next.content, (c) => (c.tiers.T2.coupon.value = 30_00)) });
    expect(saved.revision).toBe(2);
    const scheduled = await caller.perks.publish({ id: next.id, revision: 2, effectiveFrom: '2026-12-07' });
    expect(scheduled.status).toBe('scheduled');
    let p = await caller.perks.programme();
    expect(p.active?.number).toBe(1);
    expect(p.scheduled.map((v) => [v.number, v.effectiveFrom])).toEqual([[3, '2026-12-07']]);
    expect(p.latestPublished).toBe(3);

    // Sunday 23:59 in China: still version 1. Monday 00:00: version 3, and version 1 is superseded.
    const sunday = new TestClock('2026-12-06T15:59:00Z');
    expect((await (await as(op, sunday)).perks.programme()).active?.number).toBe(1);
    const monday = new TestClock('2026-12-06T16:00:00Z');
    p = await (await as(op, monday)).perks.programme();
    expect(p.active).toMatchObject({ number: 3, status: 'active' });
    expect(p.active?.content.tiers.T2.coupon.value).toBe(30_00);
    expect(p.scheduled).toEqual([]);
    expect((await (await as(op, monday)).perks.version({ number: 1 })).status).toBe('superseded');

    // Every version stays readable, with what changed between any two.
    const later = await as(op, monday);
    const diff = await later.perks.diff({ from: 1, to: 3 });
    expect(diff.fields).toEqual([{ path: 'tiers.T2.coupon.value', before: 20_00, after: 30_00 }]);
    const all = await later.perks.versions({});
    expect(all.items.map((v) => [v.number, v.status])).toEqual([
      [3, 'active'],
      [2, 'draft'],
      [1, 'superseded'],
    ]);

    // The audit trail has the publishes and the activation on Monday.
    const audit = await database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'perk_version'), eq(auditLog.entityId, next.id)));
    expect(audit.map((a) => [a.action, a.fromState, a.toState, a.actorId])).toEqual([
      ['create', null, 'draft', op.id],
      ['edit', 'draft', 'draft', op.id],
      ['publish', 'draft', 'scheduled', op.id],
      ['activate', 'scheduled', 'active', null],
    ]);
    // Both operators of the merchant were told of each publish.
    const told = await database.db.select().from(notifications).where(eq(notifications.key, 'notifications.perks.published'));
    const mine = told.filter((n) => n.userId === op.id || n.userId === op2.id);
    expect(mine.map((n) => [n.params.number, n.params.effectiveFrom]).sort()).toEqual([
      [1, '2026-12-01'],
      [1, '2026-12-01'],
      [3, '2026-12-07'],
      [3, '2026-12-07'],
    ]);
    expect((await database.db.select().from(perkVersions).where(and(eq(perkVersions.merchantId, m.id), eq(perkVersions.status, 'active')))).length).toBe(1);
  });

  it('the publish notification names the operator in both languages; without an English name, the Chinese one in both', async () => {
    const { m, op, op2 } = await freshMerchant();
    await database.db.update(users).set({ displayName: '王运营', displayNameEn: 'Wang Yun' }).where(eq(users.id, op.id));
    await database.db.update(users).set({ displayName: '李运营', displayNameEn: null }).where(eq(users.id, op2.id));
    const a = await (await as(op)).perks.createDraft({});
    await (await as(op)).perks.publish({ id: a.id, revision: 1, effectiveFrom: '2026-12-10' });
    const b = await (await as(op2)).perks.createDraft({});
    await (await as(op2)).perks.publish({ id: b.id, revision: 1, effectiveFrom: '2026-12-11' });
    const mine = (await (await as(op2)).notifications.list({ pageSize: 10 })).items.filter((n) => n.key === 'notifications.perks.published');
    expect(mine.map((n) => [n.params.number, n.params.by, n.params.byEn])).toEqual([
      [b.number, '李运营', '李运营'],
      [a.number, '王运营', 'Wang Yun'],
    ]);
    // The versions list names the publisher in both languages too (the web picks the English one in English).
    const listed = (await (await as(op)).perks.versions({})).items.map((v) => [v.number, v.publishedBy?.name, v.publishedBy?.nameEn]);
    expect(listed).toEqual([
      [b.number, '李运营', null],
      [a.number, '王运营', 'Wang Yun'],
    ]);
    void m;
  });

  it('refuses to publish against the rules, per cell, and leaves the draft a draft', async () => {
    const { op } = await freshMerchant({ serviceTier: 'silver' });
    const caller = await as(op);
    const draft = await caller.perks.createDraft({});
    const bad = edit(draft.content, (c) => {
      c.tiers.T2.threshold = c.tiers.T1.threshold; // equal: refused
      c.tiers.T3.birthdayGift = c.tiers.T2.birthdayGift - 1; // one fen less: refused
      c.tiers.T3.serviceLine = true; // Silver: refused
    });
    // A draft is saved while it breaks the rules (the editor marks the cells), and the save says what publishing would
    // refuse, per cell; only publishing is refused.
    const saved = await caller.perks.saveDraft({ id: draft.id, revision: 1, content: bad });
    expect(saved).toMatchObject({ status: 'draft', revision: 2 });
    expect(saved.issues.map((i) => [i.path, i.key])).toEqual([
      ['tiers.T2.threshold', 'perks.thresholdNotAbove'],
      ['tiers.T3.serviceLine', 'perks.serviceLineNeedsGold'],
      ['tiers.T3.birthdayGift', 'perks.lessThanLowerTier'],
    ]);
    expect((await caller.perks.version({ number: draft.number })).content).toEqual(bad);
    const e = await trpcError(caller.perks.publish({ id: draft.id, revision: saved.revision, effectiveFrom: '2026-11-30' }));
    expect([e.code, e.message]).toEqual(['BAD_REQUEST', 'perks.publishInvalid']);
    expect(fieldErrorsOf(e)).toEqual({
      'tiers.T2.threshold': ['perks.thresholdNotAbove'],
      'tiers.T3.birthdayGift': ['perks.lessThanLowerTier'],
      'tiers.T3.serviceLine': ['perks.serviceLineNeedsGold'],
      effectiveFrom: ['perks.effectiveInPast'],
    });
    expect((await caller.perks.version({ number: draft.number })).status).toBe('draft');
  });

  it('publishes the edge cases that pass: one fen above, equal perks, a service line while Gold', async () => {
    const { op } = await freshMerchant({ serviceTier: 'gold' });
    const caller = await as(op);
    const draft = await caller.perks.createDraft({});
    const ok = edit(draft.content, (c) => {
      c.tiers.T2.threshold = c.tiers.T1.threshold + 1;
      c.tiers.T3.birthdayGift = c.tiers.T2.birthdayGift;
      c.tiers.T3.serviceLine = true;
    });
    const saved = await caller.perks.saveDraft({ id: draft.id, revision: 1, content: ok });
    expect(saved.issues).toEqual([]);
    expect((await caller.perks.publish({ id: draft.id, revision: saved.revision, effectiveFrom: '2026-12-01' })).status).toBe('active');
  });

  it('a stale draft revision is CONFLICT; a published version cannot be edited or deleted', async () => {
    const { op } = await freshMerchant();
    const caller = await as(op);
    const draft = await caller.perks.createDraft({});
    await caller.perks.saveDraft({ id: draft.id, revision: 1, content: draft.content });
    const stale = await trpcError(caller.perks.saveDraft({ id: draft.id, revision: 1, content: draft.content }));
    expect([stale.code, (stale.cause as StaleVersionError).currentVersion]).toEqual(['CONFLICT', 2]);
    const pub = await caller.perks.publish({ id: draft.id, revision: 2, effectiveFrom: '2026-12-02' });
    const e = await trpcError(caller.perks.saveDraft({ id: draft.id, revision: pub.revision, content: draft.content }));
    expect([e.code, e.message]).toEqual(['BAD_REQUEST', 'perks.notDraft']);
    expect((await trpcError(caller.perks.deleteDraft({ id: draft.id, revision: pub.revision }))).message).toBe('perks.notDraft');
  });

  it('an effective date before a version already scheduled is refused', async () => {
    const { op } = await freshMerchant();
    const caller = await as(op);
    const a = await caller.perks.createDraft({});
    await caller.perks.publish({ id: a.id, revision: 1, effectiveFrom: '2026-12-10' });
    const b = await caller.perks.createDraft({});
    expect(b.basedOn).toBe(a.number);
    const e = await trpcError(caller.perks.publish({ id: b.id, revision: 1, effectiveFrom: '2026-12-09' }));
    expect(fieldErrorsOf(e)).toEqual({ effectiveFrom: ['perks.effectiveBeforeLatest'] });
    expect((await caller.perks.publish({ id: b.id, revision: 1, effectiveFrom: '2026-12-10' })).status).toBe('scheduled');
  });

  it('deletes a draft', async () => {
    const { op } = await freshMerchant();
    const caller = await as(op);
    const d = await caller.perks.createDraft({});
    expect(await caller.perks.deleteDraft({ id: d.id, revision: 1 })).toEqual({ id: d.id, deleted: true });
    expect((await trpcError(caller.perks.version({ number: d.number }))).code).toBe('NOT_FOUND');
  });
});

describe('perks: a launch’s member early access is what the active programme offers', () => {
  const launch = (earlyAccess: LaunchContent['earlyAccess']): LaunchContent => ({
    season: 'SS',
    year: 2027,
    title: '2027 春夏 · 花园系列',
    launchDate: '2027-02-10',
    story: '',
    channels: ['online_store'],
    earlyAccess,
    skus: [],
  });

  it('on save: a tier without early access and hours other than the tier’s are refused per field; the offer passes', async () => {
    const { op } = await freshMerchant();
    const caller = await as(op);
    // The programme: T2 12 hours, T3 48 hours, T1 none.
    const d = await caller.perks.createDraft({});
    const content = edit(d.content, (c) => {
      c.tiers.T2.earlyAccessHours = 12;
      c.tiers.T3.earlyAccessHours = 48;
    });
    await caller.perks.saveDraft({ id: d.id, revision: 1, content });
    await caller.perks.publish({ id: d.id, revision: 2, effectiveFrom: '2026-12-01' });

    const tier = await trpcError(caller.launches.create(launch({ tier: 'T1', hours: 12 })));
    expect([tier.code, tier.message]).toEqual(['BAD_REQUEST', 'launches.earlyAccessInvalid']);
    expect(fieldErrorsOf(tier)).toEqual({ 'earlyAccess.tier': ['launches.earlyAccessTierNotOffered'] });
    const hours = await trpcError(caller.launches.create(launch({ tier: 'T3', hours: 49 })));
    expect(fieldErrorsOf(hours)).toEqual({ 'earlyAccess.hours': ['launches.earlyAccessHoursNotOffered'] });

    const saved = await caller.launches.create(launch({ tier: 'T3', hours: 48 }));
    expect(saved.earlyAccess).toEqual({ tier: 'T3', hours: 48 });
    const edited = await trpcError(caller.launches.update({ id: saved.id, version: saved.version, ...launch({ tier: 'T2', hours: 48 }) }));
    expect(fieldErrorsOf(edited)).toEqual({ 'earlyAccess.hours': ['launches.earlyAccessHoursNotOffered'] });
    // Nothing half-written: the launch is as it was.
    expect((await caller.launches.byId({ id: saved.id })).earlyAccess).toEqual({ tier: 'T3', hours: 48 });
    expect((await caller.launches.update({ id: saved.id, version: saved.version, ...launch({ tier: 'T2', hours: 12 }) })).earlyAccess).toEqual({ tier: 'T2', hours: 12 });
    expect((await caller.launches.update({ id: saved.id, version: saved.version + 1, ...launch(null) })).earlyAccess).toBeNull();
  });

  it('on submit: a programme published since the draft was saved refuses the hours it no longer offers', async () => {
    const { op } = await freshMerchant();
    const caller = await as(op);
    const v1 = await caller.perks.createDraft({}); // the template: T3 24 hours
    await caller.perks.publish({ id: v1.id, revision: 1, effectiveFrom: '2026-12-01' });
    const saved = await caller.launches.create(launch({ tier: 'T3', hours: 24 }));
    const v2 = await caller.perks.createDraft({});
    await caller.perks.saveDraft({ id: v2.id, revision: 1, content: edit(v2.content, (c) => (c.tiers.T3.earlyAccessHours = 36)) });
    await caller.perks.publish({ id: v2.id, revision: 2, effectiveFrom: '2026-12-01' });
    const e = await trpcError(caller.launches.submit({ id: saved.id, version: saved.version }));
    expect(e.message).toBe('launches.submitInvalid');
    expect(fieldErrorsOf(e)?.['earlyAccess.hours']).toEqual(['launches.earlyAccessHoursNotOffered']);
  });

  it('another merchant’s programme does not count: a merchant without one may offer any tier', async () => {
    const { op } = await freshMerchant();
    const other = await freshMerchant();
    const c = await as(other.op);
    const d = await c.perks.createDraft({}); // T3 24 hours only
    await c.perks.publish({ id: d.id, revision: 1, effectiveFrom: '2026-12-01' });
    expect((await (await as(op)).launches.create(launch({ tier: 'T1', hours: 100 }))).earlyAccess).toEqual({ tier: 'T1', hours: 100 });
    expect(fieldErrorsOf(await trpcError(c.launches.create(launch({ tier: 'T1', hours: 100 }))))).toEqual({ 'earlyAccess.tier': ['launches.earlyAccessTierNotOffered'] });
  });
});

describe('perks: tenancy and roles', () => {
  let own: Awaited<ReturnType<typeof freshMerchant>>;
  let draftId: string;
  beforeAll(async () => {
    own = await freshMerchant({ vertical: 'beauty', name: '美妆会员权益测试店' }); // a name no other test merchant contains: the managers' list is searched by it
    const caller = await as(own.op);
    const v1 = await caller.perks.createDraft({});
    await caller.perks.publish({ id: v1.id, revision: 1, effectiveFrom: '2026-12-01' });
    draftId = (await caller.perks.createDraft({})).id;
  });

  /**
   * Every perks procedure, called with inputs that are valid for the beauty merchant's programme (its version 1
   * published, version 2 a draft), by each caller who may not see or change it, and what they get. A procedure added
   * to the router without a row here fails the first test.
   */
  type Caller = Awaited<ReturnType<typeof as>>;
  const calls = (m: () => string, id: () => string): Record<string, (c: Caller) => Promise<unknown>> => ({
    programme: (c) => c.perks.programme({ merchantId: m() }),
    versions: (c) => c.perks.versions({ filters: { merchantId: m() } }),
    version: (c) => c.perks.version({ merchantId: m(), number: 1 }),
    diff: (c) => c.perks.diff({ merchantId: m(), from: 1, to: 2 }),
    merchants: (c) => c.perks.merchants({ filters: { q: own.m.name } }),
    // The foreign caller's own merchant has no version 1: the beauty merchant's is not theirs to copy.
    createDraft: (c) => c.perks.createDraft({ from: 1 }),
    saveDraft: (c) => c.perks.saveDraft({ id: id(), revision: 1, content: templateProgramme() }),
    deleteDraft: (c) => c.perks.deleteDraft({ id: id(), revision: 1 }),
    publish: (c) => c.perks.publish({ id: id(), revision: 1, effectiveFrom: '2026-12-05' }),
  });
  const table = calls(
    () => own.m.id,
    () => draftId,
  );

  /** What each procedure answers this caller: the error code, or what it lists when it answers. */
  async function answers(caller: Caller) {
    const out: Record<string, string> = {};
    // One call at a time: a call made before the previous one is awaited rejects unhandled meanwhile.
    for (const [name, call] of Object.entries(table)) {
      try {
        const r = await call(caller);
        out[name] = name === 'merchants' ? `lists ${(r as { items: { merchantId: string }[] }).items.map((i) => i.merchantId).join(',') || 'nothing'}` : 'answers';
      } catch (error) {
        out[name] = (error as { code?: string }).code ?? String(error);
      }
    }
    return out;
  }

  it('names every procedure of the perks router', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(perksRouter._def.procedures).sort());
  });

  it('signed out: UNAUTHORIZED from every procedure', async () => {
    const { caller } = await callerFor(database, null, { clock });
    expect(await answers(caller)).toEqual(Object.fromEntries(Object.keys(table).map((k) => [k, 'UNAUTHORIZED'])));
  });

  it('another merchant’s operator finds nothing: reads, diff and writes are NOT_FOUND, the managers’ list FORBIDDEN', async () => {
    const other = await freshMerchant({ vertical: 'beauty' });
    const caller = await as(other.op);
    expect(await answers(caller)).toEqual({
      programme: 'NOT_FOUND',
      versions: 'NOT_FOUND',
      version: 'NOT_FOUND',
      diff: 'NOT_FOUND',
      merchants: 'FORBIDDEN',
      createDraft: 'NOT_FOUND',
      saveDraft: 'NOT_FOUND',
      deleteDraft: 'NOT_FOUND',
      publish: 'NOT_FOUND',
    });
    // Their own programme is their own: nothing of the other beauty merchant's, and its draft is untouched.
    expect((await caller.perks.programme()).merchant.id).toBe(other.m.id);
    expect((await (await as(own.op)).perks.version({ number: 2 })).revision).toBe(1);
  });

  it('a manager outside the vertical finds nothing and writes nothing', async () => {
    expect(await answers(await as(world.managers.tech))).toEqual({
      programme: 'NOT_FOUND',
      versions: 'NOT_FOUND',
      version: 'NOT_FOUND',
      diff: 'NOT_FOUND',
      merchants: 'lists nothing',
      createDraft: 'FORBIDDEN',
      saveDraft: 'FORBIDDEN',
      deleteDraft: 'FORBIDDEN',
      publish: 'FORBIDDEN',
    });
  });

  it('the manager of the vertical reads what is published and writes nothing', async () => {
    expect(await answers(await as(world.managers.fashion))).toEqual({
      programme: 'answers',
      versions: 'answers',
      version: 'answers',
      diff: 'NOT_FOUND', // version 2 is a draft
      merchants: `lists ${own.m.id}`,
      createDraft: 'FORBIDDEN',
      saveDraft: 'FORBIDDEN',
      deleteDraft: 'FORBIDDEN',
      publish: 'FORBIDDEN',
    });
  });

  it('an admin reads and writes no programme', async () => {
    expect(await answers(await as(world.admin))).toEqual(Object.fromEntries(Object.keys(table).map((k) => [k, 'FORBIDDEN'])));
  });

  it('a manager of the vertical reads published versions only, never drafts, and writes nothing', async () => {
    const mgr = await as(world.managers.fashion);
    const p = await mgr.perks.programme({ merchantId: own.m.id });
    expect(p.active?.number).toBe(1);
    expect(p.drafts).toEqual([]);
    expect((await mgr.perks.versions({ filters: { merchantId: own.m.id } })).items.map((v) => v.number)).toEqual([1]);
    expect((await trpcError(mgr.perks.version({ merchantId: own.m.id, number: 2 }))).code).toBe('NOT_FOUND');
    expect((await trpcError(mgr.perks.diff({ merchantId: own.m.id, from: 1, to: 2 }))).code).toBe('NOT_FOUND');
    expect((await trpcError(mgr.perks.programme())).code).toBe('BAD_REQUEST');
    expect((await trpcError(mgr.perks.createDraft({}))).code).toBe('FORBIDDEN');
    expect((await trpcError(mgr.perks.publish({ id: draftId, revision: 1, effectiveFrom: '2026-12-05' }))).code).toBe('FORBIDDEN');
    const list = await mgr.perks.merchants({ filters: { q: own.m.name } });
    expect(list.items).toEqual([expect.objectContaining({ merchantId: own.m.id, activeNumber: 1, activeSince: '2026-12-01', publishedCount: 1 })]);
  });

  it('a manager of another vertical finds nothing, and lists only their verticals', async () => {
    const mgr = await as(world.managers.tech);
    expect((await trpcError(mgr.perks.programme({ merchantId: own.m.id }))).code).toBe('NOT_FOUND');
    expect((await trpcError(mgr.perks.versions({ filters: { merchantId: own.m.id } }))).code).toBe('NOT_FOUND');
    expect((await trpcError(mgr.perks.version({ merchantId: own.m.id, number: 1 }))).code).toBe('NOT_FOUND');
    expect((await trpcError(mgr.perks.diff({ merchantId: own.m.id, from: 1, to: 1 }))).code).toBe('NOT_FOUND');
    const list = await mgr.perks.merchants({ pageSize: 100 });
    expect(list.items.every((i) => ['electronics', 'fmcg', 'home'].includes(i.vertical))).toBe(true);
    expect((await mgr.perks.merchants({ filters: { vertical: ['beauty'] } })).items).toEqual([]);
  });
});

describe('perks: the demo world', () => {
  it('gives every demo merchant a programme that keeps the rules, except the one without', () => {
        const ms = demoMerchants();
    const versions = demoProgrammes({ merchants: ms, operators: [] }, new Date('2026-12-01T02:00:00Z'));
    expect(new Set(versions.map((v) => v.merchantId)).size).toBe(ms.length - 1);
    expect(versions.some((v) => v.merchantId === MERCHANT_WITHOUT_PROGRAMME)).toBe(false);
    for (const v of versions) {
      const tier = ms.find((m) => m.id === v.merchantId)!.serviceTier;
      expect(programmeIssues(v.content, { serviceTier: tier }), `${v.id}`).toEqual([]);
    }
  });
});
