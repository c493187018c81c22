import { fileURLToPath } from 'node:url';

/** Where `npm start` keeps its embedded database unless DATABASE_URL says otherwise: ./.data at the repo root. */
export const defaultDataDir = fileURLToPath(new URL('../../.data/pglite', import.meta.url));

export const env = {
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? '0.0.0.0',
  databaseUrl: process.env.DATABASE_URL || defaultDataDir,
  seed: process.env.SEED !== 'false',
  /**
   * Behind a load balancer or TLS proxy, which X-Forwarded-* to believe (client address for sign-in limits,
   * host and scheme for cookies and the origin check): `true`, a hop count, or a comma-separated list of proxy addresses.
   */
  trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
};

export type TrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

function parseTrustProxy(value: string | undefined): TrustProxy {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address: string, hop: number) => hop < hops;
  }
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}
