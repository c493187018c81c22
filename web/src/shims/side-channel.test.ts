import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The build swaps `side-channel` (qs's cycle guard) for this shim. qs `require`s it and calls the result, so the shim
// must be a CommonJS function; an ES default export reached qs as a namespace object and left the SPA blank.
const getSideChannel = createRequire(import.meta.url)('./side-channel.cjs') as () => {
  assert(key: unknown): void;
  delete(key: unknown): boolean;
  get(key: unknown): unknown;
  has(key: unknown): boolean;
  set(key: unknown, value: unknown): void;
};

describe('side-channel shim', () => {
  it('is a function qs can call, and keeps values per object and per primitive key', () => {
    expect(typeof getSideChannel).toBe('function');
    const channel = getSideChannel();
    const a = {};
    const b = {};
    channel.set(a, 1);
    channel.set('k', 2);
    expect([channel.get(a), channel.get(b), channel.get('k')]).toEqual([1, undefined, 2]);
    expect([channel.has(a), channel.has(b)]).toEqual([true, false]);
    expect(() => channel.assert(b)).toThrow(TypeError);
    expect(channel.delete(a)).toBe(true);
    expect(channel.has(a)).toBe(false);
  });

  it('gives each channel its own store', () => {
    const key = {};
    getSideChannel().set(key, 1);
    expect(getSideChannel().get(key)).toBeUndefined();
  });
});
