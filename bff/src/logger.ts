import type { FastifyServerOptions } from 'fastify';
import pino from 'pino';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

/**
 * Anything that may carry a credential is censored wherever it appears in a log object: the cookie and
 * authorization headers, Set-Cookie, and fields named like a password or session id (an error's cause or a
 * procedure's input logged with it). Requests are logged by our own serializer, which never includes headers or
 * the query string (tRPC GETs carry their input there).
 */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'headers.cookie',
  'headers.authorization',
  'res.headers["set-cookie"]',
  'headers["set-cookie"]',
  'password',
  '*.password',
  '*.*.password',
  'currentPassword',
  '*.currentPassword',
  'newPassword',
  '*.newPassword',
  'sessionId',
  '*.sessionId',
  'sid',
  '*.sid',
  'token',
  '*.token',
];

/** The path of a URL without its query string: `/trpc/auth.signIn?batch=1&input=…` → `/trpc/auth.signIn`. */
export const pathOf = (url: string) => {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
};

/**
 * Fastify's logger (pino) as the bff runs it: JSON lines at `level`, one per request (written by app.ts's
 * onResponse hook: request id, method, path, status, time), errors with their stack, credentials censored.
 * `stream` lets a test read what would be written.
 */
export function loggerOptions(level: Level, stream?: { write(line: string): void }): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { method?: string; url?: string; ip?: string }) => ({ method: req.method, path: pathOf(String(req.url ?? '')), ip: req.ip }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    ...(stream ? { stream } : {}),
  } as LoggerOptions;
}

/**
 * Where production logs go: stdout through a buffer that is written when it holds 4 KB (or at exit), instead of one
 * write system call per line — under load those writes were 4% of the bff's CPU (node --cpu-prof). `flush` writes
 * what is buffered; main.ts calls it when it stops.
 */
export function bufferedStdout() {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  return { stream: destination, flush: () => destination.flushSync() };
}
