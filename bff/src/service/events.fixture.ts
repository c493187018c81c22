import { parseLocalTime, type ServiceEventInput } from '@console/shared';

/**
 * Hand-made service events for the bff's service tests, one builder for every test file so a change to the event
 * shape is made once.
 */

/** Local wall-clock time in Asia/Shanghai → ISO instant. */
export const at = (local: string) => parseLocalTime(local)!;
export const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/**
 * An event builder: `ev('2026-03-10 09:00:00', 30_000)` is a chat started then (Shanghai) and answered 30 s later
 * (`null`: never answered); `o` overrides any field. Conversation ids are `<prefix>1`, `<prefix>2`, … per builder.
 */
export function eventBuilder(prefix: string) {
  let seq = 0;
  return (startLocal: string, responseMs: number | null, o: Partial<ServiceEventInput> = {}): ServiceEventInput => {
    const startedAt = at(startLocal);
    return {
      conversationId: `${prefix}${++seq}`,
      channel: 'chat',
      startedAt,
      firstResponseAt: responseMs === null ? null : plus(startedAt, responseMs),
      resolvedAt: null,
      satisfaction: null,
      dispute: false,
      ...o,
    };
  };
}
