import { describe, expect, it } from 'vitest';
import { fenToYuanString, formatYuan, parseYuanToFen } from './money';

describe('parseYuanToFen', () => {
  it.each([
    ['1299', 129_900],
    ['1299.00', 129_900],
    ['¥1,299.00', 129_900],
    ['￥1299.5', 129_950],
    [' 0.01 ', 1],
    ['CNY 88', 8_800],
  ])('reads %j as %i fen', (text, fen) => expect(parseYuanToFen(text)).toBe(fen));

  it.each(['', 'abc', '12.345', '-5', '1.2.3', '¥', '1e3'])('refuses %j', (text) => expect(parseYuanToFen(text)).toBeNull());
});

describe('formatting', () => {
  it('shows yuan with the ¥ sign in both locales', () => {
    expect(formatYuan(129_900, 'zh-CN')).toBe('¥1,299.00');
    expect(formatYuan(129_900, 'en')).toBe('¥1,299.00');
  });
  it('writes fen as a plain yuan string for CSV', () => {
    expect(fenToYuanString(129_905)).toBe('1299.05');
    expect(fenToYuanString(-5)).toBe('-0.05');
  });
});
