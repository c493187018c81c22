import type { LaunchContent, Sku } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCalendar } from '../calendar/seed';
import type { Database } from '../db/client';
import { StaleVersionError } from '../review/errors';
import { callerFor, createTestDatabase, fieldErrorsOf, seedWorld, TestClock, trpcError, type World } from '../test/harness';

let database: Database;
let world: World;
// Tuesday 2026-12-01 10:00 in China: the SS 2027 window (2027-02-01..04-30, deadline 2027-01-20) is open.
const clock = new TestClock('2026-12-01T02:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  await seedCalendar(database.db);
});
afterAll(() => database.close());

const as = async (user: { id: string }) => (await callerFor(database, user, { clock })).caller;
const sku = (i: number, over: Partial<Sku> = {}): Sku => ({
  code: `SS27-DR-${String(i).padStart(3, '0')}`,
  name: `真丝连衣裙 ${i}`,
  listPrice: 129900,
  launchPrice: 109900,
  stock: 50,
  imageUrl: `https://img.example.com/dr-${i}.jpg`,
  ...over,
});
const content = (over: Partial<LaunchContent> = {}): LaunchContent => ({
  season: 'SS',
  year: 2027,
  title: '2027 春夏 · 花园系列',
  launchDate: '2027-02-10',
  story: '以江南园林为灵感的春夏系列',
  channels: ['online_store', 'app_push'],
  earlyAccess: { tier: 'T2', hours: 24 },
  skus: Array.from({ length: 5 }, (_, i) => sku(i)),
  ...over,
});

describe('launches: operator drafts', () => {
  it('creates an incomplete draft, lists it and reads it back', async () => {
    const op = await as(world.operators.apparel);
    const draft = await op.launches.create({ ...content(), title: '', launchDate: null, skus: [sku(1, { listPrice: null })] });
    expect(draft).toMatchObject({ state: 'draft', version: 1, merchantId: world.merchants.apparel[0].id, submissionCount: 0 });
    expect(draft.allowedActions).toEqual(['submit', 'edit', 'delete']);
    const list = await op.launches.list({ filters: { state: ['draft'] } });
    expect(list.items.map((l) => l.id)).toContain(draft.id);
    expect(list.items.find((l) => l.id === draft.id)?.skuCount).toBe(1);
    expect((await op.launches.byId({ id: draft.id })).skus).toEqual([sku(1, { listPrice: null })]);
  });

  it('saves an edit only against the version it was based on', async () => {
    const op = await as(world.operators.apparel);
    const draft = await op.launches.create(content());
    const saved = await op.launches.update({ id: draft.id, version: 1, ...content({ title: '改过的标题' }) });
    expect(saved).toMatchObject({ version: 2, title: '改过的标题' });
    const stale = await trpcError(op.launches.update({ id: draft.id, version: 1, ...content({ title: '旧版本覆盖' }) }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toBe('errors.staleVersion');
    expect((stale.cause as StaleVersionError).currentVersion).toBe(2);
    expect((await op.launches.byId({ id: draft.id })).title).toBe('改过的标题');
  });

  it('deletes drafts only', async () => {
    const op = await as(world.operators.apparel);
    const draft = await op.launches.create(content());
    expect(await op.launches.delete({ id: draft.id, version: 1 })).toEqual({ id: draft.id, deleted: true });
    expect((await trpcError(op.launches.byId({ id: draft.id }))).code).toBe('NOT_FOUND');
    const other = await op.launches.create(content());
    const submitted = await op.launches.submit({ id: other.id, version: 1 });
    const e = await trpcError(op.launches.delete({ id: other.id, version: submitted.version }));
    expect([e.code, e.message]).toEqual(['BAD_REQUEST', 'launches.onlyDraftsDeleted']);
  });

  it('filters, searches and pages the list', async () => {
    const op = await as(world.operators.home);
    for (let i = 0; i < 3; i++) await op.launches.create(content({ title: `家居 春夏 ${i}` }));
    await op.launches.create(content({ season: 'AW', year: 2027, title: '家居 秋冬' }));
    const ss = await op.launches.list({ filters: { season: 'SS', year: 2027 }, pageSize: 2, sort: { field: 'title', order: 'asc' } });
    expect(ss.total).toBe(3);
    expect(ss.items.map((l) => l.title)).toEqual(['家居 春夏 0', '家居 春夏 1']);
    expect((await op.launches.list({ filters: { q: '秋冬' } })).items.map((l) => l.title)).toEqual(['家居 秋冬']);
    expect((await op.launches.list({ filters: { q: '%' } })).total).toBe(0);
  });
});

describe('launches: submit rules run in the bff', () => {
  it('refuses an invalid launch with per-field errors, and leaves it a draft', async () => {
    const op = await as(world.operators.beauty);
    const bad = content({
      launchDate: '2026-12-07', // 6 days after submission, and before the window
      skus: [sku(0), sku(1), sku(2), sku(3, { launchPrice: 139900 }), sku(1, { stock: 0 })],
    });
    const draft = await op.launches.create(bad);
    const e = await trpcError(op.launches.submit({ id: draft.id, version: 1 }));
    expect([e.code, e.message]).toEqual(['BAD_REQUEST', 'launches.submitInvalid']);
    expect(fieldErrorsOf(e)).toEqual({
      launchDate: ['launches.launchDateOutsideWindow', 'launches.launchDateTooSoon'],
      'skus.3.launchPrice': ['launches.launchPriceAboveList'],
      'skus.4.stock': ['launches.stockMin'],
      'skus.4.code': ['launches.skuCodeDuplicate'],
    });
    expect((await op.launches.byId({ id: draft.id })).state).toBe('draft');
  });

  it('accepts the first day 7 days out and 500 SKUs; refuses 4 SKUs', async () => {
    const op = await as(world.operators.beauty);
    const few = await op.launches.create(content({ skus: Array.from({ length: 4 }, (_, i) => sku(i)) }));
    const many = await op.launches.create(content({ launchDate: '2027-02-01', skus: Array.from({ length: 500 }, (_, i) => sku(i)) }));
    // Seven weeks later (a session of its own: the clock jump ends the earlier one), 2027-02-01 is 13 days out.
    const op2 = (await callerFor(database, world.operators.beauty, { clock: new TestClock('2027-01-19T02:00:00Z') })).caller;
    expect(fieldErrorsOf(await trpcError(op2.launches.submit({ id: few.id, version: 1 })))).toEqual({ skus: ['launches.skusTooFew'] });
    const submitted = await op2.launches.submit({ id: many.id, version: 1 });
    expect(submitted).toMatchObject({ state: 'submitted', submissionCount: 1, version: 2 });
    expect(submitted.submittedAt).toBe('2027-01-19T02:00:00.000Z');
  });

  it('refuses a submission after the season deadline', async () => {
    const late = (await callerFor(database, world.operators.beauty, { clock: new TestClock('2027-01-20T16:00:00Z') })).caller;
    const draft = await late.launches.create(content({ launchDate: '2027-03-01' }));
    expect(fieldErrorsOf(await trpcError(late.launches.submit({ id: draft.id, version: 1 })))).toEqual({ season: ['launches.pastDeadline'] });
  });

  it('does not edit a submitted launch, and lets the operator withdraw it until decided', async () => {
    const op = await as(world.operators.fmcg);
    const draft = await op.launches.create(content());
    const sub = await op.launches.submit({ id: draft.id, version: 1 });
    expect(sub.allowedActions).toEqual(['withdraw']);
    const e = await trpcError(op.launches.update({ id: draft.id, version: sub.version, ...content() }));
    expect([e.code, e.message]).toEqual(['BAD_REQUEST', 'launches.notEditable']);
    const w = await op.launches.withdraw({ id: draft.id, version: sub.version, reason: '产品线调整' });
    expect(w.state).toBe('withdrawn');
    const again = await trpcError(op.launches.withdraw({ id: draft.id, version: w.version }));
    expect([again.code, again.message]).toEqual(['BAD_REQUEST', 'review.transitionNotAllowed']);
    const resubmit = await trpcError(op.launches.resubmit({ id: draft.id, version: w.version }));
    expect(resubmit.message).toBe('review.transitionNotAllowed');
  });
});

describe('launches: tenancy, every procedure both ways', () => {
  it("answers NOT_FOUND to another merchant's operator and another vertical's manager", async () => {
    const owner = await as(world.operators.electronics);
    const draft = await owner.launches.create(content());
    const intruder = await as(world.operators.apparel);
    const calls = [
      () => intruder.launches.byId({ id: draft.id }),
      () => intruder.launches.update({ id: draft.id, version: 1, ...content() }),
      () => intruder.launches.delete({ id: draft.id, version: 1 }),
      () => intruder.launches.submit({ id: draft.id, version: 1 }),
      () => intruder.launches.resubmit({ id: draft.id, version: 1 }),
      () => intruder.launches.withdraw({ id: draft.id, version: 1 }),
    ];
    for (const call of calls) expect((await trpcError(call())).code).toBe('NOT_FOUND');
    expect((await intruder.launches.list({})).items.map((l) => l.id)).not.toContain(draft.id);

    const sub = await owner.launches.submit({ id: draft.id, version: 1 });
    const foreignManager = await as(world.managers.fashion);
    expect((await trpcError(foreignManager.launches.byId({ id: draft.id }))).code).toBe('NOT_FOUND');
    const admin = await as(world.admin);
    expect((await trpcError(admin.launches.byId({ id: draft.id }))).code).toBe('NOT_FOUND');

    const manager = await as(world.managers.tech);
    const seen = await manager.launches.byId({ id: draft.id });
    expect(seen).toMatchObject({ id: draft.id, state: 'submitted', version: sub.version });
    expect(seen.allowedActions).toEqual(['claim']);
    // Managers never write launches.
    expect((await trpcError(manager.launches.update({ id: draft.id, version: sub.version, ...content() }))).code).toBe('FORBIDDEN');
    expect((await trpcError(manager.launches.list({}))).code).toBe('FORBIDDEN');
  });

  it('keeps drafts from managers of the vertical', async () => {
    const op = await as(world.operators.electronics);
    const draft = await op.launches.create(content());
    expect((await trpcError((await as(world.managers.tech)).launches.byId({ id: draft.id }))).code).toBe('NOT_FOUND');
  });
});
