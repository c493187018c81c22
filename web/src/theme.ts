import type { ThemeConfig } from 'antd';

/** Tmall red on a quiet grey canvas. */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#e1251b',
    colorLink: '#e1251b',
    colorInfo: '#1677ff',
    borderRadius: 6,
    colorBgLayout: '#f5f6fa',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff' },
    Table: { headerBg: '#fafafa' },
  },
};
