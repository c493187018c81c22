import type { ThemeConfig } from 'antd';

/*
 * Tmall red on a quiet grey canvas, at WCAG 2.1 AA: every text colour below has at least 4.5:1 against the white
 * cards and the grey canvas (secondary text, placeholders, tags, links, the selected menu item). Red is the brand and
 * the colour of errors; focus and hover borders of fields are blue, so a focused field never looks invalid.
 * (Figures: `node scripts/contrast.mjs`.)
 */

/** The brand red, a shade darker than Tmall's #e1251b so that it reads at 4.5:1 on its own tint (selected menu item). */
export const BRAND_RED = '#cc1f17';
/** Focus and hover of fields: blue, never the red of errors. */
export const FOCUS_BLUE = '#1668dc';
const FOCUS_HOVER = '#3c89e8';
const FOCUS_RING = 'rgba(22, 104, 220, 0.22)';

/** Latin first for English (a CJK font draws ’ and “ full-width), CJK first for Chinese. */
const LATIN = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans'";
const CJK = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC'";
export const FONT_STACKS = {
  'zh-CN': `-apple-system, BlinkMacSystemFont, 'Segoe UI', ${CJK}, 'Helvetica Neue', Arial, sans-serif`,
  en: `${LATIN}, ${CJK}, sans-serif`,
} as const;

/** Fields whose focus/hover borders are blue. */
const field = { activeBorderColor: FOCUS_BLUE, hoverBorderColor: FOCUS_HOVER, activeShadow: `0 0 0 2px ${FOCUS_RING}` };

/** Preset and status tag colours with AA text (antd's 6/7 shades of green, orange, gold, cyan read at ~3.4:1). */
const tagColors = {
  colorSuccess: '#237804',
  colorInfo: '#0958d9',
  colorWarning: '#ad4e00',
  colorError: '#cf1322',
  green7: '#237804',
  cyan7: '#006d75',
  orange7: '#ad4e00',
  gold7: '#874d00',
  lime7: '#3f6600',
  volcano7: '#ad2102',
  magenta7: '#9e1068',
};

export function appTheme(locale: keyof typeof FONT_STACKS = 'zh-CN'): ThemeConfig {
  return {
    token: {
      colorPrimary: BRAND_RED,
      colorLink: BRAND_RED,
      colorInfo: '#1677ff',
      colorError: '#cf1322',
      colorErrorText: '#cf1322',
      colorWarningText: '#ad4e00',
      colorSuccessText: '#237804',
      // Secondary text (descriptions, hints, table totals) and placeholders: antd's 45% and 25% black are 3.4:1 and 1.8:1.
      colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
      colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
      colorTextDescription: 'rgba(0, 0, 0, 0.6)',
      colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
      // Disabled fields still show content a user reads (a submitted campaign's festival, the calendar's days of the
      // neighbouring months, empty cells): antd's 25% black is 1.8:1.
      colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
      controlOutline: FOCUS_RING,
      borderRadius: 6,
      colorBgLayout: '#f5f6fa',
      fontFamily: FONT_STACKS[locale],
    },
    components: {
      Layout: { headerBg: '#ffffff', siderBg: '#ffffff' },
      Table: { headerBg: '#fafafa' },
      Tag: tagColors,
      Input: field,
      InputNumber: field,
      Mentions: field,
      DatePicker: field,
      Select: { activeBorderColor: FOCUS_BLUE, hoverBorderColor: FOCUS_HOVER, activeOutlineColor: FOCUS_RING },
      // Empty-state and pagination texts use the quaternary colour; keep them readable.
      Empty: { colorTextDescription: 'rgba(0, 0, 0, 0.6)' },
    },
  };
}
