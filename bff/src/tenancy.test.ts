/**
 * A tenancy walk over every read of the router, on the demo world (bff/src/db/seed.ts): each query an operator
 * or a manager may call without arguments is called, and everything it answers is searched for another
 * merchant's data. A domain that adds a list is covered the day it is added, and the more the seed holds,
 * the more this walk sees.
 */
import { VERTICALS, type Vertical } from '@console/shared';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './auth/table';
import { seedDemo } from './db/seed';
import { merchants } from './merchants/table';
import { type Caller, callerFor, createTestDatabase, type TestDatabase } from './test/harness';
import { allProcedures } from './test/procedures';

let database: TestDatabase;
let verticalOf: Map<string, Vertical>;
let userIds: Map<string, string>;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
  verticalOf = new Map((await database.db.select({ id: merchants.id, vertical: merchants.vertical }).from(merchants)).map((m) => [m.id, m.vertical]));
  userIds = new Map((await database.db.select({ id: users.id, username: users.username }).from(users)).map((u) => [u.username, u.id]));
});
afterAll(() => database.close());

function callByPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const segment of path.split('.')) target = (target as Record<string, unknown>)[segment];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

/** Calls a query with no input, then with `{}`; null when it needs more than that. */
async function callBare(caller: Caller, path: string): Promise<{ output: unknown } | null> {
  for (const input of [undefined, {}]) {
    try {
      return { output: await callByPath(caller, path, input) };
    } catch (error) {
      if (error instanceof TRPCError && error.code === 'BAD_REQUEST') continue;
      throw new Error(`${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return null;
}

/** Every `merchantId` and `vertical` anywhere in a value, with where it was found. */
function scopeMarks(value: unknown, at = '$', out: { at: string; key: 'merchantId' | 'vertical'; value: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => scopeMarks(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'merchantId' || key === 'vertical') && typeof v === 'string') out.push({ at: `${at}.${key}`, key, value: v });
      else scopeMarks(v, `${at}.${key}`, out);
    }
  }
  return out;
}

async function walk(username: string, policies: string[], allowed: (mark: { key: string; value: string }) => boolean) {
  const { caller } = await callerFor(database, { id: userIds.get(username)! });
  const exercised: string[] = [];
  const leaks: string[] = [];
  for (const [path, def] of allProcedures()) {
    if (def.type !== 'query' || !policies.includes(String(def.meta?.access))) continue;
    const result = await callBare(caller, path);
    if (!result) continue;
    exercised.push(path);
    for (const mark of scopeMarks(result.output)) if (!allowed(mark)) leaks.push(`${path} ${mark.at} = ${mark.value}`);
  }
  return { exercised, leaks };
}

describe('tenancy walk over every query on the demo world', () => {
  it('an operator’s reads never carry another merchant', async () => {
    const own = 'm_apparel_01';
    const { exercised, leaks } = await walk('op.apparel', ['operator', 'authenticated'], (m) => (m.key === 'merchantId' ? m.value === own : m.value === 'apparel'));
    expect(exercised).toContain('merchants.mine');
    expect(leaks).toEqual([]);
  });

  it('a manager’s reads never carry a merchant or a vertical outside theirs', async () => {
    const scope: Vertical[] = ['apparel', 'beauty'];
    const { exercised, leaks } = await walk('mgr.fashion', ['manager', 'authenticated'], (m) =>
      m.key === 'merchantId' ? scope.includes(verticalOf.get(m.value)!) : !(VERTICALS as readonly string[]).includes(m.value) || scope.includes(m.value as Vertical),
    );
    expect(exercised).toContain('merchants.list');
    expect(leaks).toEqual([]);
  });

  it('the walk would see a leak: the admin’s unscoped user list carries every merchant', async () => {
    const { leaks } = await walk('admin', ['admin'], (m) => m.key !== 'merchantId' || m.value === 'm_apparel_01');
    expect(leaks.length).toBeGreaterThan(0);
  });
});
