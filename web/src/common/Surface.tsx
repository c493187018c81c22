import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * The white, rounded, bordered block a list page's filters and table sit on: what antd's Card draws, without Card,
 * which imports Tabs (for its tab list) and so cost every list page ~6 KB gzip of rc-tabs it never shows.
 */
export function Surface({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  const { token } = theme.useToken();
  return (
    <section
      style={{
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding: token.paddingLG,
        ...style,
      }}
    >
      {children}
    </section>
  );
}
