import { describe, expect, it } from 'vitest';
import { launchSubmitIssues } from '../launches/rules';
import { launchContent, launchListInput, sku } from '../launches/schema';
import { rejectInput } from '../review/schema';
import { codeText, multiLineText, oneLineText, textIssue } from './text';

const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.') || '_'}: ${i.message}`);

describe('text a person may type', () => {
  it('refuses bidi controls, zero-width characters, BOMs and lone surrogates with a key that says which', () => {
    const one = oneLineText(100);
    expect(messages(one.safeParse('SKU\u202E100-A'))).toEqual(['_: errors.textBidi']);
    expect(messages(one.safeParse('\u2066x\u2069'))).toEqual(['_: errors.textBidi']);
    expect(messages(one.safeParse('a\u200Fb'))).toEqual(['_: errors.textBidi']);
    expect(messages(one.safeParse('T\u200Bshirt'))).toEqual(['_: errors.textInvisible']);
    expect(messages(one.safeParse('a\u2060b'))).toEqual(['_: errors.textInvisible']);
    expect(messages(one.safeParse('\uFEFF春季上新'))).toEqual(['_: errors.textInvisible']); // trim() would have dropped it silently
    expect(messages(one.safeParse('春季\uFEFF上新'))).toEqual(['_: errors.textInvisible']);
    expect(messages(one.safeParse('x\uD800'))).toEqual(['_: errors.textEncoding']);
    expect(messages(one.safeParse('\uDC00x'))).toEqual(['_: errors.textEncoding']);
  });

  it('accepts what people really write: CJK, emoji (joined ones too), full-width space, an ordinary apostrophe', () => {
    for (const ok of ['春季 上新 2026', '🧨 新品 ✓', '👩\u200D💻 程序员款', '👨\u200D👩\u200D👧', '👍🏽\u200D🔥', "Men's tee", '全角\u3000空格', '=1+1']) {
      expect(oneLineText(100).parse(ok)).toBe(ok);
    }
    // A joiner that joins no emoji is just invisible.
    expect(textIssue('a\u200Db', 'oneLine')).toBe('errors.textInvisible');
    expect(textIssue('👩\u200D', 'oneLine')).toBe('errors.textInvisible');
  });

  it('one line refuses tabs, line breaks and other controls; several lines allow LF, CR and tab only', () => {
    for (const bad of ['a\tb', 'a\nb', 'a\rb', 'a\u0007b', 'a\u0085b', 'a\u2028b', 'a\u0000b']) {
      expect(messages(oneLineText(10).safeParse(bad)), JSON.stringify(bad)).toEqual(['_: errors.textControl']);
    }
    expect(multiLineText(20).parse('第一行\r\n第二行\t缩进')).toBe('第一行\r\n第二行\t缩进');
    for (const bad of ['a\u0007b', 'a\u000Bb', 'a\u001Bb', 'a\u2029b']) expect(messages(multiLineText(10).safeParse(bad))).toEqual(['_: errors.textControl']);
  });

  it('codes are printable ASCII: inner spaces and punctuation yes, CJK, full-width letters and controls no', () => {
    const code = codeText(64);
    for (const ok of ['SS26-TS-001-WHT-M', 'A 1/2 (x)#+', '~!']) expect(code.parse(ok)).toBe(ok);
    expect(messages(code.safeParse('SKU-红'))).toEqual(['_: errors.codeCharacters']);
    expect(messages(code.safeParse('ＳＫＵ１'))).toEqual(['_: errors.codeCharacters']);
    expect(messages(code.safeParse('SKU\t1'))).toEqual(['_: errors.textControl']);
    expect(code.parse('  A-1  ')).toBe('A-1');
  });

  it('still trims and counts length after the check, and one message per field', () => {
    expect(oneLineText(3).parse('  abc  ')).toBe('abc');
    expect(messages(oneLineText(3).safeParse('abcd'))).toHaveLength(1);
    expect(messages(oneLineText(3).safeParse('ab\u202Ecd'))).toEqual(['_: errors.textBidi']);
  });
});

describe('the launch and review schemas use them', () => {
  const content = { season: 'SS', year: 2026, title: '春季上新', launchDate: null, story: '', channels: [], earlyAccess: null, skus: [] };
  const row = { code: 'A-1', name: '杯子', listPrice: 100, launchPrice: 90, stock: 1, imageUrl: '' };

  it('names the field that holds the odd character', () => {
    expect(messages(launchContent.safeParse({ ...content, title: 'x\u202Ey' }))).toEqual(['title: errors.textBidi']);
    expect(messages(launchContent.safeParse({ ...content, story: '两行\n故事\u200B' }))).toEqual(['story: errors.textInvisible']);
    expect(messages(launchContent.safeParse({ ...content, skus: [row, { ...row, code: 'A\u200B1' }] }))).toEqual(['skus.1.code: errors.textInvisible']);
    expect(messages(launchContent.safeParse({ ...content, skus: [{ ...row, name: '=1+1\n=2+2' }] }))).toEqual(['skus.0.name: errors.textControl']);
    expect(messages(sku.safeParse({ ...row, code: '编码1' }))).toEqual(['code: errors.codeCharacters']);
    expect(messages(launchListInput.safeParse({ filters: { q: '\uFEFF' } }))).toEqual(['filters.q: errors.textInvisible']);
    expect(messages(rejectInput.safeParse({ id: 'l_1', version: 1, reason: '价格\u202E有误' }))).toEqual(['reason: errors.textBidi']);
    expect(launchContent.parse({ ...content, story: '第一段\n\n第二段' }).story).toBe('第一段\n\n第二段');
  });

  it('the submit rules the form runs report the same keys on the same fields, so the web shows them early', () => {
    const issues = launchSubmitIssues(
      { ...content, title: 'x\u202Ey', story: 'ok\n\u200B', skus: [{ ...row, code: '编码' }, { ...row, code: 'B-1', name: 'a\nb', imageUrl: 'https://x.example/\uFEFF' }] } as never,
      { window: null, now: new Date('2026-01-01T00:00:00Z') },
    ).filter((i) => i.key.startsWith('errors.'));
    expect(issues).toEqual([
      { path: 'title', key: 'errors.textBidi' },
      { path: 'story', key: 'errors.textInvisible' },
      { path: 'skus.0.code', key: 'errors.codeCharacters' },
      { path: 'skus.1.name', key: 'errors.textControl' },
      { path: 'skus.1.imageUrl', key: 'errors.textInvisible' },
    ]);
  });
});
