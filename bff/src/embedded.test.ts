import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));

/** Every bff module the embedded entry reaches through relative imports (types included: cheap to over-check). */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s(?!type\b)[^'"]*from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      const target = join(dirname(file), m[1]!);
      if (target.endsWith('.json')) continue;
      stack.push(target.endsWith('.ts') ? target : `${target}.ts`);
    }
  }
  return [...seen];
}

describe('@console/bff/embedded (mock mode runs it in the browser)', () => {
  const files = reachable(join(src, 'embedded.ts'));

  it('reaches the router and the seed', () => {
    const names = files.map((f) => relative(src, f));
    expect(names).toEqual(expect.arrayContaining(['router.ts', 'db/seed.ts', 'auth/context.ts', 'db/bundled-migrations.ts']));
  });

  it.each(files.map((f) => [relative(src, f), f]))('%s uses no Node API and no server-only package', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const values = [...source.matchAll(/^(?:import|export)\s(?!type\b)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    for (const s of values) expect(s, `${_name} imports ${s}`).not.toMatch(/^(node:|fs$|path$|crypto$|pg$|fastify|@fastify\/|drizzle-orm\/node-postgres)/);
    // `process` does not exist in a browser: a module may read the environment only behind a check that it exists.
    if (/\bprocess\.env\b/.test(source)) expect(source, `${_name} reads process.env without checking for process`).toMatch(/typeof process === 'undefined'|globalThis\.process\?\./);
  });
});
