import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { getTRPCErrorShape, TRPCError, type TRPC_ERROR_CODE_KEY, transformTRPCResponse } from '@trpc/server';
import { fastifyRequestHandler, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import Fastify, { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { createRequestContext } from './auth/context';
import { config, type TrustProxy } from './config';
import type { Database } from './db/client';
import { loggerOptions, pathOf } from './logger';
import { answerQuery, type QueryOptions } from './queries';
import { NotificationHub, type NotificationSource, pgliteSource, silentSource } from './notifications/live';
import { connectionOf, postgresSource } from './notifications/pg-source';
import { defaultWebDist } from './paths';
import { type AppRouter, appRouter } from './router';
import { serviceIngestRoutes } from './service/ingest';
import type { Context, CookieJar } from './trpc';

export interface AppOptions {
  database: Database;
  /** Folder of the built SPA; served with history fallback when it exists. */
  webDist?: string | null;
  production?: boolean;
  /** The request/error log (pino, JSON lines): `false` for none; by default LOG_LEVEL. `stream` receives the lines. */
  logger?: false | { level?: Parameters<typeof loggerOptions>[0]; stream?: { write(line: string): void } };
  now?: () => Date;
  /** Which X-Forwarded-* headers to believe; TRUST_PROXY by default. */
  trustProxy?: TrustProxy;
  /** How long a client may take to send its request, and more (HTTP_* variables by default); tests shorten them. */
  timeouts?: Partial<HttpTimeouts>;
  /** The live notification hub; by default one listening on the database (closed with the app). */
  live?: NotificationHub;
  /**
   * Queries sent by GET are answered by queries.ts, without tRPC's fetch Request/Response (true by default); false
   * sends every request through tRPC's Fastify adapter, which a test compares it with.
   */
  directQueries?: boolean;
}

/**
 * Where this process hears of new notifications: PostgreSQL's LISTEN on a connection of its own (every replica
 * hears every commit), or PGlite's in-process LISTEN.
 */
export function notificationSourceFor(database: Database, log: (message: string, err?: unknown) => void): NotificationSource {
  const client = (database.db as unknown as { $client?: unknown }).$client;
  if (database.kind === 'postgres' && client) return postgresSource(connectionOf(client as Parameters<typeof connectionOf>[0]), log);
  if (client && typeof (client as { listen?: unknown }).listen === 'function') return pgliteSource(client as Parameters<typeof pgliteSource>[0]);
  return silentSource;
}

export interface HttpTimeouts {
  /** Whole request, headers and body, from its first byte (Node answers 408 and closes). */
  requestMs: number;
  /** The request headers alone. */
  headersMs: number;
  /** An idle keep-alive connection between two requests. */
  keepAliveMs: number;
  /** A socket with no traffic at all. */
  idleMs: number;
  /** How often Node looks for requests over their time; the timeouts above are this late at most. */
  checkEveryMs: number;
}

/** Calls per batched tRPC request; keep web/src/providers/trpc.ts `maxItems` at or below it. */
export const MAX_BATCH_SIZE = 50;

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * An error the bff raises before a procedure runs, in the envelope tRPC's client reads (the same one every
 * procedure error has, through the router's errorFormatter): a JSON-RPC `code`, `data.code`, `data.httpStatus`
 * and an i18n key as `message`; for a batch (`?batch=1`), one such error per call, so every call of the batch
 * rejects with it.
 */
export function trpcErrorBody(url: string, code: TRPC_ERROR_CODE_KEY, message: string) {
  const error = new TRPCError({ code, message });
  const config = appRouter._def._config;
  const [rawPath = '', query = ''] = url.split('?', 2);
  let path = rawPath.replace(/^\/trpc\/?/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A path that is not valid percent-encoding stays as it came.
  }
  const item = (p: string) =>
    transformTRPCResponse(config, { error: getTRPCErrorShape({ config, error, type: 'unknown', path: p || undefined, input: undefined, ctx: undefined }) });
  const paths = path.split(',');
  const batch = new URLSearchParams(query).get('batch') === '1' && paths.length <= MAX_BATCH_SIZE;
  return { status: getHTTPStatusCodeFromError(error), body: batch ? paths.map(item) : item(path) };
}

/**
 * Errors of a connection before Fastify has a request (a request not in within its timeout, headers too large,
 * malformed HTTP): answered in the same envelope, then the connection is closed. Replaces Fastify's default, whose
 * body tRPC's client cannot read.
 */
function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, message, status]: [TRPC_ERROR_CODE_KEY, string, number | null] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? ['TIMEOUT', 'errors.timeout', null]
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? ['BAD_REQUEST', 'errors.tooLarge', 431]
        : ['BAD_REQUEST', 'errors.badRequest', null];
  const refusal = trpcErrorBody('', code, message);
  const httpStatus = status ?? refusal.status;
  const single = refusal.body as { error: { data: object } };
  const body = JSON.stringify(status ? { error: { ...single.error, data: { ...single.error.data, httpStatus } } } : single);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${httpStatus} ${STATUS_CODES[httpStatus]}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

function refuse(req: FastifyRequest, reply: FastifyReply, code: TRPC_ERROR_CODE_KEY, message: string) {
  const { status, body } = trpcErrorBody(req.url, code, message);
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

function cookieJar(req: FastifyRequest, reply: FastifyReply, secure: boolean): CookieJar {
  const base = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
  return {
    get: (name) => req.cookies[name],
    set: (name, value, { maxAgeSeconds }) => void reply.setCookie(name, value, { ...base, maxAge: maxAgeSeconds }),
    clear: (name) => void reply.clearCookie(name, base),
  };
}

/**
 * A mutation from another origin is refused before it reaches a procedure (CSRF): the browser's
 * Sec-Fetch-Site when it sends one, else the Origin header against the host the request was sent to.
 */
function isCrossSite(req: FastifyRequest) {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    // Both sides through URL, so `http://host:80` and `host` compare equal (default ports drop out). The scheme
    // is left out on purpose: behind a TLS-terminating proxy without TRUST_PROXY the bff sees http.
    return new URL(origin).host !== new URL(`${req.protocol}://${req.host}`).host;
  } catch {
    return true;
  }
}

/**
 * The SPA's Content-Security-Policy: its own scripts only (Vite emits no inline script), styles inline too (antd's
 * CSS-in-JS inserts <style> elements at run time), API calls to this origin, and no framing by anyone. Images may come
 * from any https host: a launch's SKU thumbnails are the merchant's own image links (their CDN), which the SKU grid and
 * the review panel show; an image cannot run code, and plain http is still refused.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const isEventStream = (type: string | null | undefined) => !!type && /^text\/event-stream\b/i.test(type);
/** What the API compresses: JSON (tRPC's answers) and text other than event streams. */
const COMPRESSIBLE = /^text\/|(?:\+|\/)json(?:;|$)/u;

/** API answers at or above this many bytes are compressed (smaller ones would not gain more than the headers cost). */
export const COMPRESS_THRESHOLD = 1024;

/**
 * index.html must be revalidated after every deploy; hashed assets never change, so they are cached for a year.
 * `path` is the file actually sent: with preCompressed that is `index.html.br` or `x.js.gz`, named here without it.
 */
function cacheHeaders(res: { setHeader(name: string, value: string): unknown }, path: string) {
  const file = path.replace(/\\/g, '/').replace(/\.(br|gz)$/, '');
  // Every file has a brotli/gzip twin chosen by Accept-Encoding: caches must key on it.
  res.setHeader('vary', 'Accept-Encoding');
  if (file.endsWith('/index.html')) res.setHeader('cache-control', 'no-cache');
  else if (file.includes('/assets/')) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
  else res.setHeader('cache-control', 'public, max-age=3600');
}

export async function buildApp(opts: AppOptions) {
  const env = config();
  const production = opts.production ?? env.NODE_ENV === 'production';
  const now = opts.now ?? (() => new Date());
  const log = opts.logger === undefined ? { level: env.LOG_LEVEL } : opts.logger;
  const timeouts: HttpTimeouts = {
    requestMs: env.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
    headersMs: Math.min(env.HTTP_HEADERS_TIMEOUT_SECONDS, env.HTTP_REQUEST_TIMEOUT_SECONDS) * 1000,
    keepAliveMs: env.HTTP_KEEP_ALIVE_SECONDS * 1000,
    idleMs: env.HTTP_IDLE_TIMEOUT_SECONDS * 1000,
    checkEveryMs: 1000,
    ...opts.timeouts,
  };
  const app = Fastify({
    logger: log ? loggerOptions(log.level ?? 'info', log.stream) : false,
    // One line per request, written by the onResponse hook below, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // A proxy's request id is kept (and echoed back), so one id follows a request through the proxy's log and ours.
    requestIdHeader: 'x-request-id',
    // Unique across replicas and restarts (Fastify's default counter restarts at req-1 in every process).
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    // A client that declares a body and sends it slowly, or never, must not hold its connection open for good:
    // a few hundred such connections would starve the server. Node answers 408 and closes when a request is not
    // in within `requestTimeout`; headers have their own shorter limit, idle keep-alive connections are closed.
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.idleMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: { headersTimeout: timeouts.headersMs, connectionsCheckingInterval: timeouts.checkEveryMs },
    clientErrorHandler,
    // tRPC puts a batch's procedure names in one path parameter (`/trpc/a.b,c.d,…`); Fastify's default of
    // 100 characters answered 414 to a page that batches more than a handful of queries.
    routerOptions: { maxParamLength: 5000 },
    trustProxy: opts.trustProxy ?? env.TRUST_PROXY,
  });
  await app.register(fastifyCookie);

  const live =
    opts.live ??
    new NotificationHub(
      opts.database.db,
      notificationSourceFor(opts.database, (message, err) => app.log.warn({ err }, message)),
      (err) => app.log.error({ err }, 'notifications: announced rows could not be read; feeds re-read'),
    );
  // Open feeds end first on close (their clients reconnect elsewhere), else the server would wait on them.
  app.addHook('preClose', async () => {
    await live.close();
  });

  // The request line holds its id, method, path, status and time, none of them a key REDACT_PATHS names: it is written
  // by a child of the same logger without the redaction pass, with the id Fastify's per-request child (req.log) binds,
  // in the same bytes. pino runs every key of a line through the redaction's wildcards: 30 µs a line, every request.
  const requestLog = app.log.child({}, { redact: [] });
  app.addHook('onResponse', async (req, reply) => {
    const line = { reqId: req.id, method: req.method, path: pathOf(req.url), statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 };
    if (reply.statusCode >= 500) requestLog.error(line, 'request failed');
    else requestLog.info(line, 'request');
  });

  // Errors raised by Fastify itself (body too large, unreadable body) answer in tRPC's error envelope with an
  // i18n key; anything unexpected is logged and answered as an opaque 500.
  app.setErrorHandler((err: { statusCode?: number; code?: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error({ err }, 'request failed');
    const [code, message]: [TRPC_ERROR_CODE_KEY, string] =
      status === 413
        ? ['PAYLOAD_TOO_LARGE', 'errors.tooLarge']
        : status === 415
          ? ['UNSUPPORTED_MEDIA_TYPE', 'errors.jsonOnly']
          : err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
            ? ['PARSE_ERROR', 'errors.badJson']
            : status === 500
              ? ['INTERNAL_SERVER_ERROR', 'errors.internal']
              : ['BAD_REQUEST', 'errors.badRequest'];
    // A body refused by its declared length is not read: close the connection after the answer instead of
    // leaving the client to push megabytes into a socket nobody reads.
    if (status === 413) reply.header('connection', 'close');
    return refuse(req, reply, code, message);
  });

  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/trpc')) return;
    if (req.method === 'POST') {
      if (isCrossSite(req)) return refuse(req, reply, 'FORBIDDEN', 'errors.crossSite');
      const type = req.headers['content-type'] ?? '';
      if (!type.startsWith('application/json')) return refuse(req, reply, 'UNSUPPORTED_MEDIA_TYPE', 'errors.jsonOnly');
    } else if (req.method !== 'GET') {
      return refuse(req, reply, 'METHOD_NOT_SUPPORTED', 'errors.methodNotAllowed');
    }
  });

  // Headers every response carries: no MIME sniffing, no framing of the console (clickjacking), no full URLs
  // leaked to other sites; API answers hold personal data and are never stored by a browser or a proxy.
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-request-id', req.id);
    if (req.url.startsWith('/trpc') || req.url.startsWith('/health')) reply.header('cache-control', 'no-store');
    else reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  });

  const createContext: FastifyTRPCPluginOptions<AppRouter>['trpcOptions']['createContext'] = async ({ req, res }): Promise<Context> => {
    const secure = production && !LOOPBACK.test(req.hostname.replace(/:\d+$/, ''));
    return createRequestContext({
      db: opts.database.db,
      cookies: cookieJar(req, res, secure),
      ip: req.ip,
      userAgent: req.headers['user-agent'] ?? null,
      now,
      live,
    });
  };

  // The API in its own context, compressed above COMPRESS_THRESHOLD. tRPC's adapter replies with a fetch Response,
  // which @fastify/compress would compress whatever its size (and before Fastify copied its headers onto the reply):
  // the first onSend hook turns it into the JSON string it holds, with its status and headers, so the threshold and
  // the content type apply as for any other reply. A subscription's server-sent events are never read whole (the
  // stream does not end): they pass as a stream, uncompressed (a compressor would hold events back until its
  // buffer filled) and unbuffered by proxies (X-Accel-Buffering: no, set by tRPC).
  await app.register(async (api) => {
    api.addHook('onSend', async (_req, reply, payload) => {
      if (!(payload instanceof Response)) return payload;
      reply.code(payload.status);
      payload.headers.forEach((value, name) => void reply.header(name, value));
      if (isEventStream(payload.headers.get('content-type')) && payload.body) {
        reply.removeHeader('content-length');
        return Readable.fromWeb(payload.body as import('node:stream/web').ReadableStream<Uint8Array>);
      }
      return payload.body ? await payload.text() : '';
    });
    await api.register(fastifyCompress, {
      threshold: COMPRESS_THRESHOLD,
      encodings: ['br', 'gzip'],
      brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
      // @fastify/compress's own default, stated: event streams are never compressed.
      customTypes: (type: string) => !isEventStream(type) && COMPRESSIBLE.test(type),
    });
    const trpcOptions = {
      router: appRouter,
      createContext,
      // One HTTP request may not fan out into unbounded work; the web's httpBatchLink sends at most this many.
      maxBatchSize: MAX_BATCH_SIZE,
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') app.log.error({ path, err: error }, 'procedure failed');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'] & QueryOptions;
    const directQueries = opts.directQueries ?? true;
    // tRPC's fastifyTRPCPlugin, with queries sent by GET answered by queries.ts first (the adapter answers the rest).
    await api.register(
      async (trpc) => {
        // The plugin's own parsers: tRPC reads the JSON body itself (as text), and a multipart body as a stream.
        trpc.removeContentTypeParser('application/json');
        trpc.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));
        trpc.removeContentTypeParser('multipart/form-data');
        trpc.addContentTypeParser('multipart/form-data', {}, (_req, body, done) => done(null, body));
        trpc.all<{ Params: { path: string } }>('/:path', async (req, reply) => {
          const path = req.params.path;
          const answer = directQueries ? await answerQuery(trpcOptions, req, reply, path) : null;
          if (!answer) return fastifyRequestHandler({ ...trpcOptions, req, res: reply, path });
          // The headers tRPC's Response carries; a Buffer, so Fastify keeps the content type as it is (no charset added).
          return reply.code(answer.status).header('content-type', 'application/json').header('vary', 'trpc-accept, accept').send(Buffer.from(answer.body));
        });
      },
      { prefix: '/trpc' },
    );
  });

  await app.register(serviceIngestRoutes(opts.database.db, now));

  app.get('/health', async (_req, reply) => {
    try {
      await opts.database.db.execute(sql`select 1`);
      return { status: 'ok', database: opts.database.kind };
    } catch (err) {
      app.log.error({ err }, 'health check: database unreachable');
      return reply.code(503).send({ status: 'unavailable', database: opts.database.kind });
    }
  });

  const webDist = opts.webDist === undefined ? defaultWebDist : opts.webDist;
  if (webDist && existsSync(webDist)) {
    // Every file has .br and .gz twins made at build time (vite.config.ts): sent as they are, never compressed per request.
    await app.register(fastifyStatic, { root: webDist, wildcard: false, cacheControl: false, setHeaders: cacheHeaders, preCompressed: true });
    // History fallback: a GET for a page (not the API, not a file) gets the SPA's index.html;
    // a missing file stays a 404 so a stale tab never runs HTML as a script.
    app.setNotFoundHandler((req, reply) => {
      const path = req.url.split('?')[0] ?? '';
      const isPage = (req.method === 'GET' || req.method === 'HEAD') && !/^\/(trpc|health)(\/|$)/.test(path) && !/\.[a-z0-9]+$/i.test(path);
      if (isPage) return reply.sendFile('index.html');
      return refuse(req, reply, 'NOT_FOUND', 'errors.notFound');
    });
  }
  return app;
}
