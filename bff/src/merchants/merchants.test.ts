import { MAX_PAGE_SIZE } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, callerFor, createMerchant, createTestDatabase, createUser, fieldErrorsOf, type TestDatabase, trpcError } from '../test/harness';
import { merchants } from './table';

let database: TestDatabase;
let caller: Caller;
const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n));

beforeAll(async () => {
  database = await createTestDatabase();
  const m = (id: string, o: Partial<typeof merchants.$inferInsert>) => createMerchant(database.db, { id, ...o });
  await m('m_a', { name: 'alpine outfitters', vertical: 'apparel', violationPoints: 3, dsrService: 470, createdAt: day(5), serviceTier: 'gold' });
  await m('m_b', { name: 'birch beauty', vertical: 'beauty', violationPoints: 0, dsrService: 495, createdAt: day(1), crossBorder: true, serviceTier: 'silver' });
  await m('m_c', { name: 'cedar 50% off', vertical: 'home', violationPoints: 11, dsrService: 430, createdAt: day(9), serviceTier: 'below' });
  await m('m_d', { name: 'dune 5000 deals', vertical: 'home', violationPoints: 11, dsrService: 455, createdAt: day(3), serviceTier: 'standard' });
  await m('m_e', { name: 'elm_tech', vertical: 'electronics', violationPoints: 1, dsrService: 488, createdAt: day(7), crossBorder: true });
  await m('m_f', { name: 'elmxtech', vertical: 'electronics', violationPoints: 6, dsrService: 461, createdAt: day(2) });
  await m('m_g', { name: 'fig\\grocer', vertical: 'fmcg', violationPoints: 2, dsrService: 477, createdAt: day(4), serviceTier: 'silver' });
  const manager = await createUser(database.db, { role: 'manager', verticals: ['apparel', 'beauty', 'electronics', 'fmcg', 'home'] });
  ({ caller } = await callerFor(database, manager));
});
afterAll(() => database.close());

const ids = async (input: Parameters<Caller['merchants']['list']>[0]) => (await caller.merchants.list(input)).items.map((m) => m.id);

describe('merchants.list', () => {
  it('sorts by name by default and returns merchants as the web shows them', async () => {
    const page = await caller.merchants.list({});
    expect(page.total).toBe(7);
    expect(page.items.map((m) => m.id)).toEqual(['m_a', 'm_b', 'm_c', 'm_d', 'm_e', 'm_f', 'm_g']);
    expect(page.items[1]).toMatchObject({ name: 'birch beauty', vertical: 'beauty', dsrService: 4.95, dsrDescription: 4.8, crossBorder: true, serviceTier: 'silver', createdAt: '2025-01-02T00:00:00.000Z' });
  });

  it('sorts by each sortable column both ways, ties broken by id', async () => {
    expect(await ids({ sort: { field: 'violationPoints', order: 'desc' } })).toEqual(['m_c', 'm_d', 'm_f', 'm_a', 'm_g', 'm_e', 'm_b']);
    expect(await ids({ sort: { field: 'violationPoints', order: 'asc' } })).toEqual(['m_b', 'm_e', 'm_g', 'm_a', 'm_f', 'm_c', 'm_d']);
    expect(await ids({ sort: { field: 'dsrService', order: 'desc' } })).toEqual(['m_b', 'm_e', 'm_g', 'm_a', 'm_f', 'm_d', 'm_c']);
    expect(await ids({ sort: { field: 'createdAt', order: 'asc' } })).toEqual(['m_b', 'm_f', 'm_d', 'm_g', 'm_a', 'm_e', 'm_c']);
    expect(await ids({ sort: { field: 'name', order: 'desc' } })).toEqual(['m_g', 'm_f', 'm_e', 'm_d', 'm_c', 'm_b', 'm_a']);
  });

  it('pages through the sorted list with a stable total', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const res = await caller.merchants.list({ page, pageSize: 3, sort: { field: 'createdAt', order: 'desc' } });
      expect(res.total).toBe(7);
      seen.push(...res.items.map((m) => m.id));
    }
    expect(seen).toEqual(['m_c', 'm_e', 'm_a', 'm_g', 'm_d', 'm_f', 'm_b']);
    expect(await caller.merchants.list({ page: 9, pageSize: 3 })).toEqual({ items: [], total: 7 });
  });

  it('shows every page, those past the middle too, as the slice of the whole sorted list', async () => {
    for (const field of ['name', 'createdAt', 'violationPoints', 'dsrService'] as const) {
      for (const order of ['asc', 'desc'] as const) {
        for (const filters of [{}, { vertical: ['home' as const, 'electronics' as const, 'fmcg' as const] }]) {
          const whole = await ids({ pageSize: 100, sort: { field, order }, filters });
          for (let page = 1; page <= Math.ceil(whole.length / 2); page++) {
            const res = await caller.merchants.list({ page, pageSize: 2, sort: { field, order }, filters });
            expect({ field, order, page, ids: res.items.map((m) => m.id), total: res.total }).toEqual({
              field, order, page, ids: whole.slice((page - 1) * 2, page * 2), total: whole.length,
            });
          }
        }
      }
    }
  });

  it('filters by vertical, cross-border and service tier, combined', async () => {
    expect(await ids({ filters: { vertical: ['home', 'electronics'] } })).toEqual(['m_c', 'm_d', 'm_e', 'm_f']);
    expect(await ids({ filters: { crossBorder: true } })).toEqual(['m_b', 'm_e']);
    expect(await ids({ filters: { crossBorder: false, vertical: ['electronics'] } })).toEqual(['m_f']);
    expect(await ids({ filters: { serviceTier: ['silver', 'below'] } })).toEqual(['m_b', 'm_c', 'm_g']);
    expect((await caller.merchants.list({ filters: { serviceTier: ['silver'], vertical: ['fmcg'] } })).total).toBe(1);
  });

  it('searches names case-insensitively, with % _ and \\ taken literally', async () => {
    expect(await ids({ filters: { q: 'ELM' } })).toEqual(['m_e', 'm_f']);
    expect(await ids({ filters: { q: '  BIRCH ' } })).toEqual(['m_b']);
    expect(await ids({ filters: { q: '50%' } })).toEqual(['m_c']);
    expect(await ids({ filters: { q: '%' } })).toEqual(['m_c']);
    expect(await ids({ filters: { q: 'elm_' } })).toEqual(['m_e']);
    expect(await ids({ filters: { q: '_' } })).toEqual(['m_e']);
    expect(await ids({ filters: { q: 'fig\\g' } })).toEqual(['m_g']);
    expect(await ids({ filters: { q: '\\' } })).toEqual(['m_g']);
    expect(await ids({ filters: { q: 'nothing like it' } })).toEqual([]);
    // An empty search is no search.
    expect((await caller.merchants.list({ filters: { q: '   ' } })).total).toBe(7);
  });

  it(`never returns more than ${MAX_PAGE_SIZE} rows and refuses a bigger page size`, async () => {
    const extra = await createTestDatabase();
    try {
      const rows = Array.from({ length: 130 }, (_, i) => ({
        id: `m_bulk_${String(i).padStart(3, '0')}`,
        name: `bulk ${String(i).padStart(3, '0')}`,
        vertical: 'fmcg' as const,
        dsrDescription: 480,
        dsrService: 480,
        dsrLogistics: 480,
      }));
      await extra.db.insert(merchants).values(rows);
      const manager = await createUser(extra.db, { role: 'manager', verticals: ['fmcg'] });
      const c = (await callerFor(extra, manager)).caller;
      const full = await c.merchants.list({ pageSize: MAX_PAGE_SIZE });
      expect(full.items).toHaveLength(MAX_PAGE_SIZE);
      expect(full.total).toBe(130);
      expect((await c.merchants.list({ page: 2, pageSize: MAX_PAGE_SIZE })).items).toHaveLength(30);
      expect((await c.merchants.list({})).items).toHaveLength(20);
      const tooBig = await trpcError(c.merchants.list({ pageSize: MAX_PAGE_SIZE + 1 }));
      expect(tooBig.code).toBe('BAD_REQUEST');
      expect(fieldErrorsOf(tooBig)).toHaveProperty('pageSize');
    } finally {
      await extra.close();
    }
  });

  it('refuses nonsense paging, sorting and filters with field errors', async () => {
    const bad = [
      { page: 0 },
      { page: 1.5 },
      { pageSize: 0 },
      { sort: { field: 'passwordHash', order: 'asc' } },
      { sort: { field: 'name', order: 'sideways' } },
      { filters: { vertical: ['toys'] } },
      { filters: { ownerId: 'x' } },
      { filters: { q: 'x'.repeat(101) } },
    ];
    for (const input of bad) {
      const error = await trpcError(caller.merchants.list(input as never));
      expect(error.code, JSON.stringify(input)).toBe('BAD_REQUEST');
    }
  });
});

describe('merchants.lookup (admin store picker)', () => {
  let admin: Caller;
  beforeAll(async () => {
    ({ caller: admin } = await callerFor(database, await createUser(database.db, { role: 'admin' })));
  });

  it('finds stores of every vertical by name or by id prefix, names and ids only', async () => {
    expect(await admin.merchants.lookup({ q: 'ELM' })).toEqual([
      { id: 'm_e', name: 'elm_tech', vertical: 'electronics' },
      { id: 'm_f', name: 'elmxtech', vertical: 'electronics' },
    ]);
    expect((await admin.merchants.lookup({ q: 'm_c' })).map((m) => m.id)).toEqual(['m_c']);
    expect((await admin.merchants.lookup({})).map((m) => m.id)).toEqual(['m_a', 'm_b', 'm_c', 'm_d', 'm_e', 'm_f', 'm_g']);
  });

  it('takes % and _ literally and answers at most 20 stores', async () => {
    expect((await admin.merchants.lookup({ q: '50%' })).map((m) => m.id)).toEqual(['m_c']);
    expect((await admin.merchants.lookup({ q: 'elm_' })).map((m) => m.id)).toEqual(['m_e']);
    for (let i = 0; i < 25; i++) await createMerchant(database.db, { id: `m_bulk_${String(i).padStart(2, '0')}`, name: `bulk store ${i}` });
    expect(await admin.merchants.lookup({ q: 'bulk' })).toHaveLength(20);
  });

  it('is for admins only: a manager or an operator is refused', async () => {
    const { caller: op } = await callerFor(database, await createUser(database.db, { role: 'operator', merchantId: 'm_a' }));
    expect(await trpcError(caller.merchants.lookup({ q: 'a' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await trpcError(op.merchants.lookup({ q: 'a' }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
