import {
  type AnyProcedure,
  type AnyRouter,
  initTRPC,
  type ProcedureType,
  type TRPCRouterRecord,
  TRPCError,
} from '@trpc/server';
import { type AccessPolicy, apiErrorShape, type SessionUser, type Vertical } from '@console/shared';
import type { z } from 'zod';
import { isAuthPath, type Scenario } from './scenario';
import type { MockStore } from './store';

/**
 * The mock implementation of the bff router.
 *
 * Every procedure of the real router gets a mock declared with the same access policy and the same
 * input and output schemas from `@console/shared`; `MockImpl<AppRouter>` maps the router's type so that a
 * procedure without a mock, a mock of the wrong kind (query/mutation), or a mock whose schemas differ from
 * the router's fails the typecheck. At runtime `buildMockRouter` turns the implementation into a real tRPC
 * router, which `fetchRequestHandler` serves: the wire format (batching included) is tRPC's own.
 */

export interface MockCtx {
  store: MockStore;
  user: SessionUser | null;
  scenario: Scenario;
  ip: string;
  now: () => Date;
}
export type AuthedCtx = MockCtx & { user: SessionUser };
export type OperatorCtx = AuthedCtx & { merchantId: string };
export type ManagerCtx = AuthedCtx & { verticals: Vertical[] };

type CtxFor<A extends AccessPolicy> = A extends 'public'
  ? MockCtx
  : A extends 'operator'
    ? OperatorCtx
    : A extends 'manager'
      ? ManagerCtx
      : AuthedCtx;

type Awaitable<T> = T | Promise<T>;

export interface MockProcedure<TType extends ProcedureType, TIn, TOut> {
  readonly kind: 'mockProcedure';
  readonly type: TType;
  readonly access: AccessPolicy;
  readonly input: z.ZodType;
  readonly output: z.ZodType;
  readonly resolve: (opts: { input: never; ctx: never }) => unknown;
  /** Type only: pins the input the client sends and the output it gets, invariantly (never read). */
  readonly _types: { input: (value: TIn) => TIn; output: (value: TOut) => TOut };
}
export type AnyMockProcedure = MockProcedure<ProcedureType, unknown, unknown>;

type MockOf<P extends AnyProcedure> = MockProcedure<P['_def']['type'], P['_def']['$types']['input'], P['_def']['$types']['output']>;

/** One mock per procedure, nested like the router's record. */
export type MockRecord<R extends TRPCRouterRecord> = {
  [K in keyof R]: R[K] extends AnyProcedure ? MockOf<R[K]> : R[K] extends TRPCRouterRecord ? MockRecord<R[K]> : never;
};
export type MockImpl<TRouter extends AnyRouter> = MockRecord<TRouter['_def']['record']>;

function define<A extends AccessPolicy, T extends 'query' | 'mutation'>(access: A, type: T) {
  return <I extends z.ZodType, O extends z.ZodType>(
    input: I,
    output: O,
    resolve: (opts: { input: z.output<I>; ctx: CtxFor<A> }) => Awaitable<z.input<O>>,
  ): MockProcedure<T, z.input<I>, z.output<O>> => ({
    kind: 'mockProcedure',
    type,
    access,
    input,
    output,
    resolve: resolve as AnyMockProcedure['resolve'],
    _types: null as never,
  });
}

function access<A extends AccessPolicy>(a: A) {
  return { query: define(a, 'query'), mutation: define(a, 'mutation') };
}

/** Procedure builders by role, named like the bff's: `mock.operator.query(input, output, resolver)`. */
export const mock = {
  public: access('public'),
  authed: access('authenticated'),
  operator: access('operator'),
  manager: access('manager'),
  admin: access('admin'),
};

export const isMockProcedure = (value: unknown): value is AnyMockProcedure =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'mockProcedure';

/** A domain error a user can fix, with messages per field (the same shape the bff sends). */
export class FieldError extends Error {
  constructor(public fieldErrors: Record<string, string[]>) {
    super('errors.validation');
  }
}
export function badRequest(fieldErrors: Record<string, string[]>, message = 'errors.validation'): never {
  throw new TRPCError({ code: 'BAD_REQUEST', message, cause: new FieldError(fieldErrors) });
}
export const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });

/** The cause of a CONFLICT: someone changed the row since the caller read it. */
export class StaleVersionError extends Error {
  constructor(public currentVersion: number) {
    super('errors.staleVersion');
  }
}
/** CONFLICT with `errors.staleVersion`; `data.currentVersion` on the wire says what to reload. */
export const staleVersion = (currentVersion: number) =>
  new TRPCError({ code: 'CONFLICT', message: 'errors.staleVersion', cause: new StaleVersionError(currentVersion) });

const t = initTRPC
  .context<MockCtx>()
  .meta<{ access: AccessPolicy }>()
  .create({
    // The mock router runs in the browser, under MSW's worker client.
    allowOutsideOfServer: true,
    // The same error shape as the bff's, from shared: the web cannot tell mock mode from the real thing.
    errorFormatter: ({ shape, error }) => apiErrorShape(shape, error),
  });

/** `empty`: every list comes back without rows. */
function emptied(data: unknown): unknown {
  if (Array.isArray(data)) return [];
  if (data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items)) {
    return { ...data, items: [], ...('total' in data ? { total: 0 } : {}) };
  }
  return data;
}

const scenarioProcedure = t.procedure.use(async ({ ctx, path, next }) => {
  if (ctx.scenario === 'error' && !isAuthPath(path)) {
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'errors.internal' });
  }
  const result = await next();
  if (ctx.scenario === 'empty' && result.ok) return { ...result, data: emptied(result.data) };
  return result;
});

const unauthorized = () => new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.unauthorized' });
const forbidden = () => new TRPCError({ code: 'FORBIDDEN', message: 'errors.forbidden' });

const procedures = {
  public: scenarioProcedure.meta({ access: 'public' }),
  authenticated: scenarioProcedure.meta({ access: 'authenticated' }).use(({ ctx, next }) => {
    if (!ctx.user) throw unauthorized();
    return next({ ctx: { ...ctx, user: ctx.user } });
  }),
  operator: scenarioProcedure.meta({ access: 'operator' }).use(({ ctx, next }) => {
    if (!ctx.user) throw unauthorized();
    if (ctx.user.role !== 'operator' || !ctx.user.merchantId) throw forbidden();
    return next({ ctx: { ...ctx, user: ctx.user, merchantId: ctx.user.merchantId } });
  }),
  manager: scenarioProcedure.meta({ access: 'manager' }).use(({ ctx, next }) => {
    if (!ctx.user) throw unauthorized();
    if (ctx.user.role !== 'manager' || ctx.user.verticals.length === 0) throw forbidden();
    return next({ ctx: { ...ctx, user: ctx.user, verticals: ctx.user.verticals } });
  }),
  admin: scenarioProcedure.meta({ access: 'admin' }).use(({ ctx, next }) => {
    if (!ctx.user) throw unauthorized();
    if (ctx.user.role !== 'admin') throw forbidden();
    return next({ ctx: { ...ctx, user: ctx.user } });
  }),
} satisfies Record<AccessPolicy, unknown>;

interface ImplRecord {
  [key: string]: AnyMockProcedure | ImplRecord;
}

function buildRecord(record: ImplRecord): AnyRouter {
  const out: Record<string, AnyProcedure | AnyRouter> = {};
  for (const [name, value] of Object.entries(record)) {
    if (isMockProcedure(value)) {
      const base = (procedures[value.access] as typeof procedures.public).input(value.input).output(value.output);
      const resolve = value.resolve as (opts: { input: unknown; ctx: MockCtx }) => unknown;
      out[name] =
        value.type === 'mutation'
          ? base.mutation(({ input, ctx }) => resolve({ input, ctx }))
          : base.query(({ input, ctx }) => resolve({ input, ctx }));
    } else {
      out[name] = buildRecord(value);
    }
  }
  return t.router(out);
}

/** A real tRPC router over the mock implementation. */
export function buildMockRouter<TRouter extends AnyRouter>(impl: MockImpl<TRouter>): AnyRouter {
  return buildRecord(impl as unknown as ImplRecord);
}

/** Every mock procedure by its dotted path (`merchants.list`), for tests that walk the implementation. */
export function flattenMocks(impl: object, prefix = ''): Map<string, AnyMockProcedure> {
  const out = new Map<string, AnyMockProcedure>();
  for (const [name, value] of Object.entries(impl)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (isMockProcedure(value)) out.set(path, value);
    else if (value && typeof value === 'object') for (const [p, v] of flattenMocks(value, path)) out.set(p, v);
  }
  return out;
}

/** Calls procedures of a mock router directly, as the bff's tests call the real one (no HTTP). */
export const createMockCallerFactory = t.createCallerFactory;
