import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allProcedures, contractProblems, type ProcedureDef } from './test/procedures';

describe('router contract', () => {
  const procedures = allProcedures();

  it('finds the procedures of every slice', () => {
    const paths = procedures.map(([p]) => p);
    expect(paths).toEqual(expect.arrayContaining(['auth.login', 'auth.logout', 'auth.me', 'merchants.list', 'merchants.byId', 'merchants.mine', 'users.list', 'users.setRole']));
  });

  it('every procedure declares an input schema, an output schema and one access policy', () => {
    const offenders = procedures.flatMap(([path, def]) => contractProblems(def).map((p) => `${path}: ${p}`));
    expect(offenders).toEqual([]);
  });

  it('only sign-in, sign-out and "who am I" are public', () => {
    const publicPaths = procedures.filter(([, def]) => def.meta?.access === 'public').map(([p]) => p);
    expect(publicPaths.sort()).toEqual(['auth.login', 'auth.logout', 'auth.me']);
  });

  it('the check itself catches a procedure that misses a schema or a policy', async () => {
    const { initTRPC } = await import('@trpc/server');
    const t = initTRPC.meta<{ access: string }>().create();
    const bare = t.router({
      noSchemas: t.procedure.query(() => 1),
      noMeta: t.procedure.input(z.void()).output(z.number()).query(() => 1),
      anyOut: t.procedure.meta({ access: 'public' }).input(z.void()).output(z.any()).query(() => 1),
      badPolicy: t.procedure.meta({ access: 'everyone' }).input(z.void()).output(z.number()).query(() => 1),
    });
    const defs = bare._def.procedures as unknown as Record<string, { _def: ProcedureDef }>;
    expect(contractProblems(defs.noSchemas!._def)).toHaveLength(3);
    expect(contractProblems(defs.noMeta!._def)).toEqual([expect.stringContaining('meta.access undefined')]);
    expect(contractProblems(defs.anyOut!._def)).toEqual([expect.stringContaining('checks nothing')]);
    expect(contractProblems(defs.badPolicy!._def)).toEqual([expect.stringContaining('"everyone"')]);
  });
});
