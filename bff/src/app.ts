import { sql } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { createRequestContext } from './auth/context';
import type { Database } from './db/client';
import { type AppRouter, appRouter } from './router';
import type { Context, CookieJar } from './trpc';

export interface AppOptions {
  database: Database;
  /** Folder of the built SPA; served with history fallback when it exists. */
  webDist?: string | null;
  production?: boolean;
  logger?: boolean;
  now?: () => Date;
}

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

function cookieJar(req: FastifyRequest, reply: FastifyReply, secure: boolean): CookieJar {
  const base = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
  return {
    get: (name) => req.cookies[name],
    set: (name, value, { maxAgeSeconds }) => void reply.setCookie(name, value, { ...base, maxAge: maxAgeSeconds }),
    clear: (name) => void reply.clearCookie(name, base),
  };
}

/** A mutation from another site is refused before it reaches a procedure (CSRF). */
function isCrossSite(req: FastifyRequest) {
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

export async function buildApp(opts: AppOptions) {
  const production = opts.production ?? process.env.NODE_ENV === 'production';
  const now = opts.now ?? (() => new Date());
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.TRUST_PROXY === 'true',
  });
  await app.register(fastifyCookie);

  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/trpc')) return;
    if (req.method === 'POST') {
      if (isCrossSite(req)) return reply.code(403).send({ error: { message: 'errors.crossSite', code: 'FORBIDDEN' } });
      const type = req.headers['content-type'] ?? '';
      if (!type.startsWith('application/json')) {
        return reply.code(415).send({ error: { message: 'errors.jsonOnly', code: 'UNSUPPORTED_MEDIA_TYPE' } });
      }
    } else if (req.method !== 'GET') {
      return reply.code(405).send({ error: { message: 'errors.methodNotAllowed', code: 'METHOD_NOT_SUPPORTED' } });
    }
  });

  const createContext: FastifyTRPCPluginOptions<AppRouter>['trpcOptions']['createContext'] = async ({ req, res }): Promise<Context> => {
    const secure = production && !LOOPBACK.test(req.hostname.replace(/:\d+$/, ''));
    return createRequestContext({
      db: opts.database.db,
      cookies: cookieJar(req, res, secure),
      ip: req.ip,
      userAgent: req.headers['user-agent'] ?? null,
      now,
    });
  };

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    maxBodySize: 1024 * 1024,
    trpcOptions: {
      router: appRouter,
      createContext,
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ path, err: error }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  app.get('/health', async () => {
    await opts.database.db.execute(sql`select 1`);
    return { status: 'ok', database: opts.database.kind };
  });

  const webDist = opts.webDist === undefined ? defaultWebDist : opts.webDist;
  if (webDist && existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, maxAge: '1h', immutable: false });
    // History fallback: any GET that is not an API or a file gets the SPA's index.html.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/trpc') && !req.url.startsWith('/health')) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      return reply.code(404).send({ error: { message: 'errors.notFound', code: 'NOT_FOUND' } });
    });
  }
  return app;
}
