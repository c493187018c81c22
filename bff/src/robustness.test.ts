/**
 * "Nothing a user types can cause a 500": every procedure of the router, called by every role with hostile
 * inputs built from its own input schema (NUL bytes, wildcards, quotes, emoji, longest strings, largest
 * numbers) and with plain junk, must answer with a 4xx-class tRPC error or a result, never INTERNAL_SERVER_ERROR.
 */
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from './auth/table';
import { seedDemo } from './db/seed';
import { noInput } from '@console/shared';
import { z } from 'zod';
import { type Caller, callerFor, createTestDatabase, fieldErrorsOf, httpApp, seedWorld, type TestDatabase, trpcError, trpcErrorOf } from './test/harness';
import { createCallerFactory, publicProcedure, router } from './trpc';
import { allProcedures } from './test/procedures';
import { sampleFor } from './test/samples';

let database: TestDatabase;
let callers: [string, Caller][];
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
  const ids = new Map((await database.db.select({ id: users.id, username: users.username }).from(users)).map((u) => [u.username, u.id]));
  callers = [];
  for (const username of ['op.apparel', 'mgr.fashion', 'admin']) callers.push([username, (await callerFor(database, { id: ids.get(username)! })).caller]);
  callers.push(['unsigned', (await callerFor(database, null)).caller]);
});
afterAll(() => database.close());

function callByPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const segment of path.split('.')) target = (target as Record<string, unknown>)[segment];
  return (target as (input: unknown) => Promise<unknown>)(input);
}

const JUNK: unknown[] = [null, [], 'x', 42, { id: null }, { page: -1, pageSize: 1e9 }];
const VARIANTS = 6;

describe('no 500s', () => {
  it('every procedure, every role, hostile and junk inputs: never INTERNAL_SERVER_ERROR', async () => {
    const failures: string[] = [];
    let calls = 0;
    // Reads first, then writes, so a write's hostile data is also read back by the next run of the reads.
    const procedures = allProcedures().sort(([, a], [, b]) => (a.type === b.type ? 0 : a.type === 'query' ? -1 : 1));
    for (const [path, def] of procedures) {
      if (path === 'auth.logout' || path === 'auth.login') continue; // would end the walk's own sessions / lock the accounts
      const schema = def.inputs[0];
      const inputs = [...Array.from({ length: VARIANTS }, (_, v) => sampleFor(schema, v)), ...JUNK];
      for (const [who, caller] of callers) {
        for (const input of inputs) {
          calls++;
          try {
            await callByPath(caller, path, input);
          } catch (error) {
            if (error instanceof TRPCError && error.code !== 'INTERNAL_SERVER_ERROR') continue;
            const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
            failures.push(`${who} → ${path}(${JSON.stringify(input)?.slice(0, 160)}): ${cause instanceof Error ? cause.message : String(cause)}`.slice(0, 400));
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });

  it('sign-in with hostile credentials is a 4xx', async () => {
    const { caller } = await callerFor(database, null, { ip: '192.0.2.200' });
    for (let v = 0; v < VARIANTS; v++) {
      const input = sampleFor(allProcedures().find(([p]) => p === 'auth.login')![1].inputs[0], v);
      const error = await caller.auth.login(input as never).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  });
});

describe('the database safety net', () => {
  const fail = (code: string) => () => {
    throw new Error('Failed query: …', { cause: Object.assign(new Error('db says no'), { code }) });
  };
  const testRouter = router({
    outOfRange: publicProcedure.input(noInput).output(z.number()).query(fail('22003')),
    duplicate: publicProcedure.input(noInput).output(z.number()).mutation(fail('23505')),
    serialization: publicProcedure.input(noInput).output(z.number()).mutation(fail('40001')),
    connectionLost: publicProcedure.input(noInput).output(z.number()).query(fail('08006')),
    plainBug: publicProcedure.input(noInput).output(z.number()).query(() => {
      throw new TypeError('undefined is not a function');
    }),
    handled: publicProcedure.input(noInput).output(z.number()).query(() => {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound', cause: Object.assign(new Error('fk'), { code: '23503' }) });
    }),
    echo: publicProcedure.input(z.object({ name: z.string() })).output(z.string()).query(({ input }) => input.name),
  });
  const caller = createCallerFactory(testRouter)({} as never);

  it('turns a value the database refuses into BAD_REQUEST, a duplicate or a serialization failure into CONFLICT', async () => {
    expect(await trpcError(caller.outOfRange())).toMatchObject({ code: 'BAD_REQUEST', message: 'errors.invalidField' });
    expect(await trpcError(caller.duplicate())).toMatchObject({ code: 'CONFLICT', message: 'errors.conflict' });
    expect(await trpcError(caller.serialization())).toMatchObject({ code: 'CONFLICT', message: 'errors.conflict' });
  });

  it('leaves an error the procedure chose itself alone', async () => {
    expect(await trpcError(caller.handled())).toMatchObject({ code: 'NOT_FOUND', message: 'errors.notFound' });
  });

  it('leaves real server failures as 500s', async () => {
    expect((await trpcError(caller.connectionLost())).code).toBe('INTERNAL_SERVER_ERROR');
    expect((await trpcError(caller.plainBug())).code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('refuses a NUL character with a field error, and text without one passes', async () => {
    const error = await trpcError(caller.echo({ name: 'a\u0000b' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(error)).toEqual({ name: ['errors.invalidField'] });
    expect(await caller.echo({ name: '新品 %_ ✓' })).toBe('新品 %_ ✓');
  });

  it('over HTTP, a NUL in a search is a 400 that names the field', async () => {
    const world = await seedWorld(database.db);
    const http = await httpApp(database);
    try {
      const cookie = (await http.login(world.managers.fashion.username))!;
      const res = await http.query('merchants.list', { filters: { q: 'a\u0000' } }, { cookie });
      expect(res.statusCode).toBe(400);
      expect(trpcErrorOf(res.body)?.data.fieldErrors).toEqual({ 'filters.q': ['errors.invalidField'] });
    } finally {
      await http.app.close();
    }
  });
});
