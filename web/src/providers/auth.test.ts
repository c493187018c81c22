import type { SessionUser } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { createAuthProvider } from './auth';
import type { TrpcClient } from './trpc';

const op = { id: 'u_op', username: 'op.apparel', role: 'operator', merchantId: 'm_apparel_01' } as unknown as SessionUser;

/** A client whose auth.me answers `me`, and whose logout succeeds. */
function fakeClient(me: SessionUser | null) {
  let asked = 0;
  const client = {
    auth: {
      me: { query: async () => (asked++, me) },
      logout: { mutate: async () => undefined },
    },
  } as unknown as TrpcClient;
  return { client, asked: () => asked };
}

describe('the auth provider', () => {
  it('takes the boot’s auth.me instead of asking again', async () => {
    const { client, asked } = fakeClient(null);
    const auth = createAuthProvider({ client, session: Promise.resolve(op) });
    expect(await auth.currentUser()).toBe(op);
    expect(await auth.provider.check({})).toEqual({ authenticated: true });
    expect(asked()).toBe(0);
  });

  it('asks auth.me itself when nothing was asked at boot', async () => {
    const { client, asked } = fakeClient(op);
    const auth = createAuthProvider({ client });
    expect(await auth.provider.check({})).toEqual({ authenticated: true });
    expect(asked()).toBe(1);
  });
});
