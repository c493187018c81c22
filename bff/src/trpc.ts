import { initTRPC, TRPCError } from '@trpc/server';
import type { AccessPolicy, SessionUser, Vertical } from '@console/shared';
import { apiErrorShape } from '@console/shared';
import type { ZodType } from 'zod';
import type { Db } from './db/client';
import type { NotificationHub } from './notifications/live';

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
  /** This process's live notification hub; null where nothing is served live (a plain caller in a test). */
  live: NotificationHub | null;
}

export interface Meta {
  access: AccessPolicy;
  /**
   * A subscription's schema of each event it sends (tRPC's `.output()` would be applied to the event stream
   * itself, not to its events): the procedure validates every event with it, and the router test requires it.
   */
  events?: ZodType;
}

/**
 * Server-sent events (subscriptions): a ping every 20 s keeps proxies and the bff's own idle timeout from closing a
 * quiet feed; a client that hears nothing for 45 s (not even a ping) reconnects by itself, sending its last event id.
 */
export const SSE_PING_MS = 20_000;
export const SSE_CLIENT_RECONNECT_MS = 45_000;

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter: ({ shape, error }) => apiErrorShape(shape, error),
    // Mock mode serves this router from a browser (MSW in front of tRPC's fetch adapter): the same router, not a copy.
    allowOutsideOfServer: true,
    sse: { ping: { enabled: true, intervalMs: SSE_PING_MS }, client: { reconnectAfterInactivityMs: SSE_CLIENT_RECONNECT_MS } },
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

/** The SQLSTATE of a database error, looked for through the causes drivers and Drizzle wrap it in. */
export function sqlStateOf(error: unknown): string | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/**
 * The safety net under every procedure: a database refusal caused by what the caller sent (a value out of
 * range, a constraint, a concurrent write) is the caller's 4xx, not a 500. Domains still check their rules
 * first and say precisely what is wrong; this only catches what slips through.
 */
const databaseErrors = t.middleware(async ({ next }) => {
  const result = await next();
  // Only errors nobody handled: a procedure that chose its own code for a database error keeps it.
  if (result.ok || result.error.code !== 'INTERNAL_SERVER_ERROR') return result;
  const state = sqlStateOf(result.error.cause);
  if (!state) return result;
  if (state === '23505' || state === '40001' || state === '40P01') {
    throw new TRPCError({ code: 'CONFLICT', message: 'errors.conflict', cause: result.error });
  }
  // Class 22 (data exception: out of range, bad encoding, bad format) and 23 (integrity: FK, check, not null).
  if (state.startsWith('22') || state.startsWith('23')) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'errors.invalidField', cause: result.error });
  }
  return result;
});

/** Where the first NUL character hides in a raw input (`skus.3.name`), or null. PostgreSQL text cannot hold one. */
function nulPath(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '_' : null;
  if (!value || typeof value !== 'object' || depth > 32) return null;
  for (const [key, v] of Object.entries(value)) {
    if (key.includes('\u0000')) return [...path, key].join('.');
    const found = nulPath(v, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Runs after the access check, so an unsigned or wrong-role caller learns nothing from it. */
const noNulCharacters = t.middleware(async ({ getRawInput, next }) => {
  const at = nulPath(await getRawInput().catch(() => undefined));
  if (at) badRequest({ [at]: ['errors.invalidField'] });
  return next();
});

const base = t.procedure.use(databaseErrors);

export const publicProcedure = base.meta({ access: 'public' }).use(noNulCharacters);

export const authedProcedure = base.meta({ access: 'authenticated' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.unauthorized' });
  return next({ ctx: { ...ctx, user: ctx.user } });
}).use(noNulCharacters);

/** A brand operator; the context carries the one merchant they may touch. */
export const operatorProcedure = base.meta({ access: 'operator' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.unauthorized' });
  if (ctx.user.role !== 'operator' || !ctx.user.merchantId) throw new TRPCError({ code: 'FORBIDDEN', message: 'errors.forbidden' });
  return next({ ctx: { ...ctx, user: ctx.user, merchantId: ctx.user.merchantId } });
}).use(noNulCharacters);

/** A category manager; the context carries the verticals they may act in. */
export const managerProcedure = base.meta({ access: 'manager' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.unauthorized' });
  if (ctx.user.role !== 'manager' || ctx.user.verticals.length === 0) throw new TRPCError({ code: 'FORBIDDEN', message: 'errors.forbidden' });
  return next({ ctx: { ...ctx, user: ctx.user, verticals: ctx.user.verticals as Vertical[] } });
}).use(noNulCharacters);

export const adminProcedure = base.meta({ access: 'admin' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.unauthorized' });
  if (ctx.user.role !== 'admin') throw new TRPCError({ code: 'FORBIDDEN', message: 'errors.forbidden' });
  return next({ ctx: { ...ctx, user: ctx.user } });
}).use(noNulCharacters);
