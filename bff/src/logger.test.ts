import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, httpApp, seedWorld, sessionCookieOf, type TestDatabase, TEST_PASSWORD, type World } from './test/harness';

let database: TestDatabase;
let world: World;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
});
afterAll(() => database.close());

/** An app whose log lines (pino JSON, at `info`) are collected instead of written. */
async function loggedApp() {
  const lines: string[] = [];
  const http = await httpApp(database, { logger: { level: 'info', stream: { write: (line) => void lines.push(line) } } });
  return { http, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('the request log', () => {
  it('writes one line per request with its id, method, path, status and time', async () => {
    const { http, parsed } = await loggedApp();
    const res = await http.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'proxy-42' } });
    expect(res.headers['x-request-id']).toBe('proxy-42');
    const own = await http.app.inject({ method: 'GET', url: '/health' });
    expect(own.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const requestLines = parsed().filter((l) => l.msg === 'request').slice(0, 1);
    expect(requestLines).toEqual([expect.objectContaining({ level: 30, reqId: 'proxy-42', method: 'GET', path: '/health', statusCode: 200, ms: expect.any(Number) })]);
    await http.app.close();
  });

  it('the request line is, byte for byte, the line the request’s own logger (req.log) would write', async () => {
    const { http, lines } = await loggedApp();
    http.app.get('/as-req-log', async (req) => {
      req.log.info({ method: req.method, path: '/as-req-log', statusCode: 200, ms: 0 }, 'request');
      return 'ok';
    });
    for (const id of ['proxy-42', 'a "quoted" \\ id é', 'x'.repeat(80)]) {
      lines.length = 0;
      await http.app.inject({ method: 'GET', url: '/as-req-log?secret=1', headers: { 'x-request-id': id } });
      const [own, written] = lines.map((line) => line.replace(/"time":\d+,/, '').replace(/"ms":[0-9.e+]+,/, '"ms":0,'));
      expect(written, id).toBe(own);
      expect(JSON.parse(written!)).toMatchObject({ reqId: id, path: '/as-req-log' });
    }
    await http.app.close();
  });

  it('never holds a password, a session id or a cookie, whatever the request carried', async () => {
    const { http, lines } = await loggedApp();
    const user = world.operators.apparel;
    const cookie = (await http.login(user.username, TEST_PASSWORD))!;
    const sid = cookie.split('=')[1]!;
    await http.mutation('auth.login', { username: user.username, password: 'wrong-password-xyzzy' });
    await http.query('merchants.mine', undefined, { cookie, headers: { authorization: 'Bearer secret-token-abc' } });
    await http.query('merchants.list', { page: 'nope' }, { cookie });
    // A request that fails inside a procedure, logged with its error and stack.
    await http.app.inject({ method: 'GET', url: `/trpc/merchants.mine?input=${encodeURIComponent(JSON.stringify({ password: TEST_PASSWORD }))}`, headers: { cookie } });
    const signOut = await http.mutation('auth.logout', undefined, { cookie });
    expect(sessionCookieOf(signOut) ?? '').not.toContain(sid);

    const log = lines.join('');
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(log).not.toContain(TEST_PASSWORD);
    expect(log).not.toContain('wrong-password-xyzzy');
    expect(log).not.toContain(sid);
    expect(log).not.toContain('console_sid');
    expect(log).not.toContain('secret-token-abc');
    expect(log).not.toMatch(/cookie/i);
    await http.app.close();
  });

  it('a failed request is logged as an error with its stack', async () => {
    const { http, parsed } = await loggedApp();
    http.app.get('/boom', async () => {
      throw new Error('kaput');
    });
    const res = await http.app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    const errors = parsed().filter((l) => (l.level as number) >= 50);
    expect(errors.some((l) => String((l.err as { stack?: string } | undefined)?.stack).includes('kaput'))).toBe(true);
    expect(errors.some((l) => l.msg === 'request failed' && l.statusCode === 500)).toBe(true);
    await http.app.close();
  });

  it('the logger censors credentials even when code logs them by mistake', async () => {
    const { http, lines } = await loggedApp();
    http.app.log.info({ password: 'p@ss', user: { password: 'p@ss2', sessionId: 'sess-1' }, req: { headers: { cookie: 'console_sid=abc' } } }, 'oops');
    const log = lines.join('');
    expect(log).toContain('oops');
    expect(log).not.toMatch(/p@ss|sess-1|console_sid=abc/);
    await http.app.close();
  });
});
