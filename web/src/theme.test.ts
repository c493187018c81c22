import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { appTheme, FONT_STACKS } from './theme';

/** WCAG 2.1 contrast of two colours (#rrggbb, or rgba(0,0,0,a) over `under`). */
function rgb(color: string, under: [number, number, number] = [255, 255, 255]): [number, number, number] {
  const rgba = /rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)/.exec(color);
  if (rgba) {
    const a = Number(rgba[4]);
    return [1, 2, 3].map((i, k) => Math.round(Number(rgba[i]) * a + under[k]! * (1 - a))) as [number, number, number];
  }
  const hex = color.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}
function contrast(fg: string, bg: string) {
  const back = rgb(bg);
  const lum = (c: [number, number, number]) => {
    const [r, g, b] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(rgb(fg, back)), lum(back)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the theme (issue 10: AA contrast, focus is not an error)', () => {
  const config = appTheme('zh-CN');
  const token = theme.getDesignToken(config);

  it('text colours read at 4.5:1 on cards and on the grey canvas', () => {
    for (const fg of [token.colorText, token.colorTextSecondary, token.colorTextTertiary, token.colorTextDescription, token.colorTextPlaceholder, token.colorTextDisabled, token.colorLink, token.colorErrorText, token.colorWarningText, token.colorSuccessText]) {
      expect(contrast(fg, '#ffffff'), fg).toBeGreaterThanOrEqual(4.5);
      expect(contrast(fg, token.colorBgLayout), fg).toBeGreaterThanOrEqual(4.5);
    }
    // Disabled fields show content too (a submitted application's choices): on their own grey as well.
    expect(contrast(token.colorTextDisabled, token.colorBgContainerDisabled)).toBeGreaterThanOrEqual(4.5);
    // The selected menu item and the brand's own tint; white on the primary button.
    expect(contrast(token.colorPrimary, token.colorPrimaryBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', token.colorPrimary)).toBeGreaterThanOrEqual(4.5);
  });

  it('status and preset tags read at 4.5:1 on their tint', () => {
    const tag = { ...token, ...config.components!.Tag } as unknown as Record<string, string>;
    for (const [fg, bg] of [
      [tag.colorInfo!, token.colorInfoBg],
      [tag.colorSuccess!, token.colorSuccessBg],
      [tag.colorWarning!, token.colorWarningBg],
      [tag.colorError!, token.colorErrorBg],
      [tag.green7!, token.green1],
      [tag.orange7!, token.orange1],
      [tag.cyan7!, token.cyan1],
      [tag.gold7!, token.gold1],
    ] as [string, string][]) {
      expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('a focused field is blue, never the red of the brand and of errors', () => {
    for (const field of ['Input', 'InputNumber', 'DatePicker', 'Select'] as const) {
      const c = config.components![field] as { activeBorderColor: string; hoverBorderColor: string };
      for (const color of [c.activeBorderColor, c.hoverBorderColor]) {
        expect(color).not.toBe(token.colorPrimary);
        expect(color).not.toBe(token.colorError);
        const [r, , b] = rgb(color);
        expect(b).toBeGreaterThan(r);
      }
    }
  });

  it('English text is set in a Latin font first (a CJK font draws ’ full-width), Chinese in a CJK one', () => {
    expect(appTheme('en').token!.fontFamily).toBe(FONT_STACKS.en);
    expect(FONT_STACKS.en.indexOf('Arial')).toBeLessThan(FONT_STACKS.en.indexOf('Noto Sans CJK SC'));
    expect(FONT_STACKS['zh-CN'].indexOf('PingFang SC')).toBeLessThan(FONT_STACKS['zh-CN'].indexOf('Arial'));
  });
});
