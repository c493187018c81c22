import { appRouter } from '@console/bff/router';
import { describe, expect, it } from 'vitest';
import { MockStore } from './store';
import { callPath, mockCaller } from './testing';

/** Who may see what in mock mode: the bff's tenancy and role rules, on the fixtures. */
async function failure(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    const e = error as { code: string; message: string; cause?: { fieldErrors?: unknown } };
    return { code: e.code, message: e.message, fieldErrors: e.cause?.fieldErrors ?? null };
  }
  throw new Error('expected the call to fail');
}

describe('operators', () => {
  it('see their own merchant and nobody else’s', async () => {
    const { caller } = mockCaller('op.beauty');
    expect(await caller.merchants.mine()).toMatchObject({ id: 'm_beauty_01', name: '花间美妆旗舰店', vertical: 'beauty' });
    expect(await caller.merchants.byIdForOperator({ id: 'm_beauty_01' })).toMatchObject({ id: 'm_beauty_01' });
    expect(await failure(caller.merchants.byIdForOperator({ id: 'm_beauty_02' }))).toMatchObject({ code: 'NOT_FOUND', message: 'errors.notFound' });
    expect(await failure(caller.merchants.byIdForOperator({ id: 'm_apparel_01' }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('may not use the managers’ and the admin’s procedures', async () => {
    const { caller } = mockCaller('op.apparel');
    expect(await failure(caller.merchants.list({}))).toMatchObject({ code: 'FORBIDDEN', message: 'errors.forbidden' });
    expect(await failure(caller.merchants.byId({ id: 'm_apparel_01' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failure(caller.users.list({}))).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('managers', () => {
  it('list the merchants of their verticals only', async () => {
    const { caller } = mockCaller('mgr.fashion');
    const all = await caller.merchants.list({ pageSize: 100 });
    expect(all.total).toBe(10);
    expect(new Set(all.items.map((m) => m.vertical))).toEqual(new Set(['apparel', 'beauty']));
    // Asking for another vertical narrows to nothing rather than widening the scope.
    expect(await caller.merchants.list({ filters: { vertical: ['electronics'] } })).toEqual({ items: [], total: 0 });
    expect(await failure(caller.merchants.byId({ id: 'm_electronics_01' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await caller.merchants.byId({ id: 'm_beauty_04' })).toMatchObject({ name: '青黛彩妆' });
  });

  it('page, sort and search', async () => {
    const { caller } = mockCaller('mgr.tech');
    const page = await caller.merchants.list({ page: 2, pageSize: 4, sort: { field: 'name', order: 'asc' } });
    expect(page.total).toBe(15);
    expect(page.items).toHaveLength(4);
    const names = (await caller.merchants.list({ pageSize: 100, sort: { field: 'name', order: 'asc' } })).items.map((m) => m.name);
    expect(page.items.map((m) => m.name)).toEqual(names.slice(4, 8));
    expect((await caller.merchants.list({ filters: { q: '旗舰店' } })).items.map((m) => m.id).sort()).toEqual([
      'm_electronics_01',
      'm_fmcg_02',
      'm_home_01',
    ]);
    const byPoints = (await caller.merchants.list({ pageSize: 100, sort: { field: 'violationPoints', order: 'desc' } })).items;
    expect(byPoints.map((m) => m.violationPoints)).toEqual([...byPoints.map((m) => m.violationPoints)].sort((a, b) => b - a));
  });
});

describe('nobody signed in', () => {
  it('gets UNAUTHORIZED from everything but sign-in and me', async () => {
    const { caller } = mockCaller(null);
    expect(await caller.auth.me()).toBeNull();
    for (const call of [caller.merchants.mine(), caller.merchants.list({}), caller.merchants.byId({ id: 'm_home_01' }), caller.users.list({})]) {
      expect(await failure(call)).toMatchObject({ code: 'UNAUTHORIZED', message: 'errors.unauthorized' });
    }
  });

  it('is checked before the input is', async () => {
    const { caller } = mockCaller(null);
    expect(await failure(caller.users.setRole({ userId: '', role: 'admin' }))).toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('sign-in', () => {
  it('signs in with demo1234, any case of the name, and out again', async () => {
    const { caller, store } = mockCaller(null);
    expect(await caller.auth.login({ username: ' MGR.Tech ', password: 'demo1234' })).toMatchObject({ id: 'u_mgr_tech', role: 'manager' });
    expect(await caller.auth.me()).toMatchObject({ username: 'mgr.tech' });
    expect(await caller.auth.logout()).toEqual({ ok: true });
    expect(await caller.auth.me()).toBeNull();
    expect(store.data.sessionUserId).toBeNull();
  });

  it('refuses wrong passwords and unknown users alike, and locks the account after 5 failures', async () => {
    const { caller } = mockCaller(null);
    expect(await failure(caller.auth.login({ username: 'nobody', password: 'demo1234' }))).toMatchObject({ code: 'UNAUTHORIZED', message: 'auth.invalidCredentials' });
    for (let i = 0; i < 5; i++) {
      expect(await failure(caller.auth.login({ username: 'op.home', password: `guess${i}` }))).toMatchObject({ message: 'auth.invalidCredentials' });
    }
    expect(await failure(caller.auth.login({ username: 'op.home', password: 'demo1234' }))).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: 'auth.tooManyAttempts' });
    // Another account is not locked.
    expect(await caller.auth.login({ username: 'op.fmcg', password: 'demo1234' })).toMatchObject({ username: 'op.fmcg' });
  });

  it('unlocks once the failures are older than 15 minutes', async () => {
    const store = new MockStore();
    let now = new Date('2026-11-23T10:00:00Z');
    store.now = () => now;
    const { caller } = mockCaller(null, store);
    for (let i = 0; i < 5; i++) await failure(caller.auth.login({ username: 'admin', password: 'nope' }));
    expect(await failure(caller.auth.login({ username: 'admin', password: 'demo1234' }))).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    now = new Date('2026-11-23T10:15:01Z');
    expect(await caller.auth.login({ username: 'admin', password: 'demo1234' })).toMatchObject({ username: 'admin' });
    expect(store.data.loginFailures).toEqual({});
  });
});

describe('admin', () => {
  it('changes roles, and the change is listed, audited and kept', async () => {
    const { caller, store } = mockCaller('admin');
    const after = await caller.users.setRole({ userId: 'u_op_fmcg', role: 'manager', verticals: ['fmcg', 'fmcg', 'home'] });
    expect(after).toMatchObject({ id: 'u_op_fmcg', role: 'manager', verticals: ['fmcg', 'home'], merchantId: null, merchantName: null });
    const managers = await caller.users.list({ filters: { role: ['manager'] } });
    expect(managers.items.map((u) => u.username)).toEqual(['mgr.fashion', 'mgr.tech', 'op.fmcg']);
    expect(store.data.audit.filter((e) => e.entityType === 'user')).toEqual([
      expect.objectContaining({ entityType: 'user', entityId: 'u_op_fmcg', action: 'setRole', fromState: 'operator', toState: 'manager', actorId: 'u_admin' }),
    ]);
    // The promoted user now sees their verticals.
    store.signIn('op.fmcg');
    expect((await caller.merchants.list({})).total).toBe(10);
  });

  it('cannot demote themself, nor make an operator of a merchant that does not exist', async () => {
    const { caller } = mockCaller('admin');
    expect(await failure(caller.users.setRole({ userId: 'u_admin', role: 'operator', merchantId: 'm_home_01' }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'errors.validation',
      fieldErrors: { role: ['users.cannotDemoteSelf'] },
    });
    expect(await failure(caller.users.setRole({ userId: 'u_mgr_tech', role: 'operator', merchantId: 'm_home_99' }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'errors.validation',
      fieldErrors: { merchantId: ['users.unknownMerchant'] },
    });
    expect(await failure(caller.users.setRole({ userId: 'u_ghost', role: 'admin' }))).toMatchObject({ code: 'NOT_FOUND', message: 'errors.notFound' });
  });
});

describe('tenancy walk over every query of the router', () => {
  // Every query a role can call with an empty input is called on the fixtures; its answer may name no
  // merchant outside the caller's scope. New domains are walked as soon as the bff has them.
  const queries = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: { safeParse(v: unknown): { success: boolean } }[] } }>)
    .filter(([, p]) => p._def.type === 'query')
    .flatMap(([path, p]) => {
      const input = [undefined, {}, { pageSize: 100 }].findLast((i) => p._def.inputs[0]!.safeParse(i).success);
      return p._def.inputs[0]!.safeParse(input).success ? [[path, input] as const] : [];
    });
  const MERCHANT_ID = /m_(apparel|beauty|electronics|fmcg|home)_\d\d/g;

  it.each(['op.apparel', 'op.beauty', 'op.electronics', 'op.fmcg', 'op.home', 'mgr.fashion', 'mgr.tech'])('as %s', async (username) => {
    const { caller, store } = mockCaller(username);
    const me = store.sessionUser()!;
    let called = 0;
    for (const [path, input] of queries) {
      let answer: unknown;
      try {
        answer = await callPath(caller, path, input);
      } catch {
        continue; // not this role's, or it needs an input
      }
      called++;
      const named = new Set(JSON.stringify(answer).match(MERCHANT_ID) ?? []);
      for (const id of named) {
        if (me.role === 'operator') expect(id, `${path} shows ${id} to ${username}`).toBe(me.merchantId);
        else expect(me.verticals.some((v) => id.startsWith(`m_${v}_`)), `${path} shows ${id} to ${username}`).toBe(true);
      }
    }
    expect(called).toBeGreaterThan(2);
  });
});
