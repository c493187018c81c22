import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, mockServer, resetMocks, signInAs, startMocks, useScenario } from './node';

/** Through MSW in Node, as a component test sees mock mode: the bff's router on PGlite, tRPC's wire format, batching included. */
const origin = 'http://console.test';

beforeAll(async () => {
  mockServer.listen({ onUnhandledRequest: 'error' });
  await startMocks();
});
afterEach(() => resetMocks());
afterAll(() => mockServer.close());

type Envelope = { result?: { data: unknown }; error?: { message: string; code: number; data: { code: string; fieldErrors: Record<string, string[]> | null } } };

async function batchGet(paths: string[], inputs: unknown[]) {
  const input = Object.fromEntries(inputs.map((value, i) => [i, value]));
  const res = await fetch(`${origin}/trpc/${paths.join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`);
  return { status: res.status, body: (await res.json()) as Envelope[] };
}

async function batchPost(paths: string[], inputs: unknown[]) {
  const input = Object.fromEntries(inputs.map((value, i) => [i, value]));
  const res = await fetch(`${origin}/trpc/${paths.join(',')}?batch=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as Envelope[] };
}

describe('mocks over fetch', () => {
  it('keeps the input of every request of a batch', async () => {
    signInAs('mgr.fashion');
    const { body } = await batchGet(
      ['merchants.byId', 'merchants.list', 'merchants.byId', 'auth.me'],
      [{ id: 'm_beauty_02' }, { filters: { q: '美妆' }, pageSize: 5 }, { id: 'm_apparel_04' }, undefined],
    );
    expect(body[0]!.result!.data).toMatchObject({ id: 'm_beauty_02', name: '素颜护肤官方店' });
    expect(body[1]!.result!.data).toEqual({ items: [expect.objectContaining({ id: 'm_beauty_01', name: '花间美妆旗舰店' })], total: 1 });
    expect(body[2]!.result!.data).toMatchObject({ id: 'm_apparel_04', name: '简行男装' });
    expect(body[3]!.result!.data).toMatchObject({ username: 'mgr.fashion', verticals: ['apparel', 'beauty'] });
  });

  it('signs in with a batched mutation and answers the next request as that user', async () => {
    const login = await batchPost(['auth.login'], [{ username: 'op.electronics', password: 'demo1234' }]);
    expect(login.status).toBe(200);
    expect(login.body[0]!.result!.data).toMatchObject({ username: 'op.electronics', merchantId: 'm_electronics_01', merchantName: '极光数码旗舰店' });
    const mine = await batchGet(['merchants.mine'], [undefined]);
    expect(mine.body[0]!.result!.data).toMatchObject({ id: 'm_electronics_01' });
  });

  it('answers a plain (unbatched) request too, on any origin and prefix', async () => {
    signInAs('op.home');
    const res = await fetch('https://elsewhere.example/api/trpc/merchants.mine');
    expect(await res.json()).toMatchObject({ result: { data: { id: 'm_home_01', vertical: 'home' } } });
  });

  it('answers each request of a batch on its own: one fails, the others succeed', async () => {
    signInAs('op.apparel');
    const { status, body } = await batchGet(['merchants.byIdForOperator', 'merchants.byIdForOperator'], [{ id: 'm_apparel_01' }, { id: 'm_beauty_01' }]);
    expect(status).toBe(207);
    expect(body[0]!.result!.data).toMatchObject({ id: 'm_apparel_01' });
    expect(body[1]!.error).toMatchObject({ message: 'errors.notFound', data: { code: 'NOT_FOUND' } });
  });

  it('sends validation errors as errors.validation with the fields', async () => {
    signInAs('admin');
    const { status, body } = await batchPost(['users.setRole'], [{ userId: 'u_op_home', role: 'manager', verticals: [] }]);
    expect(status).toBe(400);
    expect(body[0]!.error).toMatchObject({ message: 'errors.validation', data: { code: 'BAD_REQUEST', fieldErrors: { verticals: [expect.any(String)] } } });
  });

  it('keeps changes in the database until resetMocks(), which also signs out', async () => {
    signInAs('admin');
    await batchPost(['users.setRole'], [{ userId: 'u_op_home', role: 'operator', merchantId: 'm_home_03' }]);
    const opHome = async () => (await (await callerAs('admin')).users.list({ filters: { q: 'op.home' } })).items[0];
    expect(await opHome()).toMatchObject({ merchantId: 'm_home_03' });
    await resetMocks();
    expect(await opHome()).toMatchObject({ merchantId: 'm_home_01' });
    const me = await batchGet(['auth.me'], [undefined]);
    expect(me.body[0]!.result!.data).toBeNull();
  });
});

describe('scenarios', () => {
  it('empty: a world of the demo users and their stores only: nothing to review, no launches, no calendar', async () => {
    useScenario('empty');
    signInAs('mgr.tech');
    const { body } = await batchGet(['review.queue', 'merchants.list', 'calendar.list'], [{}, {}, {}]);
    expect(body[0]!.result!.data).toEqual({ items: [], total: 0 });
    expect((body[1]!.result!.data as { items: { id: string }[] }).items.map((m) => m.id).sort()).toEqual(['m_electronics_01', 'm_fmcg_01', 'm_home_01']);
    expect(body[2]!.result!.data).toEqual({ items: [], total: 0 });
  });

  it('ineligible: the signed-in operator’s store fails Brand Day eligibility (a seed variant, no handler code)', async () => {
    useScenario('ineligible');
    signInAs('op.beauty');
    const { body } = await batchGet(['campaigns.brandDayEligibility', 'campaigns.promotionEligibility'], [{ date: null }, { festival: 'double11', year: 2027 }]);
    const bd = body[0]!.result!.data as { eligible: boolean; criteria: { criterion: string; pass: boolean }[] };
    expect(bd.eligible).toBe(false);
    expect(bd.criteria.filter((c) => !c.pass).map((c) => c.criterion)).toEqual(expect.arrayContaining(['dsrService', 'violationPoints']));
    expect(body[1]!.result!.data).toMatchObject({ eligible: true });
  });

  it('booked: the Brand Days around the first bookable one are all taken', async () => {
    useScenario('booked');
    signInAs('op.apparel');
    const first = await batchGet(['campaigns.availability'], [{ from: '2000-01-01', to: '2000-01-01' }]);
    const { earliest } = first.body[0]!.result!.data as { earliest: string };
    const to = new Date(Date.parse(`${earliest}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const { body } = await batchGet(['campaigns.availability'], [{ from: earliest, to }]);
    const days = (body[0]!.result!.data as { days: { status: string }[] }).days;
    expect(days).toHaveLength(31);
    expect(new Set(days.map((d) => d.status))).toEqual(new Set(['taken']));
  });

  it('error: every procedure but auth fails with INTERNAL_SERVER_ERROR', async () => {
    useScenario('error');
    const { body } = await batchPost(['auth.login'], [{ username: 'admin', password: 'demo1234' }]);
    expect(body[0]!.result!.data).toMatchObject({ username: 'admin' });
    const list = await batchGet(['users.list', 'auth.me'], [{}, undefined]);
    expect(list.status).toBe(207);
    expect(list.body[0]!.error).toMatchObject({ message: 'errors.internal', data: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(list.body[1]!.result!.data).toMatchObject({ username: 'admin' });
  });

  it('slow: answers after 2 seconds', async () => {
    signInAs('op.fmcg');
    useScenario('slow');
    const started = Date.now();
    const { body } = await batchGet(['merchants.mine'], [undefined]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_950);
    expect(body[0]!.result!.data).toMatchObject({ id: 'm_fmcg_01' });
  });
});
