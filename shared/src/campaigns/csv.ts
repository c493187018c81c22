import Papa from 'papaparse';
import { fenToYuanString } from '../common/money';
import { type CsvResult, type CsvRowSpec, csvCellText, csvCount, csvPrice, parseCsvRows } from '../launches/csv';
import { promoDuplicateCodeIssues, promoSkuIssues } from './rules';
import { PROMO_SKU_CAP } from './lists';
import type { PromoSku, PromotionContent } from './schema';

/** Promotion SKUs from CSV: the launch parser's encodings, line numbers and all-or-nothing, with these columns. */
export type PromoSkuField = keyof PromoSku;

export const PROMO_SKU_HEADER_ALIASES: Record<PromoSkuField, readonly string[]> = {
  code: ['sku编码', 'sku代码', 'sku编号', '商品编码', '商家编码', '货号', 'skucode', 'code', 'sku'],
  name: ['名称', '商品名称', 'sku名称', '品名', 'name', 'skuname', 'productname', 'title'],
  festivalPrice: ['活动价', '大促价', '双十一价', '双11价', '618价', '报名价', 'festivalprice', 'promoprice', 'promotionprice', 'price'],
  referencePrice: ['参考价', '近30天最低价', '30天最低价', '最低价', '前30天最低价', 'referenceprice', 'lowestprice', 'reference'],
  stock: ['承诺库存', '活动库存', '库存', 'stock', 'committedstock', 'quantity', 'qty'],
};
const ORDER: readonly PromoSkuField[] = ['code', 'name', 'festivalPrice', 'referencePrice', 'stock'];

const spec = (mode: PromotionContent['mode']): CsvRowSpec<PromoSkuField, PromoSku> => ({
  aliases: PROMO_SKU_HEADER_ALIASES,
  required: ORDER,
  order: ORDER,
  build: (cell, error) => ({
    code: cell('code'),
    name: cell('name'),
    festivalPrice: csvPrice(cell('festivalPrice'), 'festivalPrice', error),
    referencePrice: csvPrice(cell('referencePrice'), 'referencePrice', error),
    stock: csvCount(cell('stock'), 'stock', error),
  }),
  rowIssues: (row, i) => promoSkuIssues(row, i, mode),
  duplicateIssues: promoDuplicateCodeIssues,
});

/** Reads a registration's SKUs; in store-wide mode a row above half its reference price is an error of that row. */
export function parsePromoSkuCsv(input: Uint8Array | string, mode: PromotionContent['mode'], maxRows: number = PROMO_SKU_CAP): CsvResult<PromoSkuField, PromoSku> {
  return parseCsvRows(input, spec(mode), maxRows);
}

const HEADERS: Record<'zh-CN' | 'en', Record<PromoSkuField, string>> = {
  'zh-CN': { code: 'SKU编码', name: '名称', festivalPrice: '活动价', referencePrice: '近30天最低价', stock: '承诺库存' },
  en: { code: 'SKU code', name: 'Name', festivalPrice: 'Festival price', referencePrice: 'Reference price', stock: 'Committed stock' },
};

/** SKUs as CSV with a UTF-8 BOM (Excel on Chinese Windows), prices in yuan. */
export function promoSkusToCsv(skus: readonly PromoSku[], locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const h = HEADERS[locale];
  const money = (v: number | null) => (v === null ? '' : fenToYuanString(v));
  const body = Papa.unparse(
    { fields: ORDER.map((f) => h[f]), data: skus.map((s) => [s.code, s.name, money(s.festivalPrice), money(s.referencePrice), s.stock === null ? '' : String(s.stock)].map(csvCellText)) },
    // The launch export's reversible formula guard, not Papa's.
    { newline: '\r\n', escapeFormulae: false },
  );
  return `\uFEFF${body}\r\n`;
}

export function promoSkuCsvTemplate(locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return promoSkusToCsv(
    [
      { code: 'D11-DOWN-001-BLK-M', name: locale === 'en' ? 'Down jacket, black, M' : '轻薄羽绒服 黑色 M', festivalPrice: 49900, referencePrice: 99900, stock: 500 },
      { code: 'D11-DOWN-001-BLK-L', name: locale === 'en' ? 'Down jacket, black, L' : '轻薄羽绒服 黑色 L', festivalPrice: 49900, referencePrice: 99900, stock: 400 },
    ],
    locale,
  );
}
