import { ACCESS_POLICIES } from '@console/shared';
import { appRouter } from '../router';

export interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  inputs: unknown[];
  output?: unknown;
  meta?: { access?: unknown; events?: unknown };
}

/** Every procedure of the router, by dotted path, including any a domain adds later. */
export function allProcedures(): [string, ProcedureDef][] {
  return Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>).map(([path, p]) => [path, p._def]);
}

/** The zod 4 type name of a schema (`object`, `void`, `any`…), or null for anything that is not one (zod, zod/v4, zod/mini alike). */
function zodTypeOf(schema: unknown): string | null {
  const type = (schema as { _zod?: { def?: { type?: unknown } } } | null)?._zod?.def?.type;
  return typeof type === 'string' ? type : null;
}

/** What is wrong with one procedure's declaration; empty when it follows the rules. */
export function contractProblems(def: ProcedureDef): string[] {
  const problems: string[] = [];
  if (def.inputs.length === 0) problems.push('no .input() schema (use noInput for none)');
  for (const input of def.inputs) if (!zodTypeOf(input)) problems.push('an input parser that is not a zod schema');
  if (def.type === 'subscription') {
    // tRPC would apply .output() to the event stream itself; a subscription names its events' schema in meta.events.
    const eventsType = zodTypeOf(def.meta?.events);
    if (def.output) problems.push('a subscription with .output() (declare meta.events instead)');
    if (!eventsType) problems.push('a subscription without a zod meta.events schema');
    else if (eventsType === 'any' || eventsType === 'unknown') problems.push('an events schema that checks nothing (z.any/z.unknown)');
    const access = def.meta?.access;
    if (!(ACCESS_POLICIES as readonly unknown[]).includes(access)) problems.push(`meta.access ${JSON.stringify(access)} is not one of ${ACCESS_POLICIES.join(', ')}`);
    return problems;
  }
  const outputType = def.output ? zodTypeOf(def.output) : null;
  if (!def.output) problems.push('no .output() schema');
  else if (!outputType) problems.push('an output parser that is not a zod schema');
  else if (outputType === 'any' || outputType === 'unknown') problems.push('an output schema that checks nothing (z.any/z.unknown)');
  const access = def.meta?.access;
  if (!(ACCESS_POLICIES as readonly unknown[]).includes(access)) problems.push(`meta.access ${JSON.stringify(access)} is not one of ${ACCESS_POLICIES.join(', ')}`);
  return problems;
}

