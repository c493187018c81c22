import { z } from 'zod';

/**
 * The bff's environment, parsed once with zod. Every environment variable the bff reads is defined here, with its
 * default and its meaning; the README's table is rendered from these definitions (`renderEnvTable`, checked by
 * config.test.ts). A bad value stops the start with a message naming the variable and what it must be.
 */

export type TrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

const whole = (what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be ${what}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be ${what}`);

const bool = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');

function parseTrustProxy(value: string): TrustProxy {
  if (value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address: string, hop: number) => hop < hops;
  }
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

interface Variable<T> {
  schema: z.ZodType<T, string | undefined>;
  /** The default as written in the environment; `undefined` when the variable has none. */
  default?: string;
  /** How the README shows the default when it is not a literal value. */
  defaultDoc?: string;
  doc: string;
}
const v = <T>(def: Variable<T>) => def;

export const variables = {
  NODE_ENV: v({
    schema: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }),
    default: 'development',
    doc: '`npm start` sets `production`: secure cookies off loopback, the request log at `LOG_LEVEL`',
  }),
  PORT: v({ schema: whole('a port number (0-65535)', 0, 65535), default: '3000', doc: 'port of `npm start` (and of the bff in general)' }),
  HOST: v({ schema: z.string().trim().min(1, 'must not be empty'), default: '0.0.0.0', doc: 'address the bff listens on' }),
  DATABASE_URL: v({
    schema: z.string().trim().optional().transform((s) => s || undefined),
    defaultDoc: '`./.data/pglite`',
    doc: '`postgres://user@host:5432/db` for a PostgreSQL server, or a folder for embedded PGlite (`memory://` for a throwaway one)',
  }),
  SEED: v({
    schema: bool.optional(),
    defaultDoc: '`true` on PGlite, `false` on PostgreSQL',
    doc: 'seed the demo world (with its known password) at start when the database has no users yet; a production PostgreSQL is seeded only when asked',
  }),
  LOG_LEVEL: v({
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }),
    default: 'info',
    doc: 'the bff log (JSON lines on stdout: one per request with its id, status and time; errors with their stack); `silent` turns it off',
  }),
  TRUST_PROXY: v({
    schema: z
      .string()
      .trim()
      .regex(/^(true|false|\d+|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'must be true, false, a hop count or a comma-separated list of proxy addresses')
      .transform(parseTrustProxy),
    default: 'false',
    doc: 'behind a load balancer or TLS proxy, which `X-Forwarded-*` headers to believe (client address for sign-in limits, host and scheme for cookies and the origin check): `true`, a hop count (`1`), or a comma-separated list of proxy addresses',
  }),
  SHUTDOWN_TIMEOUT_SECONDS: v({
    schema: whole('a whole number of seconds (1-600)', 1, 600),
    default: '10',
    doc: 'on SIGTERM/SIGINT, how long open requests may finish before the process exits anyway',
  }),
  HTTP_REQUEST_TIMEOUT_SECONDS: v({
    schema: whole('a whole number of seconds (1-3600)', 1, 3600),
    default: '30',
    doc: 'a request (headers and body) must have arrived within this long, else it is answered 408 and its connection closed: a body declared and never sent cannot hold a connection',
  }),
  HTTP_HEADERS_TIMEOUT_SECONDS: v({ schema: whole('a whole number of seconds (1-3600)', 1, 3600), default: '10', doc: 'the same for the request headers alone (at most the request timeout)' }),
  HTTP_KEEP_ALIVE_SECONDS: v({
    schema: whole('a whole number of seconds (1-3600)', 1, 3600),
    default: '72',
    doc: 'an idle keep-alive connection is closed after this long (longer than the 60 s idle timeout of common load balancers)',
  }),
  HTTP_IDLE_TIMEOUT_SECONDS: v({ schema: whole('a whole number of seconds (1-3600)', 1, 3600), default: '120', doc: 'a connection with no traffic at all for this long is closed' }),
  SESSION_IDLE_MINUTES: v({ schema: whole('a whole number of minutes (1-10080)', 1, 10080), default: '30', doc: 'a session ends after this long without a request' }),
  SESSION_ABSOLUTE_HOURS: v({ schema: whole('a whole number of hours (1-720)', 1, 720), default: '12', doc: 'a session ends this long after sign-in, whatever happens' }),
  LOGIN_MAX_PER_ACCOUNT: v({ schema: whole('a whole number (1-1000)', 1, 1000), default: '5', doc: 'failed sign-ins of one username within the window before it is refused' }),
  LOGIN_MAX_PER_ADDRESS: v({
    schema: whole('a whole number (1-100000)', 1, 100000),
    default: '20',
    doc: 'failed sign-ins from one client address (IPv6: per /64) within the window before it is refused',
  }),
  LOGIN_WINDOW_MINUTES: v({ schema: whole('a whole number of minutes (1-1440)', 1, 1440), default: '15', doc: 'the window of those two limits' }),
  SCRYPT_LOG_N: v({
    schema: whole('a whole number from 10 to 20', 10, 20),
    default: '17',
    doc: 'scrypt cost of password hashes (2^N); the tests lower it to 10 for speed — keep the default in production',
  }),
  DB_POOL_MAX: v({ schema: whole('a whole number (1-1000)', 1, 1000), default: '10', doc: 'connections of the PostgreSQL pool' }),
} satisfies Record<string, Variable<unknown>>;

type Variables = typeof variables;
export type Env = { [K in keyof Variables]: Variables[K] extends Variable<infer T> ? T : never };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses `source` (process.env by default); every bad variable is named in one ConfigError. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, def] of Object.entries(variables) as [string, Variable<unknown>][]) {
    const raw = source[name];
    const value = raw === undefined || raw === '' ? def.default : raw;
    const result = def.schema.safeParse(value);
    if (result.success) out[name] = result.data;
    else problems.push(`${name}=${JSON.stringify(raw)} ${result.error.issues[0]?.message ?? 'is invalid'}`);
  }
  if (problems.length) throw new ConfigError(problems);
  return out as Env;
}

const processEnv = (): Record<string, string | undefined> => (typeof process === 'undefined' ? {} : process.env);

let cached: Env | undefined;
/** The parsed environment of this process (parsed on first use; `main` calls it first, so a bad value stops the start). */
export function config(): Env {
  return (cached ??= parseEnv(processEnv()));
}

/**
 * A test seam, not configuration: the harness names a migrated PGlite tarball that in-memory databases start from
 * (bff/src/test/global-setup.ts). Read at each open, since a test may point it elsewhere.
 */
export function pgliteTemplatePath(): string | undefined {
  return processEnv().PGLITE_TEMPLATE || undefined;
}

/** The README's table of the bff's variables, from the definitions above. */
export function renderEnvTable(): string {
  const rows = Object.entries(variables).map(([name, def]: [string, Variable<unknown>]) => {
    const shown = def.defaultDoc ?? (def.default === undefined ? '—' : `\`${def.default}\``);
    return `| \`${name}\` | ${shown} | ${def.doc} |`;
  });
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}
