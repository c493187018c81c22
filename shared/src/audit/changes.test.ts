import { describe, expect, it } from 'vitest';
import { changedFields } from './changes';

describe('changedFields', () => {
  it('keeps only the fields whose values differ, on both sides', () => {
    expect(changedFields({ a: 1, b: [1, 2], c: 'x' }, { a: 1, b: [1, 3], c: 'x' })).toEqual({ before: { b: [1, 2] }, after: { b: [1, 3] } });
  });
  it('ignores the order of keys (jsonb reorders them) but not of array items', () => {
    expect(changedFields({ s: [{ x: 1, y: 2 }] }, { s: [{ y: 2, x: 1 }] })).toEqual({ before: {}, after: {} });
    expect(changedFields({ s: [1, 2] }, { s: [2, 1] })).toEqual({ before: { s: [1, 2] }, after: { s: [2, 1] } });
  });
  it('a field added or removed shows as null on the side that lacks it', () => {
    expect(changedFields<Record<string, unknown>>({ a: 1 }, { b: 2 })).toEqual({ before: { a: 1, b: null }, after: { a: null, b: 2 } });
  });
});
