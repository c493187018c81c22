import { initTRPC, TRPCError } from '@trpc/server';
import type { AccessPolicy, SessionUser, Vertical } from '@console/shared';
import { ZodError } from 'zod';
import type { Db } from './db/client';

/** The cookie jar a procedure may touch; Fastify backs it in production, tests pass a plain one. */
export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options: { maxAgeSeconds: number }): void;
  clear(name: string): void;
}

export interface Context {
  db: Db;
  user: SessionUser | null;
  /** SHA-256 of the session id, when a session is open. */
  sessionIdHash: string | null;
  ip: string;
  userAgent: string | null;
  cookies: CookieJar;
  now: () => Date;
}

export interface Meta {
  access: AccessPolicy;
}

/** Field path of a zod issue as the form names it: `skus.3.launchPrice`. */
function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const zodError = error.cause instanceof ZodError ? error.cause : null;
      const cause = error.cause as { fieldErrors?: Record<string, string[]>; currentVersion?: number } | undefined;
      return {
        ...shape,
        // A 500's own message may carry SQL or hosts; the caller gets a key, the log keeps the detail.
        message: zodError ? 'errors.validation' : error.code === 'INTERNAL_SERVER_ERROR' ? 'errors.internal' : shape.message,
        data: {
          ...shape.data,
          stack: undefined,
          fieldErrors: zodError ? fieldErrorsOf(zodError) : (cause?.fieldErrors ?? null),
          // A CONFLICT on a stale version tells the caller the version it should reload (review/errors.ts).
          ...(typeof cause?.currentVersion === 'number' ? { currentVersion: cause.currentVersion } : {}),
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** A domain error a user can fix, with messages per field (keys are i18n keys the web translates). */
export class FieldError extends Error {
  constructor(public fieldErrors: Record<string, string[]>) {
    super('errors.validation');
  }
}
export function badRequest(fieldErrors: Record<string, string[]>, message = 'errors.validation'): never {
  throw new TRPCError({ code: 'BAD_REQUEST', message, cause: new FieldError(fieldErrors) });
}

export const publicProcedure = t.procedure.meta({ access: 'public' });

export const authedProcedure = t.procedure.meta({ access: 'authenticated' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.unauthorized' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A brand operator; the context carries the one merchant they may touch. */
export const operatorProcedure = t.procedure.meta({ access: 'operator' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.unauthorized' });
  if (ctx.user.role !== 'operator' || !ctx.user.merchantId) throw new TRPCError({ code: 'FORBIDDEN', message: 'errors.forbidden' });
  return next({ ctx: { ...ctx, user: ctx.user, merchantId: ctx.user.merchantId } });
});

/** A category manager; the context carries the verticals they may act in. */
export const managerProcedure = t.procedure.meta({ access: 'manager' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.unauthorized' });
  if (ctx.user.role !== 'manager' || ctx.user.verticals.length === 0) throw new TRPCError({ code: 'FORBIDDEN', message: 'errors.forbidden' });
  return next({ ctx: { ...ctx, user: ctx.user, verticals: ctx.user.verticals as Vertical[] } });
});

export const adminProcedure = t.procedure.meta({ access: 'admin' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.unauthorized' });
  if (ctx.user.role !== 'admin') throw new TRPCError({ code: 'FORBIDDEN', message: 'errors.forbidden' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});
