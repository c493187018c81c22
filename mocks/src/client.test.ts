import type { AppRouter } from '@console/bff/router';
import { createTRPCClient, httpBatchLink, httpLink, isTRPCClientError } from '@trpc/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockServer, resetMocks, signInAs, startMocks } from './node';

/**
 * The web's own client (tRPC's httpBatchLink, typed by AppRouter) against the mocks through MSW: the trap
 * msw-trpc falls into — inputs of batched requests arriving as undefined — cannot happen here.
 */
const batched = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: 'http://console.test/trpc' })] });
const plain = createTRPCClient<AppRouter>({ links: [httpLink({ url: 'http://console.test/trpc' })] });

beforeAll(async () => {
  mockServer.listen({ onUnhandledRequest: 'error' });
  await startMocks();
});
afterEach(() => resetMocks());
afterAll(() => mockServer.close());

describe('the tRPC client against the mocks', () => {
  it('batches parallel queries and every one gets its own input', async () => {
    signInAs('mgr.fashion');
    const [beauty, apparel, list, queue, launch] = await Promise.all([
      batched.merchants.byId.query({ id: 'm_beauty_03' }),
      batched.merchants.byId.query({ id: 'm_apparel_05' }),
      batched.merchants.list.query({ filters: { vertical: ['beauty'], crossBorder: true } }),
      batched.review.queue.query({ filters: { vertical: ['beauty'], state: ['in_review'] } }),
      batched.launches.byId.query({ id: 'ln_seed_0027' }),
    ]);
    expect(beauty.name).toBe('兰亭香氛');
    expect(apparel.name).toBe('童趣童装');
    expect(list.items.map((m) => m.id)).toEqual(['m_beauty_02', 'm_beauty_04']);
    expect(queue.items.length).toBeGreaterThan(0);
    expect(queue.items.every((i) => i.vertical === 'beauty' && i.state === 'in_review')).toBe(true);
    expect(launch).toMatchObject({ id: 'ln_seed_0027', merchantId: 'm_beauty_01', state: 'in_review' });
  });

  it('batches mutations, and one failing leaves the others answered', async () => {
    signInAs('mgr.tech');
    const results = await Promise.allSettled([
      batched.review.claim.mutate({ id: 'ln_seed_0048', version: 2 }),
      batched.review.claim.mutate({ id: 'ln_seed_0048', version: 2 }),
      batched.review.claim.mutate({ id: 'ln_seed_0002', version: 2 }),
    ]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: { id: 'ln_seed_0048', state: 'in_review', version: 3 } });
    // Two managers deciding at once: exactly one counts, the other is told (here: the same one twice).
    const stale = results[1].status === 'rejected' ? results[1].reason : null;
    expect(isTRPCClientError(stale) && stale.data?.code).toBe('CONFLICT');
    expect(isTRPCClientError(stale) && stale.message).toBe('errors.staleVersion');
    expect(isTRPCClientError(stale) && (stale.data as { currentVersion?: number }).currentVersion).toBe(3);
    // An apparel launch is outside mgr.tech's verticals.
    const foreign = results[2].status === 'rejected' ? results[2].reason : null;
    expect(isTRPCClientError(foreign) && foreign.data?.code).toBe('NOT_FOUND');
  });

  it('answers the plain link the same way', async () => {
    await plain.auth.login.mutate({ username: 'op.beauty', password: 'demo1234' });
    expect(await plain.merchants.mine.query()).toMatchObject({ id: 'm_beauty_01', name: '花间美妆旗舰店' });
    const error = await plain.launches.submit.mutate({ id: 'ln_seed_0024', version: 1 }).catch((e: unknown) => e);
    expect(isTRPCClientError(error) && error.data?.code).toBe('BAD_REQUEST');
    expect(isTRPCClientError(error) && error.message).toBe('launches.submitInvalid');
    expect(isTRPCClientError(error) && error.data?.fieldErrors).toMatchObject({ skus: ['launches.skusTooFew'] });
  });
});
