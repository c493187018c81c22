import type { AccessPolicy, Role } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, callerFor, createTestDatabase, createUser, seedWorld, type TestDatabase, type TestUser, trpcError, type World } from './test/harness';
import { allProcedures } from './test/procedures';

/** Calls a procedure of a caller by its dotted path, e.g. `merchants.list`. */
function callByPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const segment of path.split('.')) target = (target as Record<string, unknown>)[segment];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

/** Which roles a policy admits. */
const admits: Record<AccessPolicy, readonly Role[] | 'anyone'> = {
  public: 'anyone',
  authenticated: ['operator', 'manager', 'admin'],
  operator: ['operator'],
  manager: ['manager'],
  admin: ['admin'],
};

const PUBLIC = ['auth.login', 'auth.logout', 'auth.me'];

let database: TestDatabase;
let world: World;
let managerWithoutVerticals: TestUser;
let operatorWithoutMerchant: TestUser;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  managerWithoutVerticals = await createUser(database.db, { role: 'manager', verticals: [] });
  operatorWithoutMerchant = await createUser(database.db, { role: 'operator', merchantId: null });
});
afterAll(() => database.close());

const procedures = allProcedures().filter(([, def]) => def.type !== 'subscription');

describe('access, walked over every procedure of the router', () => {
  it('an unsigned caller gets UNAUTHORIZED from everything but sign-in, sign-out and "who am I"', async () => {
    const { caller } = await callerFor(database, null);
    const answers: Record<string, string> = {};
    for (const [path] of procedures) {
      if (PUBLIC.includes(path)) continue;
      // No input at all: the access check must come before input validation, so nothing is learnt unsigned.
      const error = await trpcError(callByPath(caller, path, undefined));
      answers[path] = `${error.code} ${error.message}`;
    }
    const expected = Object.fromEntries(Object.keys(answers).map((p) => [p, 'UNAUTHORIZED errors.unauthorized']));
    expect(answers).toEqual(expected);
    expect(Object.keys(answers).length).toBe(procedures.length - PUBLIC.length);
  });

  it('the public procedures answer an unsigned caller', async () => {
    const { caller } = await callerFor(database, null);
    expect(await caller.auth.me()).toBeNull();
    expect(await caller.auth.logout()).toEqual({ ok: true });
  });

  it('a signed-in user of the wrong role gets FORBIDDEN, before any input is looked at', async () => {
    const users: Record<Role, TestUser> = { operator: world.operators.apparel, manager: world.managers.fashion, admin: world.admin };
    const wrong: string[] = [];
    for (const role of ['operator', 'manager', 'admin'] as const) {
      const { caller } = await callerFor(database, users[role]);
      for (const [path, def] of procedures) {
        const admitted = admits[def.meta!.access as AccessPolicy];
        if (admitted === 'anyone' || admitted.includes(role)) continue;
        const error = await trpcError(callByPath(caller, path, undefined));
        if (error.code !== 'FORBIDDEN' || error.message !== 'errors.forbidden') wrong.push(`${role} → ${path}: ${error.code} ${error.message}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a manager with no verticals and an operator with no merchant are refused their role’s procedures', async () => {
    const wrong: string[] = [];
    for (const [user, policy] of [
      [managerWithoutVerticals, 'manager'],
      [operatorWithoutMerchant, 'operator'],
    ] as const) {
      const { caller } = await callerFor(database, user);
      for (const [path, def] of procedures) {
        if (def.meta!.access !== policy) continue;
        const error = await trpcError(callByPath(caller, path, undefined));
        if (error.code !== 'FORBIDDEN') wrong.push(`${policy} without scope → ${path}: ${error.code}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the role checks are not vacuous: an admitted role gets past them', async () => {
    // With no input, an admitted caller reaches input validation (BAD_REQUEST) or the procedure itself.
    const users: Record<Role, TestUser> = { operator: world.operators.apparel, manager: world.managers.fashion, admin: world.admin };
    const refused: string[] = [];
    for (const [path, def] of procedures) {
      const admitted = admits[def.meta!.access as AccessPolicy];
      if (admitted === 'anyone' || path === 'auth.logout') continue;
      const { caller } = await callerFor(database, users[admitted[0]!]);
      try {
        await callByPath(caller, path, undefined);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN') refused.push(`${path}: ${code}`);
      }
    }
    expect(refused).toEqual([]);
  });
});

describe('merchant tenancy', () => {
  it('an operator sees their own merchant and NOT_FOUND for any other, existing or not', async () => {
    const { caller } = await callerFor(database, world.operators.apparel);
    const own = world.merchants.apparel[0];
    expect((await caller.merchants.mine()).id).toBe(own.id);
    expect((await caller.merchants.byIdForOperator({ id: own.id })).name).toBe(own.name);
    for (const other of [world.merchants.apparel[1], world.merchants.beauty[0]]) {
      const error = await trpcError(caller.merchants.byIdForOperator({ id: other.id }));
      expect([error.code, error.message]).toEqual(['NOT_FOUND', 'errors.notFound']);
    }
    const missing = await trpcError(caller.merchants.byIdForOperator({ id: 'm_nope_99' }));
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('a manager reads merchants of their verticals and gets NOT_FOUND outside them', async () => {
    const { caller } = await callerFor(database, world.managers.fashion);
    expect((await caller.merchants.byId({ id: world.merchants.beauty[1].id })).vertical).toBe('beauty');
    for (const vertical of ['electronics', 'fmcg', 'home'] as const) {
      const error = await trpcError(caller.merchants.byId({ id: world.merchants[vertical][0].id }));
      expect([error.code, error.message]).toEqual(['NOT_FOUND', 'errors.notFound']);
    }
  });

  it('a manager’s list holds only their verticals, whatever they filter by', async () => {
    const { caller } = await callerFor(database, world.managers.fashion);
    const all = await caller.merchants.list({ pageSize: 100 });
    expect(new Set(all.items.map((m) => m.vertical))).toEqual(new Set(['apparel', 'beauty']));
    expect(all.total).toBe(4);

    const foreign = await caller.merchants.list({ filters: { vertical: ['electronics', 'home'] } });
    expect(foreign).toEqual({ items: [], total: 0 });

    const mixed = await caller.merchants.list({ filters: { vertical: ['beauty', 'electronics'] } });
    expect(mixed.items.map((m) => m.vertical)).toEqual(['beauty', 'beauty']);
    expect(mixed.total).toBe(2);

    const searched = await caller.merchants.list({ filters: { q: 'flagship' } });
    expect(searched.items.map((m) => m.vertical).sort()).toEqual(['apparel', 'beauty']);
  });

  it('a role change takes the old scope away at once', async () => {
    const manager = await createUser(database.db, { role: 'manager', verticals: ['home'] });
    const admin = await callerFor(database, world.admin);
    await admin.caller.users.setRole({ userId: manager.id, role: 'manager', verticals: ['fmcg'] });
    // The old session is gone; signing in again gives the new scope only.
    const { caller } = await callerFor(database, manager);
    const list = await caller.merchants.list({});
    expect(new Set(list.items.map((m) => m.vertical))).toEqual(new Set(['fmcg']));
    expect((await trpcError(caller.merchants.byId({ id: world.merchants.home[0].id }))).code).toBe('NOT_FOUND');
  });
});
