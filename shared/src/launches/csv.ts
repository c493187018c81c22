import Papa from 'papaparse';
import { fenToYuanString, parseYuanToFen } from '../common/money';
import { LAUNCH_RULES, duplicateCodeIssues, skuIssues } from './rules';
import type { Sku } from './schema';

/**
 * SKU import and export as CSV, as merchants keep them in Excel. Pure: bytes in, rows or errors out.
 * Import is all or nothing: either every row is good and all come back, or every bad row is reported
 * with its line in the file and the reason, and none is imported.
 */

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';
export type SkuField = keyof Sku;

export interface CsvError {
  /** 1-based line of the file where the row starts (the header is line 1); 0 for a problem with the whole file. */
  line: number;
  /** The column, when the problem is in one. */
  field: SkuField | null;
  /** i18n key: `csv.*` for the file, `launches.*` for the same rule as in the form. */
  key: string;
  params?: Record<string, string | number>;
}

export type SkuCsvResult =
  | { ok: true; skus: Sku[]; encoding: CsvEncoding }
  | { ok: false; errors: CsvError[]; encoding: CsvEncoding | null };

/** Header names a merchant's spreadsheet may use, Chinese and English, compared after `normalizeHeader`. */
export const SKU_HEADER_ALIASES: Record<SkuField, readonly string[]> = {
  code: ['sku编码', 'sku代码', 'sku编号', '商品编码', '商家编码', '货号', 'skucode', 'code', 'sku'],
  name: ['名称', '商品名称', 'sku名称', '品名', 'name', 'skuname', 'productname', 'title'],
  listPrice: ['吊牌价', '原价', '标价', '零售价', 'listprice', 'originalprice', 'retailprice', 'msrp'],
  launchPrice: ['上新价', '首发价', '新品价', '活动价', 'launchprice', 'price', 'saleprice'],
  stock: ['库存', '库存数量', '可售库存', 'stock', 'quantity', 'qty', 'inventory'],
  imageUrl: ['图片', '图片链接', '图片url', '图片地址', '主图', '主图链接', 'imageurl', 'image', 'imagelink', 'picture', 'pictureurl'],
};
/**
 * The largest file the import reads: 500 rows at the longest a SKU may be (a 64-character code, a 200-character
 * name, a 2,000-character image URL) stay under 1.5 MB, so a bigger file is not a SKU list; the browser refuses it
 * before reading, and the parser too.
 */
export const SKU_CSV_MAX_BYTES = 2 * 1024 * 1024;

/** `1.5 MB`, `800 KB`: a file size as the import dialog and its errors show it. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The whole-file error of a file over `SKU_CSV_MAX_BYTES`. */
export function skuCsvTooLarge(size: number): CsvError {
  return { line: 0, field: null, key: 'csv.fileTooLarge', params: { size: formatFileSize(size), max: formatFileSize(SKU_CSV_MAX_BYTES) } };
}

const REQUIRED_FIELDS: readonly SkuField[] = ['code', 'name', 'listPrice', 'launchPrice', 'stock'];
const FIELD_ORDER: readonly SkuField[] = ['code', 'name', 'listPrice', 'launchPrice', 'stock', 'imageUrl'];

/** `SKU 编码*`, `List Price (¥)`, `上新价（元）` → `sku编码`, `listprice`, `上新价`. */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s_\-*:：.]/g, '');
}


/** Decodes a file as Excel and WPS save CSV: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Offsets at which each line starts (after LF, CRLF or a lone CR), to turn a parser position into a line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export interface RawRow {
  cells: string[];
  line: number;
}

/**
 * The file's rows as cells, each with the line it starts on. The text is parsed as it is: Papa finds the line
 * ending outside quoted cells, so a CR or CRLF inside a quoted name comes back exactly as it was written.
 * SKU and service-event imports share it.
 */
export function parseRows(text: string): { rows: RawRow[]; parseErrors: CsvError[] } {
  const starts = lineStarts(text);
  const rows: RawRow[] = [];
  const parseErrors: CsvError[] = [];
  let position = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      // The row starts at the first character after the previous row's end that is not a line break.
      let start = position;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      position = result.meta.cursor;
      const line = lineAt(starts, start);
      for (const e of result.errors) parseErrors.push({ line, field: null, key: 'csv.malformedRow', params: { detail: e.code } });
      rows.push({ cells: result.data, line });
    },
  });
  return { rows, parseErrors };
}

/** A whole number, negative ones included: "-5" is read as −5 and then refused by the rules as "at least 1", not as "not a number". */
function parseStock(text: string): number | null {
  const t = text.trim().replace(/,/g, '').replace(/^[−–]/, '-');
  if (!/^-?\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * What a kind of row needs to be read from CSV: its header names, required columns, how a row's cells become a
 * row (reporting unreadable cells), the row rules of its form, and the duplicate-code rule. Launch SKUs and
 * promotion SKUs are two specs of one parser: the same encodings, size cap, line numbers and all-or-nothing.
 */
export interface CsvRowSpec<F extends string, R> {
  aliases: Record<F, readonly string[]>;
  required: readonly F[];
  order: readonly F[];
  /** The row from its cells; unreadable cells are reported through `error` and left null. */
  build(cell: (f: F) => string, error: (field: F, key: string, value: string) => void): R;
  /** The form's row rules for the row at `index` (issue paths `<list>.<index>.<field>`). */
  rowIssues(row: R, index: number): { path: string; key: string; params?: Record<string, string | number> }[];
  duplicateIssues(rows: readonly R[]): { path: string; key: string; params?: Record<string, string | number> }[];
}

export type CsvRowError<F extends string> = Omit<CsvError, 'field'> & { field: F | null };
export type CsvResult<F extends string, R> = { ok: true; rows: R[]; encoding: CsvEncoding } | { ok: false; errors: CsvRowError<F>[]; encoding: CsvEncoding | null };

/** A money cell in yuan → fen (`¥1,299.00`), or null with an error. */
export function csvPrice<F extends string>(raw: string, field: F, error: (field: F, key: string, value: string) => void) {
  if (!raw) return null;
  const fen = parseYuanToFen(raw);
  if (fen === null) error(field, 'csv.priceInvalid', raw);
  return fen;
}
/** A whole-number cell (`1,200`), or null with an error. */
export function csvCount<F extends string>(raw: string, field: F, error: (field: F, key: string, value: string) => void) {
  if (!raw) return null;
  const n = parseStock(raw);
  if (n === null) error(field, 'csv.stockInvalid', raw);
  return n;
}

/** Reads rows of any spec from a CSV file's bytes (or already decoded text). */
export function parseCsvRows<F extends string, R>(input: Uint8Array | string, spec: CsvRowSpec<F, R>, maxRows: number): CsvResult<F, R> {
  if (input.length > SKU_CSV_MAX_BYTES) return { ok: false, errors: [{ ...skuCsvTooLarge(input.length), field: null }], encoding: null };
  const { text, encoding } = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' as const } : decodeCsvBytes(input);
  const { rows, parseErrors } = parseRows(text);
  const [header, ...data] = rows;
  if (!header || data.length === 0) return { ok: false, errors: [{ line: 0, field: null, key: 'csv.empty' }], encoding };

  const aliasTo = new Map<string, F>(
    (Object.entries(spec.aliases) as [F, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [normalizeHeader(n), field] as const)),
  );
  const columns = new Map<F, number>();
  header.cells.forEach((h, i) => {
    const field = aliasTo.get(normalizeHeader(h));
    if (field && !columns.has(field)) columns.set(field, i);
  });
  const missing = spec.required.filter((f) => !columns.has(f));
  if (missing.length) {
    return { ok: false, errors: [{ line: 1, field: null, key: 'csv.missingColumns', params: { columns: missing.join(', ') } }], encoding };
  }
  if (data.length > maxRows) {
    return { ok: false, errors: [{ line: 0, field: null, key: 'csv.tooManyRows', params: { max: maxRows, count: data.length } }], encoding };
  }

  const rank = (f: F | null) => (f === null ? -1 : spec.order.indexOf(f));
  const errors: CsvRowError<F>[] = parseErrors.map((e) => ({ ...e, field: null }));
  const out: R[] = [];
  const lines: number[] = [];
  for (const row of data) {
    // Cells shifted by an unquoted comma (`1,099`) or a missing one would put values in the wrong columns.
    if (row.cells.length !== header.cells.length) {
      errors.push({ line: row.line, field: null, key: 'csv.cellCount', params: { expected: header.cells.length, count: row.cells.length } });
      continue;
    }
    const cell = (f: F) => {
      const i = columns.get(f);
      return i === undefined ? '' : csvCellValue(row.cells[i] ?? '');
    };
    const rowErrors: CsvRowError<F>[] = [];
    const built = spec.build(cell, (field, key, value) => rowErrors.push({ line: row.line, field, key, params: { value } }));
    // The same row rules as the form, minus "required" for a value already reported as unreadable.
    const unreadable = new Set(rowErrors.map((e) => e.field));
    for (const issue of spec.rowIssues(built, out.length)) {
      const field = issue.path.split('.')[2] as F;
      if (!unreadable.has(field)) rowErrors.push({ line: row.line, field, key: issue.key, ...(issue.params ? { params: issue.params } : {}) });
    }
    errors.push(...rowErrors);
    out.push(built);
    lines.push(row.line);
  }
  for (const issue of spec.duplicateIssues(out)) {
    const index = Number(issue.path.split('.')[1]);
    const firstRow = Number(issue.params?.row) - 1;
    errors.push({ line: lines[index]!, field: 'code' as F, key: issue.key, params: { code: String(issue.params?.code), firstLine: lines[firstRow]! } });
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line || rank(a.field) - rank(b.field)), encoding };
  return { ok: true, rows: out, encoding };
}

const SKU_SPEC: CsvRowSpec<SkuField, Sku> = {
  aliases: SKU_HEADER_ALIASES,
  required: REQUIRED_FIELDS,
  order: FIELD_ORDER,
  build: (cell, error) => ({
    code: cell('code'),
    name: cell('name'),
    listPrice: csvPrice(cell('listPrice'), 'listPrice', error),
    launchPrice: csvPrice(cell('launchPrice'), 'launchPrice', error),
    stock: csvCount(cell('stock'), 'stock', error),
    imageUrl: cell('imageUrl'),
  }),
  rowIssues: skuIssues,
  duplicateIssues: duplicateCodeIssues,
};

/** Reads launch SKUs from a CSV file's bytes (or already decoded text). */
export function parseSkuCsv(input: Uint8Array | string, maxRows: number = LAUNCH_RULES.maxSkus): SkuCsvResult {
  const r = parseCsvRows(input, SKU_SPEC, maxRows);
  return r.ok ? { ok: true, skus: r.rows, encoding: r.encoding } : r;
}

/**
 * A cell a spreadsheet would run as a formula, or whose text the import would change: it starts with `=`, `+`, `-`,
 * `@` or white space (tab, CR, LF included) after any number of apostrophes, or it ends with white space.
 * Excel, LibreOffice and WPS treat such a cell as a formula whatever follows on its next lines.
 */
const NEEDS_GUARD = /^'*[=+\-@\s]|\s$/;

/**
 * A cell as exported: a cell that needs a guard gets a leading apostrophe, which spreadsheets show as plain text.
 * The guard is reversible: `csvCellValue` takes one apostrophe off exactly the cells that carry it, so a name that
 * itself starts with `'=` is written `''=` and comes back as `'=`.
 */
export function csvCellText(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

/**
 * A cell as imported: a guarded cell loses its apostrophe and keeps its text exactly; any other cell is trimmed
 * (a hand-made file's stray spaces). The inverse of `csvCellText`: a cell that does not need the guard never
 * starts with an apostrophe followed by one that does.
 */
export function csvCellValue(cell: string): string {
  if (cell.startsWith("'") && NEEDS_GUARD.test(cell.slice(1))) return cell.slice(1);
  return cell.trim();
}

const HEADERS: Record<'zh-CN' | 'en', Record<SkuField, string>> = {
  'zh-CN': { code: 'SKU编码', name: '名称', listPrice: '吊牌价', launchPrice: '上新价', stock: '库存', imageUrl: '图片' },
  en: { code: 'SKU code', name: 'Name', listPrice: 'List price', launchPrice: 'Launch price', stock: 'Stock', imageUrl: 'Image URL' },
};

/** SKUs as CSV text with a UTF-8 BOM, so that Excel on Chinese Windows opens it with the right characters. */
export function skusToCsv(skus: readonly Sku[], locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const h = HEADERS[locale];
  const body = Papa.unparse(
    {
      fields: FIELD_ORDER.map((f) => h[f]),
      data: skus.map((s) =>
        [
          s.code,
          s.name,
          s.listPrice === null ? '' : fenToYuanString(s.listPrice),
          s.launchPrice === null ? '' : fenToYuanString(s.launchPrice),
          s.stock === null ? '' : String(s.stock),
          s.imageUrl,
        ].map(csvCellText),
      ),
    },
    // Papa's own `escapeFormulae` misses a formula followed by a line break (its pattern has no `s` flag) and
    // cannot be undone on import; `csvCellText` does both.
    { newline: '\r\n', escapeFormulae: false },
  );
  return `\uFEFF${body}\r\n`;
}

/** The template a merchant downloads: the headers and two example rows. */
export function skuCsvTemplate(locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return skusToCsv(
    [
      { code: 'SS26-TS-001-WHT-M', name: locale === 'en' ? 'Linen tee, white, M' : '亚麻短袖T恤 白色 M', listPrice: 29900, launchPrice: 25900, stock: 500, imageUrl: 'https://img.example.com/ss26/ts-001-wht.jpg' },
      { code: 'SS26-TS-001-WHT-L', name: locale === 'en' ? 'Linen tee, white, L' : '亚麻短袖T恤 白色 L', listPrice: 29900, launchPrice: 25900, stock: 400, imageUrl: '' },
    ],
    locale,
  );
}
