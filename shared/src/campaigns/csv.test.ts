import { describe, expect, it } from 'vitest';
import { parsePromoSkuCsv, promoSkuCsvTemplate, promoSkusToCsv } from './csv';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('promotion SKU CSV', () => {
  it('names the store-wide rows above 50% by line, and imports nothing', () => {
    const csv = 'SKU编码,名称,活动价,近30天最低价,承诺库存\nA-1,羽绒服,499.00,999.00,10\nA-2,围巾,10.00,19.99,5\nA-3,帽子,9.99,19.99,5\nA-1,重复,1,2,1\n';
    const r = parsePromoSkuCsv(csv, 'store_wide');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.field, e.key])).toEqual([
      [3, 'festivalPrice', 'campaigns.aboveHalfPrice'],
      [5, 'code', 'launches.skuCodeDuplicate'],
    ]);
    // The same file in selected-items mode: only the duplicate.
    const selected = parsePromoSkuCsv(csv, 'selected_items');
    expect(selected.ok ? [] : selected.errors.map((e) => e.key)).toEqual(['launches.skuCodeDuplicate']);
  });

  it('reads its own export and template back, BOM and all', () => {
    const rows = [{ code: 'X', name: '名, "引号"', festivalPrice: 999, referencePrice: 1999, stock: 3 }];
    expect(parsePromoSkuCsv(bytes(promoSkusToCsv(rows)), 'store_wide')).toEqual({ ok: true, rows, encoding: 'utf-8-bom' });
    expect(parsePromoSkuCsv(bytes(promoSkuCsvTemplate('en')), 'store_wide').ok).toBe(true);
  });

  it('refuses more than 2,000 rows as a whole', () => {
    const body = Array.from({ length: 2001 }, (_, i) => `S${i},n,1,2,1`).join('\n');
    const r = parsePromoSkuCsv(`code,name,festival price,reference price,stock\n${body}`, 'selected_items');
    expect(r.ok ? null : r.errors).toEqual([{ line: 0, field: null, key: 'csv.tooManyRows', params: { max: 2000, count: 2001 } }]);
  });
});
