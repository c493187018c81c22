import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockHandlers } from './api';
import { MockClock } from './clock';
import { MockCookieJar } from './cookies';

// A first visit in the browser: the world is still loading into PGlite when the page asks who is signed in.
describe('mock mode before its database is open', () => {
  const cookies = new MockCookieJar();
  const server = setupServer(
    ...mockHandlers({ database: () => new Promise(() => {}), cookies, clock: new MockClock(), scenario: () => 'normal', overrides: [] }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  const origin = 'http://console.test';

  it('tells a signed-out page it is signed out, and refuses its other queries, without waiting', async () => {
    expect(await (await fetch(`${origin}/trpc/auth.me`)).json()).toEqual({ result: { data: null } });
    const mine = await fetch(`${origin}/trpc/merchants.mine`);
    expect(mine.status).toBe(401);
  });

  it('holds signing in, and anything a session cookie asks, until the database is open', async () => {
    const pending = (p: Promise<Response>) => Promise.race([p.then(() => 'answered'), new Promise((r) => setTimeout(() => r('held'), 300))]);
    const login = fetch(`${origin}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'op.apparel', password: 'demo1234' }),
    });
    expect(await pending(login)).toBe('held');
    cookies.set('console_sid', 'an-open-session');
    expect(await pending(fetch(`${origin}/trpc/auth.me`))).toBe('held');
  });
});
