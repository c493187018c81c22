import type { LaunchContent, Sku } from '@console/shared';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCalendar } from '../calendar/seed';
import type { Database } from '../db/client';
import { callerFor, createTestDatabase, fieldErrorsOf, seedWorld, TestClock, trpcError, type World } from '../test/harness';
import { auditLog } from './table';

let database: Database;
let world: World;
// Tuesday 2026-12-01 10:00 in China: the SS 2027 window is open.
const clock = new TestClock('2026-12-01T02:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  await seedCalendar(database.db);
});
afterAll(() => database.close());

const as = async (user: { id: string }) => (await callerFor(database, user, { clock })).caller;
const sku = (i: number): Sku => ({ code: `SS27-AU-${i}`, name: `审计 ${i}`, listPrice: 129900, launchPrice: 109900, stock: 50, imageUrl: '' });
const content = (over: Partial<LaunchContent> = {}): LaunchContent => ({
  season: 'SS',
  year: 2027,
  title: '2027 春夏 · 审计',
  launchDate: '2027-02-10',
  story: '故事',
  channels: ['online_store'],
  earlyAccess: null,
  skus: Array.from({ length: 5 }, (_, i) => sku(i)),
  ...over,
});

describe('every change leaves who, when, before and after', () => {
  it('a launch edit keeps the fields it changed, before and after, and a transition the version it left', async () => {
    const op = await as(world.operators.apparel);
    const draft = await op.launches.create(content());
    await op.launches.update({ id: draft.id, version: 1, ...content({ title: '改过的标题' }) });
    const submitted = await op.launches.submit({ id: draft.id, version: 2 });
    const trail = await op.audit.trail({ entityType: 'application', entityId: draft.id });
    expect(trail.map((e) => e.action)).toEqual(['create', 'edit', 'submit']);
    const edit = trail[1]!;
    expect(edit.actor).toMatchObject({ id: world.operators.apparel.id, role: 'operator' });
    expect(edit.at).toBe(clock.now().toISOString());
    // Only what changed: the title, not the five SKUs that stayed the same.
    expect(edit.before).toEqual({ version: 1, title: '2027 春夏 · 审计' });
    expect(edit.after).toEqual({ version: 2, title: '改过的标题' });
    expect(trail[2]).toMatchObject({ fromState: 'draft', toState: 'submitted', before: { version: 2 }, after: { version: submitted.version } });
  });

  it('a perks draft edit keeps the perk it changed, before and after', async () => {
    const op = await as(world.operators.beauty);
    const draft = await op.perks.createDraft({});
    const changed = structuredClone(draft.content);
    changed.tiers.T2.coupon.value = draft.content.tiers.T2.coupon.value + 500;
    await op.perks.saveDraft({ id: draft.id, revision: 1, content: changed });
    const trail = await op.audit.trail({ entityType: 'perk_version', entityId: draft.id });
    expect(trail.map((e) => e.action)).toEqual(['create', 'edit']);
    expect((trail[1]!.before as { tiers: typeof changed.tiers }).tiers.T2.coupon.value).toBe(draft.content.tiers.T2.coupon.value);
    expect((trail[1]!.after as { tiers: typeof changed.tiers }).tiers.T2.coupon.value).toBe(draft.content.tiers.T2.coupon.value + 500);
    expect(trail[1]!.before).toMatchObject({ revision: 1 });
    expect(trail[1]!.after).toMatchObject({ revision: 2 });
  });
});

describe('a record’s own trail, for whoever may see the record', () => {
  let submittedId: string;
  let draftId: string;
  beforeAll(async () => {
    const op = await as(world.operators.apparel);
    const a = await op.launches.create(content({ title: '可见的' }));
    submittedId = (await op.launches.submit({ id: a.id, version: 1 })).id;
    draftId = (await op.launches.create(content({ title: '草稿' }))).id;
  });

  it('the operator of the merchant, a manager of its vertical and an admin read it', async () => {
    for (const user of [world.operators.apparel, world.managers.fashion, world.admin]) {
      const trail = await (await as(user)).audit.trail({ entityType: 'application', entityId: submittedId });
      expect(trail.map((e) => e.action)).toEqual(['create', 'submit']);
    }
  });

  it('another merchant’s operator and a manager of other verticals are told it does not exist', async () => {
    for (const user of [world.operators.beauty, world.managers.tech]) {
      const error = await trpcError((await as(user)).audit.trail({ entityType: 'application', entityId: submittedId }));
      expect(error.code).toBe('NOT_FOUND');
    }
  });

  it('a draft is the merchant’s own: its vertical’s manager does not see its trail either', async () => {
    expect((await trpcError((await as(world.managers.fashion)).audit.trail({ entityType: 'application', entityId: draftId }))).code).toBe('NOT_FOUND');
    expect(await (await as(world.operators.apparel)).audit.trail({ entityType: 'application', entityId: draftId })).toHaveLength(1);
  });

  it('a merchant’s tier changes: its operator and its managers, nobody else’s', async () => {
    const m = world.merchants.apparel[0].id;
    await database.db.insert(auditLog).values({ entityType: 'merchant', entityId: m, action: 'service_tier', fromState: 'gold', toState: 'silver', at: clock.now() });
    expect(await (await as(world.operators.apparel)).audit.trail({ entityType: 'merchant', entityId: m })).toHaveLength(1);
    expect(await (await as(world.managers.fashion)).audit.trail({ entityType: 'merchant', entityId: m })).toHaveLength(1);
    expect((await trpcError((await as(world.operators.home)).audit.trail({ entityType: 'merchant', entityId: m }))).code).toBe('NOT_FOUND');
    expect((await trpcError((await as(world.managers.tech)).audit.trail({ entityType: 'merchant', entityId: m }))).code).toBe('NOT_FOUND');
  });

  it('admin-only records (calendar windows, users) are not found for operators and managers', async () => {
    for (const user of [world.operators.apparel, world.managers.all]) {
      const caller = await as(user);
      expect((await trpcError(caller.audit.trail({ entityType: 'calendar_window', entityId: 'cw_ss_launch_2027' }))).code).toBe('NOT_FOUND');
      expect((await trpcError(caller.audit.trail({ entityType: 'user', entityId: world.admin.id }))).code).toBe('NOT_FOUND');
    }
  });
});

describe('admin search', () => {
  // Rows of their own, in a stretch of time nothing else writes to: 2020.
  const base = Date.parse('2020-01-01T00:00:00Z');
  beforeAll(async () => {
    const rows = Array.from({ length: 130 }, (_, i) => ({
      entityType: i % 2 ? 'calendar_window' : 'user',
      entityId: `rec_${i % 5}`,
      action: i % 3 ? 'update' : 'create',
      actorId: i % 4 ? world.admin.id : null,
      actorRole: i % 4 ? 'admin' : null,
      // Pairs of rows share a moment (microseconds included): paging must break the tie by id.
      at: new Date(base + Math.floor(i / 2) * 60_000),
      after: { i },
    }));
    await database.db.insert(auditLog).values(rows);
  });
  const in2020 = { from: '2020-01-01T00:00:00Z', to: '2021-01-01T00:00:00Z' };

  it('pages newest first through every row exactly once, however rows tie on time', async () => {
    const admin = await as(world.admin);
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await admin.audit.search({ filters: in2020, pageSize: 50, cursor });
      seen.push(...page.items.map((e) => (e.after as { i: number }).i));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 130 }, (_, i) => 129 - i));
  });

  it('filters by actor (and "system"), record, action and time range', async () => {
    const admin = await as(world.admin);
    const ids = async (filters: object) => (await admin.audit.search({ filters: { ...in2020, ...filters }, pageSize: 100 })).items.map((e) => (e.after as { i: number }).i);
    expect(await ids({ actorId: 'system' })).toEqual(Array.from({ length: 130 }, (_, i) => 129 - i).filter((i) => i % 4 === 0));
    expect((await ids({ actorId: world.admin.id })).every((i) => i % 4 !== 0)).toBe(true);
    expect(await ids({ entityType: 'user', entityId: 'rec_0' })).toEqual(Array.from({ length: 130 }, (_, i) => 129 - i).filter((i) => i % 2 === 0 && i % 5 === 0));
    expect((await ids({ action: 'create' })).every((i) => i % 3 === 0)).toBe(true);
    // The range includes its start and excludes its end: minute 10 holds rows 20 and 21, minute 12 rows 24 and 25.
    expect(await ids({ from: '2020-01-01T00:10:00Z', to: '2020-01-01T00:12:00Z' })).toEqual([23, 22, 21, 20]);
  });

  it('says which filter is wrong: a record id without its type, a range that ends before it starts, a forged cursor', async () => {
    const admin = await as(world.admin);
    const noType = await trpcError(admin.audit.search({ filters: { entityId: 'rec_1' } }));
    expect(fieldErrorsOf(noType)).toEqual({ 'filters.entityType': ['audit.entityTypeRequired'] });
    const reversed = await trpcError(admin.audit.search({ filters: { from: '2020-02-01T00:00:00Z', to: '2020-01-01T00:00:00Z' } }));
    expect(fieldErrorsOf(reversed)).toEqual({ 'filters.to': ['audit.rangeReversed'] });
    expect((await trpcError(admin.audit.search({ cursor: "x'; drop table audit_log;--|1" }))).code).toBe('BAD_REQUEST');
  });

  it('is for admins only: an operator and a manager are refused', async () => {
    for (const user of [world.operators.apparel, world.managers.all]) {
      expect((await trpcError((await as(user)).audit.search({}))).code).toBe('FORBIDDEN');
      expect((await trpcError((await as(user)).audit.export({}))).code).toBe('FORBIDDEN');
    }
  });
});

describe('CSV export', () => {
  it('exports the search with every cell guarded against spreadsheet formulas', async () => {
    const op = await as(world.operators.fmcg);
    const launch = await op.launches.create(content({ title: '=HYPERLINK("http://evil.example","点我")' }));
    const admin = await as(world.admin);
    const out = await admin.audit.export({ filters: { entityType: 'application', entityId: launch.id }, locale: 'en' });
    expect(out).toMatchObject({ rows: 1, truncated: false });
    expect(out.csv.startsWith('\uFEFF')).toBe(true);
    await op.launches.update({ id: launch.id, version: 1, ...content({ title: '+SUM(1,2)' }) });
    const again = await admin.audit.export({ filters: { entityType: 'application', entityId: launch.id }, locale: 'en' });
    const parsed = Papa.parse<string[]>(again.csv.slice(1).trim()).data;
    expect(parsed[0]).toEqual(['Time (UTC)', 'Actor', 'Actor username', 'Role', 'Record type', 'Record id', 'Action', 'From', 'To', 'Reason', 'Before', 'After']);
    const edit = parsed[1]!;
    expect(edit[6]).toBe('edit');
    expect(edit[2]).toBe(world.operators.fmcg.username);
    // The JSON cells of before and after start with "{", so they need no guard; the title is inside them.
    expect(edit[10]!.startsWith('{')).toBe(true);
    expect(JSON.parse(edit[10]!)).toEqual({ version: 1, title: '=HYPERLINK("http://evil.example","点我")' });
  });

  it('a reason that starts with "=" leaves as text', async () => {
    const op = await as(world.operators.home);
    const a = await op.launches.create(content({ title: '撤回' }));
    await op.launches.submit({ id: a.id, version: 1 });
    await op.launches.withdraw({ id: a.id, version: 2, reason: '=1+1' });
    const out = await (await as(world.admin)).audit.export({ filters: { entityType: 'application', entityId: a.id, action: 'withdraw' } });
    const row = Papa.parse<string[]>(out.csv.slice(1).trim()).data[1]!;
    expect(row[9]).toBe("'=1+1");
    expect(row[1]).toBe(world.operators.home.displayName);
  });
});
