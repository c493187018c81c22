import type { AccessPolicy } from '@console/shared';
import {
  adminProcedure,
  type AppRouter,
  appRouter,
  authedProcedure,
  managerProcedure,
  operatorProcedure,
  publicProcedure,
  router,
} from '@console/bff/embedded';
import type { AnyProcedure, AnyRouter, inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { z } from 'zod';

/**
 * Answering ONE procedure with a fixture, for a page built before its procedure exists (or to pin one answer
 * while a procedure is being changed). Everything else keeps going to the real router. An override keeps the
 * access policy and the input/output schemas: the answer is parsed with the output schema on every call (a
 * wrong fixture is a 500 with `errors.internal`, as in the bff) and its type is checked at compile time.
 * Remove the override when the procedure lands: `overrides.test.ts` then fails for an override of a path the
 * router has with another type, and `OVERRIDES` lists what is still faked.
 */
export interface Override {
  path: string;
  type: 'query' | 'mutation';
  access: AccessPolicy;
  input?: z.ZodType;
  output: z.ZodType;
  /** The answer for an input (already parsed with the input schema). */
  answer: (input: unknown) => unknown;
  /** An input to call it with in overrides.test.ts (when it takes one). */
  example?: unknown;
}

// ---------------------------------------------------------------------------------------------------------------
// Procedure paths of the real router, as types

type Record_ = AppRouter['_def']['record'];
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends AnyProcedure ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type At<T, P extends string> = P extends `${infer H}.${infer R}` ? (H extends keyof T ? At<T[H], R> : never) : P extends keyof T ? T[P] : never;

/** Every procedure path of the bff's router: `merchants.list`, `review.queue`, … */
export type ProcedurePath = Leaves<Record_>;
export type OutputOf<P extends ProcedurePath> = At<inferRouterOutputs<AppRouter>, P>;
export type InputOf<P extends ProcedurePath> = At<inferRouterInputs<AppRouter>, P>;

function procedureAt(path: string): AnyProcedure | undefined {
  return (appRouter._def.procedures as unknown as Record<string, AnyProcedure>)[path];
}

/**
 * Overrides a procedure the router has: its schemas and access policy are the real procedure's, and the answer
 * must have its output type.
 */
export function override<P extends ProcedurePath>(path: P, answer: (input: InputOf<P>) => OutputOf<P> | Promise<OutputOf<P>>, example?: InputOf<P>): Override {
  const real = procedureAt(path);
  if (!real) throw new Error(`override('${path}'): the router has no such procedure`);
  const def = real._def as unknown as { type: 'query' | 'mutation'; inputs: z.ZodType[]; output?: z.ZodType; meta?: { access: AccessPolicy } };
  if (!def.output || !def.meta) throw new Error(`override('${path}'): the procedure declares no output schema or access policy`);
  return { path, type: def.type, access: def.meta.access, input: def.inputs[0], output: def.output, answer: answer as Override['answer'], example };
}

/**
 * A procedure the router does not have yet, declared with the schemas from `@console/shared` it will have: the
 * answer is typed by the output schema. The page calls it like any other (the web's client type does not know
 * it until the bff does; cast at the call site until then).
 */
export function stub<I extends z.ZodType | undefined, O extends z.ZodType>(spec: {
  path: string;
  type: 'query' | 'mutation';
  access: AccessPolicy;
  input?: I;
  output: O;
  answer: (input: I extends z.ZodType ? z.output<I> : undefined) => z.input<O> | Promise<z.input<O>>;
  example?: I extends z.ZodType ? z.input<I> : undefined;
}): Override {
  return { ...spec, answer: spec.answer as Override['answer'] } as Override;
}

// ---------------------------------------------------------------------------------------------------------------
// The router mock mode serves

const byPolicy = {
  public: publicProcedure,
  authenticated: authedProcedure,
  operator: operatorProcedure,
  manager: managerProcedure,
  admin: adminProcedure,
} as const;

/** The procedure an override stands for: the policy's builder (its access check), the schemas, the answer. */
function procedureOf(o: Override): AnyProcedure {
  const builder = byPolicy[o.access as keyof typeof byPolicy];
  if (!builder) throw new Error(`override of ${o.path}: no procedure builder for access '${o.access}'`);
  const withInput = (o.input ? builder.input(o.input) : builder).output(o.output);
  const resolve = ({ input }: { input: unknown }) => o.answer(input);
  return (o.type === 'query' ? withInput.query(resolve) : withInput.mutation(resolve)) as unknown as AnyProcedure;
}

/** `base` with the procedures at the given dotted paths replaced (or added). */
export function routerWith(base: AnyRouter, replacements: Record<string, AnyProcedure>): AnyRouter {
  const copy = (node: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeof v === 'function' || !v || typeof v !== 'object' ? v : copy(v as Record<string, unknown>)]));
  const record = copy(base._def.record as Record<string, unknown>);
  for (const [path, procedure] of Object.entries(replacements)) {
    const keys = path.split('.');
    let node = record;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = procedure;
  }
  return router(record as never);
}

/** The real router, with the overrides in place of (or next to) its procedures. */
export function routerWithOverrides(overrides: readonly Override[]): AnyRouter {
  if (overrides.length === 0) return appRouter;
  return routerWith(appRouter, Object.fromEntries(overrides.map((o) => [o.path, procedureOf(o)])));
}
