import { appRouter } from '@console/bff/router';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mockImpl } from './router';
import { flattenMocks } from './trpc';

/**
 * Walks the real bff router: every procedure it has must have a mock of the same kind, with the same
 * access policy and the same input and output schemas. A procedure added to the bff without a mock fails here.
 */
interface RealProcedure {
  _def: { type: string; meta?: { access?: string }; inputs: unknown[]; output?: unknown };
}
const real = Object.entries(appRouter._def.procedures as unknown as Record<string, RealProcedure>);
const mocks = flattenMocks(mockImpl);

/** The same schema object, or (if a router builds its own) one that describes the same values. */
function sameSchema(a: unknown, b: unknown) {
  if (a === b) return true;
  if (!(a instanceof z.ZodType) || !(b instanceof z.ZodType)) return false;
  const json = (s: z.ZodType) => JSON.stringify(z.toJSONSchema(s, { unrepresentable: 'any', io: 'input' }));
  return json(a) === json(b);
}

describe('mock coverage of the bff router', () => {
  it('finds the procedures of the bff', () => {
    expect(real.length).toBeGreaterThan(0);
  });

  it.each(real.map(([path, procedure]) => [path, procedure] as const))('%s has a mock like it', (path, procedure) => {
    const m = mocks.get(path);
    expect(m, `procedure ${path} has no mock implementation in mocks/src`).toBeDefined();
    expect(m!.type).toBe(procedure._def.type);
    expect(m!.access).toBe(procedure._def.meta?.access);
    expect(procedure._def.inputs.length, `${path} takes one input schema`).toBe(1);
    expect(sameSchema(m!.input, procedure._def.inputs[0]), `${path}: the mock's input schema differs from the bff's`).toBe(true);
    expect(sameSchema(m!.output, procedure._def.output), `${path}: the mock's output schema differs from the bff's`).toBe(true);
  });

  it('has no mock of a procedure the bff does not have', () => {
    const realPaths = new Set(real.map(([path]) => path));
    expect([...mocks.keys()].filter((path) => !realPaths.has(path))).toEqual([]);
  });
});
