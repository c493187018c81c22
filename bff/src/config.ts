import { fileURLToPath } from 'node:url';

/** Where `npm start` keeps its embedded database unless DATABASE_URL says otherwise: ./.data at the repo root. */
export const defaultDataDir = fileURLToPath(new URL('../../.data/pglite', import.meta.url));

export const env = {
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? '0.0.0.0',
  databaseUrl: process.env.DATABASE_URL || defaultDataDir,
  seed: process.env.SEED !== 'false',
};
