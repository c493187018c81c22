import { eventBatchIssues, MAX_EVENT_BATCH, type ServiceEvent, serviceEvent } from '@console/shared';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client';
import { ingestEvents, merchantOfKey } from './repo';

export const INGEST_PATH = '/api/service/events';
/** 5,000 events of a few hundred bytes each. */
export const INGEST_BODY_LIMIT = 4 * 1024 * 1024;

interface RowError {
  index: number | null;
  field: string | null;
  key: string;
  params?: Record<string, string | number>;
}

/** Every bad row of a raw batch, or the events when there is none. */
export function validateBatch(body: unknown): { ok: true; events: ServiceEvent[] } | { ok: false; errors: RowError[] } {
  const list = (body as { events?: unknown } | null)?.events;
  if (!Array.isArray(list)) return { ok: false, errors: [{ index: null, field: 'events', key: 'service.batchNotList' }] };
  if (list.length === 0) return { ok: false, errors: [{ index: null, field: 'events', key: 'service.batchEmpty' }] };
  if (list.length > MAX_EVENT_BATCH) return { ok: false, errors: [{ index: null, field: 'events', key: 'service.batchTooLarge', params: { max: MAX_EVENT_BATCH } }] };
  const errors: RowError[] = [];
  const events: ServiceEvent[] = [];
  list.forEach((raw, index) => {
    const parsed = serviceEvent.safeParse(raw);
    if (parsed.success) events.push(parsed.data);
    else for (const issue of parsed.error.issues) errors.push({ index, field: issue.path.map(String).join('.') || null, key: issue.message });
  });
  if (errors.length === 0) errors.push(...eventBatchIssues(events));
  return errors.length ? { ok: false, errors } : { ok: true, events };
}

/**
 * POST /api/service/events with `Authorization: Bearer <key>` and `{ "events": [...] }`: a merchant's systems
 * send conversations. The key decides the merchant (a batch cannot name another); a bad batch writes nothing
 * and names its bad rows; a re-sent conversation id replaces its event.
 */
export function serviceIngestRoutes(db: Db, now: () => Date) {
  return async (app: FastifyInstance) => {
    app.post(INGEST_PATH, { bodyLimit: INGEST_BODY_LIMIT }, async (req, reply) => {
      const auth = req.headers.authorization ?? '';
      const secret = /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
      const merchantId = secret ? await merchantOfKey(db, secret, now()) : null;
      if (!merchantId) return reply.code(401).header('www-authenticate', 'Bearer').send({ error: { message: 'service.apiKeyInvalid', code: 'UNAUTHORIZED' } });
      const result = validateBatch(req.body);
      if (!result.ok) return reply.code(400).send({ error: { message: 'errors.validation', code: 'BAD_REQUEST', rows: result.errors } });
      return ingestEvents(db, merchantId, result.events, now());
    });
  };
}
