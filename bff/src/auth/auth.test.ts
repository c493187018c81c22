import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callerFor,
  createMerchant,
  createTestDatabase,
  createUser,
  httpApp,
  sessionCookieOf,
  TestClock,
  type TestDatabase,
  type TestUser,
  trpcError,
  trpcErrorOf,
} from '../test/harness';
import { authConfig } from './config';
import { sessions } from './table';

let database: TestDatabase;
let merchantId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  merchantId = (await createMerchant(database.db, { vertical: 'beauty' })).id;
});
afterAll(() => database.close());

let ipCounter = 0;
/** Every test signs in from its own address, so counts per address never leak between tests. */
const freshIp = () => `198.51.100.${++ipCounter}`;
const newOperator = () => createUser(database.db, { role: 'operator', merchantId });

describe('sign-in', () => {
  it('signs in with the right password and returns the session user', async () => {
    const user = await newOperator();
    const { caller, cookies } = await callerFor(database, null, { ip: freshIp() });
    const me = await caller.auth.login({ username: user.username, password: user.password });
    expect(me).toMatchObject({ id: user.id, role: 'operator', merchantId, verticals: [] });
    expect(me.merchantName).toMatch(/Test merchant/);
    expect(cookies.get(authConfig.cookieName)).toMatch(/^[\w-]{43}$/);
    expect((await caller.auth.me())?.id).toBe(user.id);
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    const user = await newOperator();
    const { caller } = await callerFor(database, null, { ip: freshIp() });
    const me = await caller.auth.login({ username: `  ${user.username.toUpperCase()} `, password: user.password });
    expect(me.id).toBe(user.id);
  });

  it('answers a wrong password and an unknown user with the same error', async () => {
    const user = await newOperator();
    const { caller, cookies } = await callerFor(database, null, { ip: freshIp() });
    const wrong = await trpcError(caller.auth.login({ username: user.username, password: 'not-it' }));
    const unknown = await trpcError(caller.auth.login({ username: 'nobody.here', password: 'not-it' }));
    expect([wrong.code, wrong.message]).toEqual(['UNAUTHORIZED', 'auth.invalidCredentials']);
    expect([unknown.code, unknown.message]).toEqual([wrong.code, wrong.message]);
    expect(cookies.get(authConfig.cookieName)).toBeUndefined();
    expect(await caller.auth.me()).toBeNull();
  });

  it('rejects empty credentials with field errors, before counting anything', async () => {
    const { caller } = await callerFor(database, null, { ip: freshIp() });
    const err = await trpcError(caller.auth.login({ username: '   ', password: '' }));
    expect(err.code).toBe('BAD_REQUEST');
  });
});

describe('sign-in rate limits', () => {
  async function fail(user: Pick<TestUser, 'username'>, ip: string, clock?: TestClock) {
    const { caller } = await callerFor(database, null, { ip, clock });
    return trpcError(caller.auth.login({ username: user.username, password: 'wrong-password' }));
  }

  it(`locks an account after ${authConfig.maxFailuresPerAccount} failures, from any address, until the window passes`, async () => {
    const user = await newOperator();
    const clock = new TestClock();
    for (let i = 0; i < authConfig.maxFailuresPerAccount; i++) expect((await fail(user, freshIp(), clock)).code).toBe('UNAUTHORIZED');
    // Even the right password is refused now, from yet another address.
    const { caller } = await callerFor(database, null, { ip: freshIp(), clock });
    const locked = await trpcError(caller.auth.login({ username: user.username, password: user.password }));
    expect([locked.code, locked.message]).toEqual(['TOO_MANY_REQUESTS', 'auth.tooManyAttempts']);
    // An unknown account is limited the same way, so the limit does not reveal which names exist.
    const ghost = { username: `ghost.${ipCounter}` };
    for (let i = 0; i < authConfig.maxFailuresPerAccount; i++) await fail(ghost, freshIp(), clock);
    expect((await fail(ghost, freshIp(), clock)).code).toBe('TOO_MANY_REQUESTS');

    clock.advance(authConfig.failureWindowMs + 1000);
    expect((await caller.auth.login({ username: user.username, password: user.password })).id).toBe(user.id);
  });

  it('forgets earlier failures of an account once it signs in', async () => {
    const user = await newOperator();
    const clock = new TestClock();
    for (let i = 0; i < authConfig.maxFailuresPerAccount - 1; i++) await fail(user, freshIp(), clock);
    const { caller } = await callerFor(database, null, { ip: freshIp(), clock });
    await caller.auth.login({ username: user.username, password: user.password });
    for (let i = 0; i < authConfig.maxFailuresPerAccount - 1; i++) expect((await fail(user, freshIp(), clock)).code).toBe('UNAUTHORIZED');
  });

  it(`limits one address to ${authConfig.maxFailuresPerAddress} failures across accounts`, async () => {
    const ip = freshIp();
    const clock = new TestClock();
    for (let i = 0; i < authConfig.maxFailuresPerAddress; i++) {
      expect((await fail({ username: `spray.${ip}.${i}` }, ip, clock)).code).toBe('UNAUTHORIZED');
    }
    const user = await newOperator();
    const { caller } = await callerFor(database, null, { ip, clock });
    expect((await trpcError(caller.auth.login({ username: user.username, password: user.password }))).code).toBe('TOO_MANY_REQUESTS');
    // Another address is not affected.
    const other = await callerFor(database, null, { ip: freshIp(), clock });
    expect((await other.caller.auth.login({ username: user.username, password: user.password })).id).toBe(user.id);
  });

  it('counts an IPv6 client per /64, so rotating addresses inside it does not help', async () => {
    const clock = new TestClock();
    for (let i = 0; i < authConfig.maxFailuresPerAddress; i++) {
      expect((await fail({ username: `v6spray.${i}` }, `2001:db8:77:1::${(i + 1).toString(16)}`, clock)).code).toBe('UNAUTHORIZED');
    }
    const user = await newOperator();
    const { caller } = await callerFor(database, null, { ip: '2001:db8:77:1:ffff::42', clock });
    expect((await trpcError(caller.auth.login({ username: user.username, password: user.password }))).code).toBe('TOO_MANY_REQUESTS');
    const neighbour = await callerFor(database, null, { ip: '2001:db8:77:2::1', clock });
    expect((await neighbour.caller.auth.login({ username: user.username, password: user.password })).id).toBe(user.id);
  });

  it('behind a trusted proxy, counts the client address from X-Forwarded-For', async () => {
    const user = await newOperator();
    const proxied = await httpApp(database, { trustProxy: true });
    try {
      const attempt = (client: string, password: string) =>
        proxied.app.inject({
          method: 'POST',
          url: '/trpc/auth.login',
          remoteAddress: '10.0.0.2',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
          payload: JSON.stringify({ username: `xff.${client}.${Math.random()}`, password }),
        });
      const client = freshIp();
      for (let i = 0; i < authConfig.maxFailuresPerAddress; i++) expect((await attempt(client, 'nope')).statusCode).toBe(401);
      expect((await attempt(client, 'nope')).statusCode).toBe(429);
      // Another client behind the same proxy is not locked out.
      const other = await proxied.app.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        remoteAddress: '10.0.0.2',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
        payload: JSON.stringify({ username: user.username, password: user.password }),
      });
      expect(other.statusCode).toBe(200);
    } finally {
      await proxied.app.close();
    }
  });

  it('cannot be raced: parallel guesses never get more tries than the limit', async () => {
    const user = await newOperator();
    const clock = new TestClock();
    const guesses = await Promise.all(Array.from({ length: 12 }, () => fail(user, freshIp(), clock)));
    const tried = guesses.filter((e) => e.code === 'UNAUTHORIZED').length;
    expect(tried).toBeLessThanOrEqual(authConfig.maxFailuresPerAccount);
    expect(guesses.filter((e) => e.code === 'TOO_MANY_REQUESTS').length).toBe(12 - tried);
  });

  it('counts in the database: two app instances over one database share the count (HTTP 429)', async () => {
    const user = await newOperator();
    const second = await database.connectAgain();
    const a = await httpApp(database);
    const b = await httpApp(second);
    try {
      const remoteAddress = freshIp();
      const attempt = (app: typeof a, password: string) =>
        app.app.inject({
          method: 'POST',
          url: '/trpc/auth.login',
          remoteAddress,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ username: user.username, password }),
        });
      const statuses: number[] = [];
      for (let i = 0; i < authConfig.maxFailuresPerAccount; i++) statuses.push((await attempt(i % 2 ? a : b, 'nope')).statusCode);
      expect(statuses).toEqual(Array(authConfig.maxFailuresPerAccount).fill(401));
      for (const app of [a, b]) {
        const res = await attempt(app, user.password);
        expect(res.statusCode).toBe(429);
        expect(trpcErrorOf(res.body)?.message).toBe('auth.tooManyAttempts');
        expect(sessionCookieOf(res)).toBeNull();
      }
    } finally {
      await a.app.close();
      await b.app.close();
    }
  });
});

describe('sessions', () => {
  it('end after the idle timeout', async () => {
    const user = await newOperator();
    const { caller, clock, cookies } = await callerFor(database, user);
    clock.advance(authConfig.idleTimeoutMs - 60_000);
    expect((await caller.merchants.mine()).id).toBe(merchantId);
    // Activity keeps it open...
    clock.advance(authConfig.idleTimeoutMs - 60_000);
    expect((await caller.auth.me())?.id).toBe(user.id);
    // ...idleness does not.
    clock.advance(authConfig.idleTimeoutMs + 1000);
    expect(await caller.auth.me()).toBeNull();
    expect(cookies.get(authConfig.cookieName)).toBeUndefined();
    expect((await trpcError(caller.merchants.mine())).code).toBe('UNAUTHORIZED');
    // Going back in time does not revive it: the session row is gone.
    clock.advance(-2 * authConfig.idleTimeoutMs);
    const again = await callerFor(database, null, { clock, cookies });
    expect(await again.caller.auth.me()).toBeNull();
  });

  it('end at the absolute timeout however active the user is', async () => {
    const user = await newOperator();
    const { caller, clock } = await callerFor(database, user);
    const step = authConfig.idleTimeoutMs / 2;
    let elapsed = 0;
    while (elapsed + step < authConfig.absoluteTimeoutMs) {
      clock.advance(step);
      elapsed += step;
      expect((await caller.auth.me())?.id).toBe(user.id);
    }
    clock.advance(authConfig.absoluteTimeoutMs - elapsed);
    expect(await caller.auth.me()).toBeNull();
    expect((await trpcError(caller.merchants.mine())).code).toBe('UNAUTHORIZED');
  });

  it('logout ends the session and clears the cookie', async () => {
    const user = await newOperator();
    const { caller, cookies, clock } = await callerFor(database, user);
    const sid = cookies.get(authConfig.cookieName)!;
    expect(await caller.auth.logout()).toEqual({ ok: true });
    expect(cookies.get(authConfig.cookieName)).toBeUndefined();
    // The old id, replayed, opens nothing.
    const replay = await callerFor(database, null, { clock });
    replay.cookies.set(authConfig.cookieName, sid, { maxAgeSeconds: 60 });
    expect(await replay.caller.auth.me()).toBeNull();
    expect((await trpcError(replay.caller.merchants.mine())).code).toBe('UNAUTHORIZED');
    // Logging out without a session is harmless.
    expect(await caller.auth.logout()).toEqual({ ok: true });
  });

  it('a session id present before sign-in is replaced, and the old one stops working', async () => {
    const first = await newOperator();
    const second = await newOperator();
    const { caller, cookies, clock } = await callerFor(database, first, { ip: freshIp() });
    const before = cookies.get(authConfig.cookieName)!;
    await caller.auth.login({ username: second.username, password: second.password });
    const after = cookies.get(authConfig.cookieName)!;
    expect(after).not.toBe(before);
    expect((await caller.auth.me())?.id).toBe(second.id);
    const replay = await callerFor(database, null, { clock });
    replay.cookies.set(authConfig.cookieName, before, { maxAgeSeconds: 60 });
    expect(await replay.caller.auth.me()).toBeNull();
  });

  it('signing in sweeps the user’s ended sessions from the database', async () => {
    const user = await newOperator();
    const clock = new TestClock();
    await callerFor(database, user, { clock });
    await callerFor(database, user, { clock });
    clock.advance(authConfig.idleTimeoutMs + 1000);
    const live = await callerFor(database, user, { clock });
    const { caller } = await callerFor(database, null, { clock, ip: freshIp() });
    await caller.auth.login({ username: user.username, password: user.password });
    const rows = await database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toHaveLength(2);
    expect((await live.caller.auth.me())?.id).toBe(user.id);
  });

  it('a role change by an admin ends the user’s sessions', async () => {
    const user = await newOperator();
    const admin = await createUser(database.db, { role: 'admin' });
    const op = await callerFor(database, user);
    const ad = await callerFor(database, admin, { clock: op.clock });
    await ad.caller.users.setRole({ userId: user.id, role: 'manager', verticals: ['beauty'] });
    expect(await op.caller.auth.me()).toBeNull();
  });
});

describe('session cookie over HTTP', () => {
  async function loginResponse(opts: { production: boolean; host: string }) {
    const user = await newOperator();
    const http = await httpApp(database, { production: opts.production });
    try {
      return await http.app.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        remoteAddress: freshIp(),
        headers: { 'content-type': 'application/json', host: opts.host },
        payload: JSON.stringify({ username: user.username, password: user.password }),
      });
    } finally {
      await http.app.close();
    }
  }
  const sessionCookie = (res: Awaited<ReturnType<typeof loginResponse>>) => {
    expect(res.statusCode).toBe(200);
    const c = res.cookies.find((x) => x.name === authConfig.cookieName);
    expect(c).toBeDefined();
    return c as Record<string, unknown>;
  };

  it('is HttpOnly, SameSite=Lax, Path=/ and lives as long as the absolute timeout', async () => {
    const c = sessionCookie(await loginResponse({ production: false, host: 'localhost:3000' }));
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: authConfig.absoluteTimeoutMs / 1000 });
    expect(c.secure).toBeFalsy();
    expect(c.domain).toBeUndefined();
  });

  it('is Secure in production behind a trusted TLS proxy, judged by the forwarded host', async () => {
    const user = await newOperator();
    const http = await httpApp(database, { production: true, trustProxy: true });
    try {
      const res = await http.app.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        remoteAddress: freshIp(),
        headers: { 'content-type': 'application/json', host: '127.0.0.1:3000', 'x-forwarded-host': 'console.example.com', 'x-forwarded-proto': 'https', origin: 'https://console.example.com' },
        payload: JSON.stringify({ username: user.username, password: user.password }),
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(sessionCookie(res).secure).toBe(true);
    } finally {
      await http.app.close();
    }
  });

  it('is Secure in production on a real host name', async () => {
    const c = sessionCookie(await loginResponse({ production: true, host: 'console.example.com' }));
    expect(c).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it.each(['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'localhost'])('is not Secure in production on the loopback host %s', async (host) => {
    const c = sessionCookie(await loginResponse({ production: true, host }));
    expect(c.secure).toBeFalsy();
    expect(c.httpOnly).toBe(true);
  });

  it('signing in over HTTP with a stale cookie still present gives one working session cookie', async () => {
    const user = await newOperator();
    const http = await httpApp(database);
    try {
      const res = await http.mutation('auth.login', { username: user.username, password: user.password }, { cookie: `${authConfig.cookieName}=stale-or-planted-value` });
      expect(res.statusCode).toBe(200);
      const set = res.cookies.filter((c) => c.name === authConfig.cookieName);
      const last = set.at(-1)!;
      expect(last.value).not.toBe('');
      expect(last.value).not.toBe('stale-or-planted-value');
      const me = await http.query('auth.me', undefined, { cookie: `${last.name}=${last.value}` });
      expect(JSON.parse(me.body).result.data.id).toBe(user.id);
    } finally {
      await http.app.close();
    }
  });

  it('logout over HTTP expires the cookie in the browser and ends the session on the server', async () => {
    const user = await newOperator();
    const http = await httpApp(database);
    try {
      const cookie = (await http.login(user.username, user.password))!;
      expect(trpcErrorOf((await http.query('merchants.mine', undefined, { cookie })).body)).toBeNull();
      const out = await http.mutation('auth.logout', undefined, { cookie });
      expect(out.statusCode).toBe(200);
      const cleared = out.cookies.find((x) => x.name === authConfig.cookieName);
      expect(cleared?.value).toBe('');
      expect(Number(cleared?.maxAge ?? 0) <= 0 || (cleared?.expires as Date | undefined)!.getTime() < Date.now()).toBe(true);
      const after = await http.query('merchants.mine', undefined, { cookie });
      expect(after.statusCode).toBe(401);
      // The stale cookie is dropped by the server too.
      const me = await http.query('auth.me', undefined, { cookie });
      expect(JSON.parse(me.body)).toEqual({ result: { data: null } });
      expect(me.cookies.find((x) => x.name === authConfig.cookieName)?.value).toBe('');
    } finally {
      await http.app.close();
    }
  });
});
