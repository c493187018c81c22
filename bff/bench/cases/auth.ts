import { createUser } from '../../src/test/harness';
import type { BenchContext, BenchRow } from '../lib';
import { measure } from '../lib';

/**
 * What every request pays for its session (cookie → session row → user), and what one sign-in costs: scrypt at
 * the production work factor (SCRYPT_LOG_N, default 17) dominates it, which sizes how many sign-ins a core absorbs.
 */
export default async function auth(ctx: BenchContext): Promise<BenchRow[]> {
  const password = 'bench-sign-in-password';
  const user = await createUser(ctx.database.db, { role: 'admin', username: `bench.signin.${Date.now()}`, password });
  const signedIn = await ctx.callerFor(user);
  const anonymous = await ctx.callerFor(null);
  const logN = process.env.SCRYPT_LOG_N ?? '17';
  return [
    await measure('auth', 'me (session lookup per request)', ctx.iterations, async () => ((await signedIn.caller.auth.me()) ? 1 : 0)),
    await measure('auth', `login (scrypt N=2^${logN})`, Math.min(ctx.iterations, 20), async () => {
      await anonymous.caller.auth.login({ username: user.username, password });
      return 1;
    }),
  ];
}
