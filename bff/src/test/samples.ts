/**
 * Inputs for a procedure made from its own zod schema, for walks that must reach past validation: every leaf
 * gets a hostile value the schema still accepts (NUL bytes, LIKE wildcards, quotes, emoji, the longest string
 * allowed, the largest number allowed…). `variant` picks a different accepted candidate per leaf.
 */
import type { z } from 'zod';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const accepts = (schema: unknown, value: unknown) => (schema as z.ZodType).safeParse(value).success;

const STRINGS = [
  'x\u0000y',
  `%_\\'"; drop table merchants; --`,
  '🧨 新品 ✓'.repeat(3),
  '\u202Eevil\u202C',
  'm_apparel_01',
  '2026-03-01T00:00:00.000Z',
  '2026-03-01',
  'SS',
  'a',
];
const NUMBERS = [2 ** 31, Number.MAX_SAFE_INTEGER, 1e12, 100_000, 500, 100, 10, 1, 0, -1, 0.5];

function pick<T>(candidates: T[], schema: unknown, variant: number): T | undefined {
  const ok = candidates.filter((c) => accepts(schema, c));
  return ok.length ? ok[variant % ok.length] : undefined;
}

/** A value for `schema`, or undefined when none of the candidates fits. */
export function sampleFor(schema: unknown, variant = 0, depth = 0): unknown {
  if (depth > 12) return undefined;
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const long = [5000, 1000, 256, 100, 64, 20].map((n) => 'x'.repeat(n));
      return pick([...STRINGS, ...long], schema, variant) ?? pick(['abc', 'abcdefgh', 'https://img.example.com/a.png', 'a@b.cn'], schema, variant);
    }
    case 'number':
    case 'int':
      return pick(NUMBERS, schema, variant);
    case 'bigint':
      return pick([2n ** 63n - 1n, 1n, 0n], schema, variant);
    case 'boolean':
      return variant % 2 === 0;
    case 'date':
      return new Date(Date.UTC(2026, 2, 1));
    case 'null':
      return null;
    case 'void':
    case 'undefined':
      return undefined;
    case 'literal':
      return (def.values as unknown[])[variant % (def.values as unknown[]).length];
    case 'enum': {
      const values = Object.values(def.entries as Record<string, unknown>);
      return values[variant % values.length];
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return sampleFor(def.innerType, variant, depth + 1);
    case 'pipe':
      return sampleFor(def.in, variant, depth + 1);
    case 'lazy':
      return sampleFor((def.getter as () => unknown)(), variant, depth + 1);
    case 'array': {
      const item = sampleFor(def.element, variant, depth + 1);
      // As many items as the schema allows, up to 5: long enough to reach per-item rules.
      for (const n of [5, 3, 1, 0]) {
        const arr = Array.from({ length: n }, (_, i) => sampleFor(def.element, variant + i, depth + 1));
        if (accepts(schema, arr)) return arr;
      }
      return item === undefined ? [] : [item];
    }
    case 'tuple':
      return (def.items as unknown[]).map((s) => sampleFor(s, variant, depth + 1));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, s] of Object.entries(def.shape as Record<string, unknown>)) {
        const v = sampleFor(s, variant, depth + 1);
        if (v !== undefined) out[key] = v;
      }
      return out;
    }
    case 'record':
      return { [String(sampleFor(def.keyType, variant, depth + 1) ?? 'k')]: sampleFor(def.valueType, variant, depth + 1) };
    case 'union': {
      const options = def.options as unknown[];
      return sampleFor(options[variant % options.length], Math.floor(variant / options.length), depth + 1);
    }
    case 'intersection':
      return { ...(sampleFor(def.left, variant, depth + 1) as object), ...(sampleFor(def.right, variant, depth + 1) as object) };
    default:
      return undefined;
  }
}
