import { type CsvEncoding, csvCellValue, decodeCsvBytes, normalizeHeader, parseRows, SKU_CSV_MAX_BYTES, skuCsvTooLarge } from '../launches/csv';
import { DEFAULT_TIME_ZONE, eventBatchIssues, parseLocalTime } from './rules';
import { MAX_EVENT_BATCH, type ServiceChannel, type ServiceEvent, serviceEvent } from './schema';

/**
 * Service events from a CSV file, with the SKU import's decoder and row reader (UTF-8 with or without BOM,
 * UTF-16, GB18030; line numbers of multi-line cells). All or nothing: every bad row is named with its line.
 */
export type EventField = keyof ServiceEvent;
export interface EventCsvError {
  line: number;
  field: EventField | null;
  key: string;
  params?: Record<string, string | number>;
}
export type EventCsvResult = { ok: true; events: ServiceEvent[]; encoding: CsvEncoding } | { ok: false; errors: EventCsvError[]; encoding: CsvEncoding | null };

export const EVENT_HEADER_ALIASES: Record<EventField, readonly string[]> = {
  conversationId: ['会话id', '会话编号', '会话', 'conversationid', 'conversation', 'id'],
  channel: ['渠道', '咨询渠道', 'channel'],
  startedAt: ['开始时间', '发起时间', '咨询时间', 'startedat', 'started', 'start'],
  firstResponseAt: ['首次响应时间', '首响时间', '首次回复时间', 'firstresponseat', 'firstresponse'],
  resolvedAt: ['解决时间', '完结时间', 'resolvedat', 'resolved'],
  satisfaction: ['满意度', '评分', 'satisfaction', 'rating'],
  dispute: ['退款纠纷', '纠纷', 'dispute', 'refunddispute'],
};
const REQUIRED: readonly EventField[] = ['conversationId', 'channel', 'startedAt'];
const aliasToField = new Map<string, EventField>(
  (Object.entries(EVENT_HEADER_ALIASES) as [EventField, readonly string[]][]).flatMap(([f, names]) => names.map((n) => [normalizeHeader(n), f] as const)),
);
const CHANNEL_ALIASES: Record<string, ServiceChannel> = { chat: 'chat', 在线: 'chat', 旺旺: 'chat', 聊天: 'chat', phone: 'phone', 电话: 'phone', app: 'app' };
const YES = new Set(['1', 'true', 'yes', 'y', '是']);
const NO = new Set(['', '0', 'false', 'no', 'n', '否']);

export function parseEventsCsv(input: Uint8Array | string, tz = DEFAULT_TIME_ZONE, maxRows = MAX_EVENT_BATCH): EventCsvResult {
  if (input.length > SKU_CSV_MAX_BYTES) return { ok: false, errors: [{ ...skuCsvTooLarge(input.length), field: null }], encoding: null };
  const { text, encoding } = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' as const } : decodeCsvBytes(input);
  const { rows, parseErrors } = parseRows(text);
  const [header, ...data] = rows;
  if (!header || data.length === 0) return { ok: false, errors: [{ line: 0, field: null, key: 'csv.empty' }], encoding };
  const columns = new Map<EventField, number>();
  header.cells.forEach((h, i) => {
    const f = aliasToField.get(normalizeHeader(h));
    if (f && !columns.has(f)) columns.set(f, i);
  });
  const missing = REQUIRED.filter((f) => !columns.has(f));
  if (missing.length) return { ok: false, errors: [{ line: 1, field: null, key: 'csv.missingColumns', params: { columns: missing.join(', ') } }], encoding };
  if (data.length > maxRows) return { ok: false, errors: [{ line: 0, field: null, key: 'csv.tooManyRows', params: { max: maxRows, count: data.length } }], encoding };

  const errors: EventCsvError[] = parseErrors.map((e) => ({ ...e, field: null }));
  const events: ServiceEvent[] = [];
  const lines: number[] = [];
  for (const row of data) {
    if (row.cells.length !== header.cells.length) {
      errors.push({ line: row.line, field: null, key: 'csv.cellCount', params: { expected: header.cells.length, count: row.cells.length } });
      continue;
    }
    const cell = (f: EventField) => {
      const i = columns.get(f);
      return i === undefined ? '' : csvCellValue(row.cells[i] ?? '').trim();
    };
    const rowErrors: EventCsvError[] = [];
    const time = (f: 'startedAt' | 'firstResponseAt' | 'resolvedAt') => {
      const raw = cell(f);
      if (!raw) return null;
      const iso = parseLocalTime(raw, tz);
      if (iso === null) rowErrors.push({ line: row.line, field: f, key: 'service.timeInvalid', params: { value: raw } });
      return iso ?? raw;
    };
    const channelText = cell('channel');
    const satText = cell('satisfaction');
    const disputeText = cell('dispute').toLowerCase();
    const candidate = {
      conversationId: cell('conversationId'),
      channel: CHANNEL_ALIASES[channelText.toLowerCase()] ?? channelText,
      startedAt: time('startedAt') ?? '',
      firstResponseAt: time('firstResponseAt'),
      resolvedAt: time('resolvedAt'),
      satisfaction: satText === '' ? null : /^\d+$/.test(satText) ? Number(satText) : NaN,
      dispute: YES.has(disputeText) ? true : NO.has(disputeText) ? false : disputeText,
    };
    if (rowErrors.length === 0) {
      const parsed = serviceEvent.safeParse(candidate);
      if (parsed.success) {
        events.push(parsed.data);
        lines.push(row.line);
      } else {
        for (const issue of parsed.error.issues) {
          const field = (issue.path[0] as EventField | undefined) ?? null;
          const key = field === 'startedAt' && candidate.startedAt === '' ? 'service.startedRequired' : field === 'dispute' ? 'service.disputeInvalid' : issue.message;
          rowErrors.push({ line: row.line, field, key });
        }
      }
    }
    errors.push(...rowErrors);
  }
  for (const issue of eventBatchIssues(events)) {
    const params = issue.params ? { ...issue.params, row: lines[Number(issue.params.row) - 1] ?? 0 } : undefined;
    errors.push({ line: lines[issue.index]!, field: issue.field, key: issue.key, ...(params ? { params } : {}) });
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line), encoding };
  return { ok: true, events, encoding };
}

/** The template an operator downloads: headers and two example rows (wall-clock times in the merchant's zone). */
export function eventsCsvTemplate(locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const zh = locale === 'zh-CN';
  const head = zh ? '会话ID,渠道,开始时间,首次响应时间,解决时间,满意度,退款纠纷' : 'Conversation ID,Channel,Started,First response,Resolved,Satisfaction,Dispute';
  return `\uFEFF${head}\r\nC-10001,chat,2026-03-02 09:15:00,2026-03-02 09:15:12,2026-03-02 09:40:00,5,0\r\nC-10002,phone,2026-03-02 21:03:30,2026-03-02 21:04:10,,,1\r\n`;
}
