import type { Db } from '../db/client';
import type { NotificationHub } from '../notifications/live';
import type { Context, CookieJar } from '../trpc';
import { authConfig } from './config';
import { resolveSession } from './repo';

export interface RequestInfo {
  db: Db;
  cookies: CookieJar;
  ip: string;
  userAgent: string | null;
  now: () => Date;
  /** The process's live notification hub (subscriptions); none: subscriptions are refused. */
  live?: NotificationHub | null;
}

/**
 * The tRPC context of one request: the session named by the cookie, if it is still open.
 * The HTTP adapter and the test harness both build contexts here, so tests see what a browser sees.
 */
export async function createRequestContext(info: RequestInfo): Promise<Context> {
  const sid = info.cookies.get(authConfig.cookieName);
  const session = sid ? await resolveSession(info.db, sid, info.now()) : null;
  // A cookie naming an ended session is dropped, so the browser stops sending it.
  if (sid && !session) info.cookies.clear(authConfig.cookieName);
  return {
    db: info.db,
    user: session?.user ?? null,
    sessionIdHash: session?.idHash ?? null,
    ip: info.ip,
    userAgent: info.userAgent,
    cookies: info.cookies,
    now: info.now,
    live: info.live ?? null,
  };
}

/**
 * The context of a fetch `Request` (tRPC's fetch adapter: mock mode's MSW handler), built by the same code as
 * the bff's: the client's address comes from X-Forwarded-For when a proxy in front names it. The cookie jar is
 * the caller's, because a browser never hands an HttpOnly cookie to JavaScript: mock mode keeps its own.
 */
export function createFetchContext(info: Omit<RequestInfo, 'ip' | 'userAgent'> & { request: Request; fallbackIp: string }): Promise<Context> {
  const forwarded = info.request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return createRequestContext({
    db: info.db,
    cookies: info.cookies,
    ip: forwarded || info.fallbackIp,
    userAgent: info.request.headers.get('user-agent'),
    now: info.now,
    live: info.live,
  });
}
