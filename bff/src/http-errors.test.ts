/**
 * The bff's refusals as the web's real tRPC client reads them: `httpBatchLink` over a listening server (loopback
 * only), each refusal a TRPCClientError whose `data.code`, `data.httpStatus` and i18n key message the web shows.
 */
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { PARSE_ERROR_CODE } from '@console/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_SIZE } from './app';
import type { AppRouter } from './router';
import { createTestDatabase, httpApp, seedWorld, type TestDatabase, TEST_PASSWORD, type World } from './test/harness';

let database: TestDatabase;
let world: World;
let server: Awaited<ReturnType<typeof httpApp>>;
let url: string;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  server = await httpApp(database);
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const address = server.app.server.address() as { port: number };
  url = `http://127.0.0.1:${address.port}/trpc`;
});
afterAll(async () => {
  await server.app.close();
  await database.close();
});

type Fetch = typeof globalThis.fetch;
/** The client as web/src/providers/trpc.ts builds it, with a hook on its fetch to play a hostile or broken caller. */
function client(opts: { fetch?: (input: Parameters<Fetch>[0], init: RequestInit) => ReturnType<Fetch>; maxItems?: number } = {}) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        maxItems: opts.maxItems ?? 50,
        maxURLLength: 8000,
        fetch: (input, init) => (opts.fetch ?? globalThis.fetch)(input, { ...init } as RequestInit),
      }),
    ],
  });
}

interface Seen {
  message: string;
  code: string | undefined;
  httpStatus: number | undefined;
  rpcCode: number | undefined;
}
async function refusal(call: Promise<unknown>): Promise<Seen> {
  const error = await call.then(
    () => {
      throw new Error('the call succeeded');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  const e = error as TRPCClientError<AppRouter>;
  return { message: e.message, code: e.data?.code, httpStatus: e.data?.httpStatus, rpcCode: e.shape?.code };
}
const expected = (code: keyof typeof TRPC_ERROR_CODES_BY_KEY, httpStatus: number, message: string): Seen => ({ message, code, httpStatus, rpcCode: TRPC_ERROR_CODES_BY_KEY[code] });

describe('refusals the real tRPC client can read', () => {
  it('a mutation from another site: FORBIDDEN errors.crossSite, for each call of the batch', async () => {
    const evil = client({ fetch: (input, init) => fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), origin: 'https://evil.example' } }) });
    const calls = [evil.auth.logout.mutate(), evil.auth.login.mutate({ username: 'x', password: 'y' })];
    for (const call of calls) expect(await refusal(call)).toEqual(expected('FORBIDDEN', 403, 'errors.crossSite'));
  });

  it('a mutation whose body is not JSON: UNSUPPORTED_MEDIA_TYPE errors.jsonOnly', async () => {
    const plain = client({ fetch: (input, init) => fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), 'content-type': 'text/plain' } }) });
    expect(await refusal(plain.auth.logout.mutate())).toEqual(expected('UNSUPPORTED_MEDIA_TYPE', 415, 'errors.jsonOnly'));
  });

  it('another method than GET or POST: METHOD_NOT_SUPPORTED errors.methodNotAllowed', async () => {
    const put = client({ fetch: (input, init) => fetch(input, { ...init, method: 'PUT' }) });
    expect(await refusal(put.auth.logout.mutate())).toEqual(expected('METHOD_NOT_SUPPORTED', 405, 'errors.methodNotAllowed'));
  });

  it('a body over the limit: PAYLOAD_TOO_LARGE errors.tooLarge', async () => {
    const call = client().auth.login.mutate({ username: 'x', password: 'y'.repeat(1024 * 1024 + 10) });
    expect(await refusal(call)).toEqual(expected('PAYLOAD_TOO_LARGE', 413, 'errors.tooLarge'));
  });

  it('a body that is not valid JSON: PARSE_ERROR errors.badJson', async () => {
    const broken = client({ fetch: (input, init) => fetch(input, { ...init, body: '{"0": {"username": ' }) });
    const seen = await refusal(broken.auth.login.mutate({ username: 'x', password: 'y' }));
    expect(seen).toEqual(expected('PARSE_ERROR', 400, 'errors.badJson'));
    expect(seen.rpcCode).toBe(PARSE_ERROR_CODE);
    // The same for a query's ?input=.
    const badQuery = client({ fetch: (input, init) => fetch(String(input).replace(/input=[^&]*/, 'input=%7Bnot-json'), init) });
    expect(await refusal(badQuery.auth.me.query())).toEqual(expected('PARSE_ERROR', 400, 'errors.badJson'));
  });

  it('no such procedure: NOT_FOUND errors.noProcedure, next to a call that works', async () => {
    const c = client();
    const untyped = c as unknown as { merchants: { dropAll: { query(): Promise<unknown> } } };
    const [missing, me] = await Promise.allSettled([untyped.merchants.dropAll.query(), c.auth.me.query()]);
    expect(missing.status).toBe('rejected');
    expect(await refusal(Promise.reject((missing as PromiseRejectedResult).reason))).toEqual(expected('NOT_FOUND', 404, 'errors.noProcedure'));
    expect(me).toEqual({ status: 'fulfilled', value: null });
  });

  it('a mutation sent as a query: METHOD_NOT_SUPPORTED errors.methodNotAllowed', async () => {
    const untyped = client() as unknown as { auth: { logout: { query(): Promise<unknown> } } };
    expect(await refusal(untyped.auth.logout.query())).toEqual(expected('METHOD_NOT_SUPPORTED', 405, 'errors.methodNotAllowed'));
  });

  it(`a batch of more than ${MAX_BATCH_SIZE} calls: BAD_REQUEST errors.batchTooLarge for every call; ${MAX_BATCH_SIZE} pass`, async () => {
    const big = client({ maxItems: 100 });
    const ok = await Promise.all(Array.from({ length: MAX_BATCH_SIZE }, () => big.auth.me.query()));
    expect(ok).toHaveLength(MAX_BATCH_SIZE);
    const results = await Promise.allSettled(Array.from({ length: MAX_BATCH_SIZE + 1 }, () => big.auth.me.query()));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    const seen = await Promise.all(results.map((r) => refusal(Promise.reject((r as PromiseRejectedResult).reason))));
    expect(new Set(seen.map((s) => JSON.stringify(s)))).toEqual(new Set([JSON.stringify(expected('BAD_REQUEST', 400, 'errors.batchTooLarge'))]));
  });

  it('a procedure’s own errors still arrive as before (wrong password: UNAUTHORIZED with its key)', async () => {
    const seen = await refusal(client().auth.login.mutate({ username: world.admin.username, password: `${TEST_PASSWORD}x` }));
    expect(seen.code).toBe('UNAUTHORIZED');
    expect(seen.message).toMatch(/^auth\./);
  });

  it('odd text in a launch is a BAD_REQUEST naming each field and its reason, and nothing is written', async () => {
    const cookie = (await server.login(world.operators.apparel.username))!;
    const operator = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url, headers: { cookie } })] });
    const before = (await operator.launches.list.query({})).total;
    const sku = { code: 'A-1', name: '=HYPERLINK("http://attacker.example")\n"Click"', listPrice: 100, launchPrice: 90, stock: 1, imageUrl: '' };
    const error = await operator.launches.create
      .mutate({ season: 'SS', year: 2027, title: '春季\u202E上新', launchDate: null, story: '\uFEFF', channels: [], earlyAccess: null, skus: [sku, { ...sku, code: 'A\u200B2', name: 'x\uD800' }] })
      .then(() => null, (e: unknown) => e as TRPCClientError<AppRouter>);
    expect(error?.message).toBe('errors.validation');
    expect(error?.data?.code).toBe('BAD_REQUEST');
    expect((error?.data as { fieldErrors?: unknown } | undefined)?.fieldErrors).toEqual({
      title: ['errors.textBidi'],
      story: ['errors.textInvisible'],
      'skus.0.name': ['errors.textControl'],
      'skus.1.code': ['errors.textInvisible'],
      'skus.1.name': ['errors.textEncoding'],
    });
    expect((await operator.launches.list.query({})).total).toBe(before);
  });
});
