import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_SIZE } from './app';
import { createTestDatabase, httpApp, seedWorld, type TestDatabase, TEST_PASSWORD, trpcErrorOf, type World } from './test/harness';
import { allProcedures } from './test/procedures';

let database: TestDatabase;
let world: World;
let http: Awaited<ReturnType<typeof httpApp>>;
let managerCookie: string;
let operatorCookie: string;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  http = await httpApp(database);
  managerCookie = (await http.login(world.managers.all.username, TEST_PASSWORD))!;
  operatorCookie = (await http.login(world.operators.home.username, TEST_PASSWORD))!;
});
afterAll(async () => {
  await http.app.close();
  await database.close();
});

/** A clean client error: a 4xx status and a JSON body that names the problem, never a stack. */
function expectCleanClientError(res: { statusCode: number; body: string; headers: Record<string, unknown> }, status: number) {
  expect(res.statusCode, res.body).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/application\/json/);
  const body = JSON.parse(res.body) as { error?: { message?: string; data?: { stack?: unknown } } };
  expect(body.error?.message).toEqual(expect.any(String));
  expect(res.body).not.toMatch(/\bat .+\.(ts|js):\d+/);
}

describe('HTTP robustness', () => {
  it('malformed JSON in a mutation body is a 400', async () => {
    const res = await http.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "op", "password": ',
    });
    expectCleanClientError(res, 400);
  });

  it('malformed JSON in a query string is a 400', async () => {
    const res = await http.app.inject({ method: 'GET', url: '/trpc/merchants.list?input=%7Bnot-json', headers: { cookie: managerCookie } });
    expectCleanClientError(res, 400);
  });

  it('wrong types are a 400 with per-field messages', async () => {
    const res = await http.query('merchants.list', { page: 'two', pageSize: -5, filters: { crossBorder: 'yes' } }, { cookie: managerCookie });
    expectCleanClientError(res, 400);
    const error = trpcErrorOf(res.body)!;
    expect(error.message).toBe('errors.validation');
    expect(Object.keys(error.data.fieldErrors as object).sort()).toEqual(['filters.crossBorder', 'page', 'pageSize']);

    const login = await http.mutation('auth.login', { username: 42, password: ['x'] });
    expectCleanClientError(login, 400);
    expect(Object.keys(trpcErrorOf(login.body)!.data.fieldErrors as object).sort()).toEqual(['password', 'username']);
  });

  it('a body over 1 MiB is a 413', async () => {
    const res = await http.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x', password: 'y'.repeat(1024 * 1024 + 10) }),
    });
    expectCleanClientError(res, 413);
    expect(trpcErrorOf(res.body)).toMatchObject({ message: 'errors.tooLarge', data: { httpStatus: 413 } });
    expect(res.body).not.toMatch(/FST_/);
  });

  it('a mutation that is not JSON is a 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await http.app.inject({ method: 'POST', url: '/trpc/auth.logout', headers: { 'content-type': type, cookie: operatorCookie }, payload: 'a=b' });
      expectCleanClientError(res, 415);
    }
    const none = await http.app.inject({ method: 'POST', url: '/trpc/auth.logout', headers: { cookie: operatorCookie }, payload: '' });
    expectCleanClientError(none, 415);
  });

  it('a mutation from another site is a 403 and changes nothing', async () => {
    for (const headers of [{ origin: 'https://evil.example' } as Record<string, string>, { origin: 'null' }, { origin: 'http://localhost:5173' }, { origin: 'http://localhost.evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site', origin: 'https://console.example.com' }]) {
      const res = await http.mutation('auth.logout', undefined, { cookie: operatorCookie, headers });
      expectCleanClientError(res, 403);
    }
    // The session survived every attempt.
    const me = await http.query('auth.me', undefined, { cookie: operatorCookie });
    expect(JSON.parse(me.body).result.data.id).toBe(world.operators.home.id);
  });

  it('a mutation from the console itself passes the origin check', async () => {
    const res = await http.mutation('auth.login', { username: world.admin.username, password: TEST_PASSWORD }, {
      headers: { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('a mutation by GET, a query by POST and other methods are 4xx', async () => {
    const byGet = await http.query('auth.logout', undefined, { cookie: operatorCookie });
    expectCleanClientError(byGet, 405);
    const setRoleByGet = await http.query('users.setRole', { userId: world.admin.id, role: 'admin' });
    expect(setRoleByGet.statusCode).toBeGreaterThanOrEqual(400);
    expect(setRoleByGet.statusCode).toBeLessThan(500);
    const queryByPost = await http.mutation('merchants.list', {}, { cookie: managerCookie });
    expectCleanClientError(queryByPost, 405);
    for (const method of ['PUT', 'DELETE', 'PATCH'] as const) {
      const res = await http.app.inject({ method, url: '/trpc/auth.logout', headers: { 'content-type': 'application/json', cookie: operatorCookie } });
      expectCleanClientError(res, 405);
    }
  });

  it('an unknown procedure is a 404', async () => {
    expectCleanClientError(await http.query('merchants.dropAll', undefined, { cookie: managerCookie }), 404);
    expectCleanClientError(await http.mutation('nope', {}), 404);
  });

  it('every procedure answers an unsigned HTTP caller 401, except the public ones', async () => {
    const statuses: Record<string, number> = {};
    for (const [path, def] of allProcedures()) {
      if (def.meta?.access === 'public') continue;
      const res = def.type === 'mutation' ? await http.mutation(path, {}) : await http.query(path, {});
      // A subscription's answer is an event stream (200) whose one event is the error, which tRPC's client reads as
      // UNAUTHORIZED (an EventSource cannot read the body of a 401, and would report a bare connection failure).
      if (def.type === 'subscription') {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        expect(res.body).toMatch(/event: serialized-error\ndata: .*"code":"UNAUTHORIZED"/);
        statuses[path] = 401;
        continue;
      }
      statuses[path] = res.statusCode;
    }
    expect(Object.values(statuses).length).toBeGreaterThan(0);
    expect(statuses).toEqual(Object.fromEntries(Object.keys(statuses).map((p) => [p, 401])));
  });

  it('batched calls work and keep errors apart', async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: { pageSize: 2 }, 1: { id: world.merchants.home[0].id } }));
    const res = await http.app.inject({ method: 'GET', url: `/trpc/merchants.list,merchants.byId?batch=1&input=${input}`, headers: { cookie: managerCookie } });
    expect(res.statusCode).toBe(200);
    const [list, one] = JSON.parse(res.body) as [{ result: { data: { items: unknown[]; total: number } } }, { result: { data: { id: string } } }];
    expect(list.result.data.items).toHaveLength(2);
    expect(one.result.data.id).toBe(world.merchants.home[0].id);

    const mixed = await http.app.inject({ method: 'GET', url: `/trpc/merchants.mine,merchants.list?batch=1&input=${encodeURIComponent('{}')}`, headers: { cookie: operatorCookie } });
    expect(mixed.statusCode).toBe(207);
    const [ok, forbidden] = JSON.parse(mixed.body) as [{ result: { data: { id: string } } }, { error: { message: string } }];
    expect(ok.result.data.id).toBe(world.merchants.home[0].id);
    expect(forbidden.error.message).toBe('errors.forbidden');
  });

  it('an unexpected server failure is a 500 that tells the caller nothing about the internals', async () => {
    // A db whose every query builder chain fails when awaited, the way a driver error surfaces.
    const failure = new Error('relation "users" secret-detail: connection to 10.0.0.5 refused');
    const chain: object = new Proxy(() => {}, {
      get: (_target, prop) => (prop === 'then' ? (_resolve: unknown, reject: (e: unknown) => void) => reject(failure) : chain),
      apply: () => chain,
    });
    const brokenDb = chain;
    const app = await httpApp({ ...database, db: brokenDb } as unknown as TestDatabase);
    try {
      const res = await app.mutation('auth.login', { username: 'someone', password: 'x' });
      expect(res.statusCode).toBe(500);
      expect(trpcErrorOf(res.body)?.message).toBe('errors.internal');
      expect(res.body).not.toMatch(/secret-detail|10\.0\.0\.5|relation/);
    } finally {
      await app.app.close();
    }
  });

  it('API answers carry no-store and the security headers', async () => {
    for (const res of [await http.query('merchants.list', {}, { cookie: managerCookie }), await http.query('auth.me'), await http.mutation('auth.login', { username: 'x', password: 'y' })]) {
      expect(res.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'same-origin' });
    }
  });

  it(`a batch of more than ${MAX_BATCH_SIZE} calls is a 400; ${MAX_BATCH_SIZE} are fine`, async () => {
    const batch = (n: number) =>
      http.app.inject({
        method: 'GET',
        url: `/trpc/${Array(n).fill('auth.me').join(',')}?batch=1&input=${encodeURIComponent('{}')}`,
        headers: { cookie: managerCookie },
      });
    const ok = await batch(MAX_BATCH_SIZE);
    expect(ok.statusCode).toBe(200);
    expect(JSON.parse(ok.body)).toHaveLength(MAX_BATCH_SIZE);
    const tooMany = await batch(MAX_BATCH_SIZE + 1);
    expect(tooMany.statusCode).toBe(400);
  });

  it('a tenancy miss over HTTP is a 404 that looks like any missing merchant', async () => {
    const foreign = await http.query('merchants.byIdForOperator', { id: world.merchants.apparel[0].id }, { cookie: operatorCookie });
    const missing = await http.query('merchants.byIdForOperator', { id: 'm_missing_01' }, { cookie: operatorCookie });
    expectCleanClientError(foreign, 404);
    expect(JSON.parse(foreign.body).error.message).toBe('errors.notFound');
    expect(JSON.parse(foreign.body).error).toEqual(JSON.parse(missing.body).error);
  });
});

describe('health and the SPA', () => {
  it('/health answers with the database it uses', async () => {
    const res = await http.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: database.kind });
  });

  it('/health is a 503 when the database is gone', async () => {
    const broken = { ...database, db: { execute: () => Promise.reject(new Error('connection refused')) } } as unknown as TestDatabase;
    const app = await httpApp(broken);
    try {
      const res = await app.app.inject({ method: 'GET', url: '/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'unavailable', database: database.kind });
    } finally {
      await app.app.close();
    }
  });

  describe('with a built SPA', () => {
    let dist: string;
    let spa: Awaited<ReturnType<typeof httpApp>>;
    beforeAll(async () => {
      dist = mkdtempSync(join(tmpdir(), 'console-dist-'));
      writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div><script src="/assets/app-1a2b.js"></script>');
      mkdirSync(join(dist, 'assets'));
      writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log("app")');
      spa = await httpApp(database, { webDist: dist });
    });
    afterAll(async () => {
      await spa.app.close();
      rmSync(dist, { recursive: true, force: true });
    });

    it('serves index.html for a deep link, uncached', async () => {
      for (const url of ['/', '/launches/l_123/edit', '/merchants?page=2&sort=name']) {
        const res = await spa.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['content-type']).toMatch(/text\/html/);
        expect(res.body).toContain('<div id="root">');
        expect(res.headers['cache-control']).toMatch(/no-cache/);
        expect(res.headers['x-frame-options']).toBe('DENY');
      }
    });

    it('serves hashed assets as files with a long cache life', async () => {
      const res = await spa.app.inject({ method: 'GET', url: '/assets/app-1a2b.js' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.body).toBe('console.log("app")');
      expect(res.headers['cache-control']).toMatch(/immutable/);
    });

    it('a missing asset is a 404, not index.html (a stale tab must not run HTML as a script)', async () => {
      const res = await spa.app.inject({ method: 'GET', url: '/assets/app-old.js' });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('<div id="root">');
    });

    it('API and health paths never fall back to the SPA', async () => {
      const api = await spa.app.inject({ method: 'GET', url: '/trpc/nothing.here' });
      expect(api.statusCode).toBe(404);
      expect(api.body).not.toContain('<div id="root">');
      const post = await spa.app.inject({ method: 'POST', url: '/somewhere', headers: { 'content-type': 'application/json' }, payload: '{}' });
      expect(post.statusCode).toBe(404);
      expect((await spa.app.inject({ method: 'GET', url: '/health' })).json()).toMatchObject({ status: 'ok' });
    });
  });
});
