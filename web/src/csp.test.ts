import { describe, expect, it } from 'vitest';

describe('the eval-free zod config', () => {
  it('is the config zod reads, so object schemas never probe for eval under the CSP', async () => {
    await import('./csp');
    const { config, z } = await import('zod');
    expect(config().jitless).toBe(true);
    // Parsing still works without the compiled fast path.
    expect(z.object({ a: z.number() }).parse({ a: 1 })).toEqual({ a: 1 });
  });
});
