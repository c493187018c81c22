import { describe, expect, it } from 'vitest';
import { eventsCsvTemplate, parseEventsCsv } from './csv';

const HEAD = '会话ID,渠道,开始时间,首次响应时间,解决时间,满意度,退款纠纷';

describe('events CSV', () => {
  it('reads the template in both languages, wall-clock times in the merchant’s zone', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const r = parseEventsCsv(eventsCsvTemplate(locale));
      expect(r.ok, locale).toBe(true);
      if (!r.ok) return;
      expect(r.events[0]).toEqual({
        conversationId: 'C-10001',
        channel: 'chat',
        startedAt: '2026-03-02T01:15:00.000Z',
        firstResponseAt: '2026-03-02T01:15:12.000Z',
        resolvedAt: '2026-03-02T01:40:00.000Z',
        satisfaction: 5,
        dispute: false,
      });
      expect(r.events[1]).toMatchObject({ channel: 'phone', resolvedAt: null, satisfaction: null, dispute: true });
    }
  });

  it('decodes bytes with the SKU import’s decoder (UTF-16 with BOM here)', () => {
    const text = `${HEAD}\nX1,电话,2026-03-02 10:00:00,,,,否\n`;
    const bytes = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const r = parseEventsCsv(bytes);
    expect(r).toMatchObject({ ok: true, encoding: 'utf-16le' });
  });

  it('names every bad row with its line and imports nothing', () => {
    const csv = [
      HEAD,
      'A,chat,2026-03-02 10:00:00,2026-03-02 10:00:05,,5,0',
      'B,fax,2026-03-02 10:00:00,,,,0',
      'C,chat,2026-03-02 10:00:00,2026-03-02 09:59:00,,,0',
      'D,chat,not a time,,,,0',
      'E,chat,2026-03-02 10:00:00,,,7,0',
      'A,chat,2026-03-02 11:00:00,,,,maybe',
    ].join('\n');
    const r = parseEventsCsv(csv);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { line: 3, field: 'channel', key: 'service.channelUnknown' },
      { line: 4, field: 'firstResponseAt', key: 'service.responseBeforeStart' },
      { line: 5, field: 'startedAt', key: 'service.timeInvalid', params: { value: 'not a time' } },
      { line: 6, field: 'satisfaction', key: 'service.satisfactionRange' },
      { line: 7, field: 'dispute', key: 'service.disputeInvalid' },
    ]);
  });

  it('refuses a missing column, an empty file and too many rows', () => {
    expect(parseEventsCsv('会话ID,渠道\nA,chat\n')).toMatchObject({ ok: false, errors: [{ line: 1, key: 'csv.missingColumns' }] });
    expect(parseEventsCsv(`${HEAD}\n`)).toMatchObject({ ok: false, errors: [{ key: 'csv.empty' }] });
    const rows = Array.from({ length: 3 }, (_, i) => `c${i},chat,2026-03-02 10:00:00,,,,0`);
    expect(parseEventsCsv([HEAD, ...rows].join('\n'), 'Asia/Shanghai', 2)).toMatchObject({ ok: false, errors: [{ key: 'csv.tooManyRows' }] });
  });

  it('reports a conversation id twice with the line of the first', () => {
    const r = parseEventsCsv([HEAD, 'A,chat,2026-03-02 10:00:00,,,,0', 'A,app,2026-03-02 11:00:00,,,,0'].join('\n'));
    expect(r).toMatchObject({ ok: false, errors: [{ line: 3, field: 'conversationId', key: 'service.conversationDuplicate', params: { id: 'A', row: 2 } }] });
  });
});
