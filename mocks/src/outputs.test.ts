import { appRouter } from '@console/bff/router';
import type { AccessPolicy } from '@console/shared';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { callPath, mockCaller } from './testing';

/**
 * Calls every procedure of the bff router on the mocks, with valid inputs, as every demo user its access
 * policy admits, and parses each answer with the OUTPUT schema of the real procedure: a fixture or a mock
 * answer the bff's schema rejects fails here. A procedure with an input needs sample inputs below.
 */
const USERS_BY_ACCESS: Record<AccessPolicy, (string | null)[]> = {
  public: [null, 'op.apparel', 'mgr.fashion', 'admin'],
  authenticated: ['op.apparel', 'op.home', 'mgr.fashion', 'mgr.tech', 'admin'],
  operator: ['op.apparel', 'op.beauty', 'op.electronics', 'op.fmcg', 'op.home'],
  manager: ['mgr.fashion', 'mgr.tech'],
  admin: ['admin'],
};

type Sample = { input: unknown; as?: string[] };
/** Valid inputs per procedure; a procedure absent here is called without input. */
const SAMPLES: Record<string, Sample[]> = {
  'auth.login': [{ input: { username: 'op.beauty', password: 'demo1234' } }, { input: { username: 'ADMIN', password: 'demo1234' } }],
  'merchants.byIdForOperator': [
    { input: { id: 'm_apparel_01' }, as: ['op.apparel'] },
    { input: { id: 'm_home_01' }, as: ['op.home'] },
  ],
  'merchants.list': [
    { input: {} },
    { input: { page: 2, pageSize: 3, sort: { field: 'dsrService', order: 'desc' } } },
    { input: { filters: { crossBorder: true, serviceTier: ['silver', 'standard'], q: '店' }, sort: { field: 'createdAt', order: 'asc' } } },
  ],
  'merchants.byId': [
    { input: { id: 'm_beauty_03' }, as: ['mgr.fashion'] },
    { input: { id: 'm_fmcg_05' }, as: ['mgr.tech'] },
  ],
  'users.list': [{ input: {} }, { input: { pageSize: 2, page: 3, sort: { field: 'role', order: 'desc' }, filters: { role: ['operator'], q: 'op' } } }],
  'users.setRole': [
    { input: { userId: 'u_op_apparel', role: 'manager', verticals: ['apparel'] } },
    { input: { userId: 'u_mgr_tech', role: 'operator', merchantId: 'm_home_02' } },
    { input: { userId: 'u_admin', role: 'admin' } },
  ],
};

interface RealProcedure {
  _def: { meta?: { access?: AccessPolicy }; inputs: z.ZodType[]; output?: z.ZodType };
}
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, RealProcedure>);

describe('every mock answer parses with the bff output schema', () => {
  it.each(procedures.map(([path, p]) => [path, p] as const))('%s', async (path, procedure) => {
    const access = procedure._def.meta?.access;
    expect(access, `${path} declares an access policy`).toBeDefined();
    const output = procedure._def.output;
    expect(output, `${path} declares an output schema`).toBeDefined();
    const samples = SAMPLES[path] ?? [{ input: undefined }];
    for (const sample of samples) {
      expect(
        procedure._def.inputs[0]!.safeParse(sample.input).success,
        `${path}: add a valid sample input to SAMPLES in mocks/src/outputs.test.ts`,
      ).toBe(true);
      for (const username of sample.as ?? USERS_BY_ACCESS[access!]) {
        const { caller } = mockCaller(username);
        const result = await callPath(caller, path, sample.input);
        const parsed = output!.safeParse(result);
        expect(parsed.error, `${path} as ${username ?? 'nobody'} with ${JSON.stringify(sample.input)}`).toBeUndefined();
      }
    }
  });
});
