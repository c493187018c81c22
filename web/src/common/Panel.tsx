import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

export interface PanelProps {
  title?: ReactNode;
  extra?: ReactNode;
  size?: 'default' | 'small';
  style?: CSSProperties;
  styles?: { body?: CSSProperties; header?: CSSProperties };
  children?: ReactNode;
}

/**
 * A titled white block of a page (overview, timeline, diff, chart): what antd's Card draws, with the props the
 * console uses (title, extra, size, style, styles.body). antd's Card imports Tabs for its tab list, which no page shows:
 * ~13 KB gzip (rc-tabs, Skeleton) on the first visit of every page that has a card.
 */
export function Panel({ title, extra, size = 'default', style, styles, children }: PanelProps) {
  const { token } = theme.useToken();
  const small = size === 'small';
  const pad = small ? token.paddingSM : token.paddingLG;
  return (
    <section
      style={{
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        color: token.colorText,
        ...style,
      }}
    >
      {(title || extra) && (
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            minHeight: small ? 38 : 56,
            padding: `0 ${pad}px`,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            ...styles?.header,
          }}
        >
          <div style={{ flex: 1, minWidth: 0, fontWeight: 600, fontSize: small ? token.fontSize : token.fontSizeLG, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{title}</div>
          {extra && <div style={{ flex: 'none' }}>{extra}</div>}
        </div>
      )}
      <div style={{ padding: pad, ...styles?.body }}>{children}</div>
    </section>
  );
}
