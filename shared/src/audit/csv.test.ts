import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { auditToCsv } from './csv';
import type { AuditEntry } from './schema';

const entry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 1,
  at: '2026-12-01T02:00:00.000Z',
  entityType: 'application',
  entityId: 'ln_1',
  action: 'withdraw',
  fromState: 'submitted',
  toState: 'withdrawn',
  actor: { id: 'u1', name: '小王', nameEn: 'Wang', username: 'op.x', role: 'operator' },
  actorRole: 'operator',
  reason: 'plain',
  before: null,
  after: { version: 3 },
  ...over,
});
const rowsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim()).data;

describe('auditToCsv', () => {
  it('writes a BOM, the locale’s headers and one row per entry; the system when nobody acted', () => {
    const csv = auditToCsv([entry(), entry({ actor: null, actorRole: null })], 'zh-CN');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = rowsOf(csv);
    expect(rows[0]![1]).toBe('操作人');
    expect(rows[1]).toEqual(['2026-12-01T02:00:00.000Z', '小王', 'op.x', 'operator', 'application', 'ln_1', 'withdraw', 'submitted', 'withdrawn', 'plain', '', '{"version":3}']);
    expect(rows[2]![1]).toBe('系统');
  });
  it('guards every cell a spreadsheet would run as a formula, and only those', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '=1\n+2']) {
      expect(rowsOf(auditToCsv([entry({ reason: bad })]))[1]![9]).toBe(`'${bad}`);
    }
    expect(rowsOf(auditToCsv([entry({ reason: 'a=1' })]))[1]![9]).toBe('a=1');
    expect(rowsOf(auditToCsv([entry({ actor: { id: 'u', name: '=cmd', role: 'operator' } })], 'en'))[1]![1]).toBe("'=cmd");
  });
});
