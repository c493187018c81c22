import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/table';
import { users } from '../auth/table';
import { callerFor, createTestDatabase, createUser, fieldErrorsOf, seedWorld, type TestDatabase, trpcError, type World } from '../test/harness';

let database: TestDatabase;
let world: World;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
});
afterAll(() => database.close());

const auditOf = (userId: string) =>
  database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, userId)))
    .orderBy(asc(auditLog.id));

describe('users.setRole', () => {
  it('turns an operator into a manager, writes the audit row and ends the user’s sessions', async () => {
    const target = await createUser(database.db, { role: 'operator', merchantId: world.merchants.home[0].id });
    const targetSession = await callerFor(database, target);
    const { caller, clock } = await callerFor(database, world.admin, { clock: targetSession.clock });
    clock.advanceMinutes(5);

    const after = await caller.users.setRole({ userId: target.id, role: 'manager', verticals: ['home', 'fmcg', 'home'] });
    expect(after).toMatchObject({ id: target.id, role: 'manager', merchantId: null, merchantName: null, verticals: ['home', 'fmcg'] });

    const [row] = await database.db.select().from(users).where(eq(users.id, target.id));
    expect(row).toMatchObject({ role: 'manager', merchantId: null, verticals: ['home', 'fmcg'] });
    expect(row!.updatedAt.toISOString()).toBe(clock.now().toISOString());

    const audit = await auditOf(target.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'setRole',
      fromState: 'operator',
      toState: 'manager',
      actorId: world.admin.id,
      actorRole: 'admin',
      before: expect.objectContaining({ role: 'operator', merchantId: world.merchants.home[0].id }),
      after: expect.objectContaining({ role: 'manager', verticals: ['home', 'fmcg'] }),
    });
    expect(audit[0]!.at.toISOString()).toBe(clock.now().toISOString());

    expect(await targetSession.caller.auth.me()).toBeNull();
  });

  it('makes a manager an operator of an existing merchant, and an admin of nothing', async () => {
    const target = await createUser(database.db, { role: 'manager', verticals: ['beauty'] });
    const { caller } = await callerFor(database, world.admin);
    const op = await caller.users.setRole({ userId: target.id, role: 'operator', merchantId: world.merchants.beauty[1].id });
    expect(op).toMatchObject({ role: 'operator', merchantId: world.merchants.beauty[1].id, merchantName: world.merchants.beauty[1].name, verticals: [] });
    const admin = await caller.users.setRole({ userId: target.id, role: 'admin' });
    expect(admin).toMatchObject({ role: 'admin', merchantId: null, verticals: [] });
    expect((await auditOf(target.id)).map((a) => `${a.fromState}→${a.toState}`)).toEqual(['manager→operator', 'operator→admin']);
  });

  it('an unknown merchant is a field error and changes nothing', async () => {
    const target = await createUser(database.db, { role: 'manager', verticals: ['beauty'] });
    const { caller } = await callerFor(database, world.admin);
    const error = await trpcError(caller.users.setRole({ userId: target.id, role: 'operator', merchantId: 'm_missing_01' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(error)).toEqual({ merchantId: ['users.unknownMerchant'] });
    const [row] = await database.db.select().from(users).where(eq(users.id, target.id));
    expect(row).toMatchObject({ role: 'manager', verticals: ['beauty'] });
    expect(await auditOf(target.id)).toEqual([]);
  });

  it('an admin cannot demote themself', async () => {
    const admin = await createUser(database.db, { role: 'admin' });
    const { caller } = await callerFor(database, admin);
    const error = await trpcError(caller.users.setRole({ userId: admin.id, role: 'manager', verticals: ['apparel'] }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(error)).toEqual({ role: ['users.cannotDemoteSelf'] });
    expect((await caller.auth.me())?.role).toBe('admin');
    expect(await auditOf(admin.id)).toEqual([]);
  });

  it('an unknown user is NOT_FOUND; a manager without verticals is a validation error', async () => {
    const { caller } = await callerFor(database, world.admin);
    expect((await trpcError(caller.users.setRole({ userId: 'u_nobody', role: 'admin' }))).code).toBe('NOT_FOUND');
    const invalid = await trpcError(caller.users.setRole({ userId: world.operators.home.id, role: 'manager', verticals: [] }));
    expect(invalid.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(invalid)).toHaveProperty('verticals');
  });
});

describe('users.list', () => {
  it('pages, sorts, filters by role and searches name and display name', async () => {
    const { caller } = await callerFor(database, world.admin);
    const everyone = await caller.users.list({ pageSize: 100 });
    expect(everyone.total).toBe(everyone.items.length);
    expect(everyone.total).toBeGreaterThanOrEqual(9);
    const page2 = await caller.users.list({ page: 2, pageSize: 3 });
    expect(page2.items.map((u) => u.id)).toEqual(everyone.items.slice(3, 6).map((u) => u.id));
    expect(page2.total).toBe(everyone.total);

    for (const name of ['sortcheck.beta', 'sortcheck.alpha', 'sortcheck.gamma']) await createUser(database.db, { role: 'admin', username: name });
    const sorted = await caller.users.list({ filters: { q: 'sortcheck' } });
    expect(sorted.items.map((u) => u.username)).toEqual(['sortcheck.alpha', 'sortcheck.beta', 'sortcheck.gamma']);
    const reversed = await caller.users.list({ filters: { q: 'sortcheck' }, sort: { field: 'username', order: 'desc' } });
    expect(reversed.items.map((u) => u.username)).toEqual(['sortcheck.gamma', 'sortcheck.beta', 'sortcheck.alpha']);


    const managers = await caller.users.list({ filters: { role: ['manager'] }, pageSize: 100 });
    expect(managers.items.length).toBeGreaterThanOrEqual(3);
    expect(managers.items.every((u) => u.role === 'manager')).toBe(true);

    const operator = world.operators.fmcg;
    const found = await caller.users.list({ filters: { q: operator.username.toUpperCase() } });
    expect(found.items.map((u) => u.id)).toEqual([operator.id]);
    expect(found.items[0]).toMatchObject({ merchantId: world.merchants.fmcg[0].id, merchantName: world.merchants.fmcg[0].name });
    expect(found.items[0]).not.toHaveProperty('passwordHash');

    const byDisplay = await createUser(database.db, { role: 'manager', verticals: ['home'], displayName: '周_小二 100%' });
    expect((await caller.users.list({ filters: { q: '_小二 100%' } })).items.map((u) => u.id)).toEqual([byDisplay.id]);
    expect((await caller.users.list({ filters: { q: '周x小二' } })).total).toBe(0);

    const newestFirst = await caller.users.list({ sort: { field: 'createdAt', order: 'desc' }, pageSize: 100 });
    const times = newestFirst.items.map((u) => u.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});
