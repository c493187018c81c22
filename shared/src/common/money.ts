/** Money is integer fen (分) in storage and on the wire; only the UI turns it into yuan. */
export type Fen = number;

export function fenToYuanString(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** ¥1,299.00 in both locales: merchants read yuan as ¥, not the "CN¥" that English formatting gives by default. */
export function formatYuan(fen: Fen, locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
  }).format(fen / 100);
}

/**
 * Parses what a merchant types or a spreadsheet exports: `1299`, `1299.00`, `¥1,299.00`, `￥1299.5`, ` 1 299 `.
 * Returns null when the text is not a price with at most two decimals.
 */
export function parseYuanToFen(text: string): Fen | null {
  const cleaned = text.trim().replace(/^(?:¥|￥|CNY|RMB)\s*/i, '').replace(/[,\s]/g, '');
  if (!/^\d+(?:\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, frac = ''] = cleaned.split('.');
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}
