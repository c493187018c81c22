import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * The PostgreSQL extensions the schema uses, for every embedded PGlite (npm start, tests, mock mode): PostgreSQL has
 * them as contrib modules, PGlite loads them from its package. pg_trgm backs the trigram indexes that answer the
 * "name contains…" searches (merchants, applications) without reading every row.
 */
export const pgliteExtensions = { pg_trgm };
