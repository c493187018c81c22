import Papa from 'papaparse';
import { csvCellText } from '../launches/csv';
import type { AuditEntry } from './schema';

const HEADERS = {
  'zh-CN': ['时间 (UTC)', '操作人', '操作人账号', '角色', '记录类型', '记录编号', '动作', '原状态', '新状态', '原因', '变更前', '变更后'],
  en: ['Time (UTC)', 'Actor', 'Actor username', 'Role', 'Record type', 'Record id', 'Action', 'From', 'To', 'Reason', 'Before', 'After'],
} as const;

const SYSTEM = { 'zh-CN': '系统', en: 'System' } as const;

/**
 * Audit rows as CSV text with a UTF-8 BOM (Excel on Chinese Windows). Every cell passes the same formula guard as
 * the SKU export (`csvCellText`): a reason or a title a user typed as `=HYPERLINK(…)` opens as text, not a formula.
 */
export function auditToCsv(entries: readonly AuditEntry[], locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const body = Papa.unparse(
    {
      fields: [...HEADERS[locale]],
      data: entries.map((e) =>
        [
          e.at,
          e.actor ? (locale === 'en' ? e.actor.nameEn || e.actor.name : e.actor.name) : SYSTEM[locale],
          e.actor?.username ?? '',
          e.actorRole ?? '',
          e.entityType,
          e.entityId,
          e.action,
          e.fromState ?? '',
          e.toState ?? '',
          e.reason ?? '',
          e.before === null ? '' : JSON.stringify(e.before),
          e.after === null ? '' : JSON.stringify(e.after),
        ].map(csvCellText),
      ),
    },
    { newline: '\r\n', escapeFormulae: false },
  );
  return `\uFEFF${body}\r\n`;
}
