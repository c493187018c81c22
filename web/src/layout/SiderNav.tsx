import { theme } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useLocation } from 'react-router';

export interface NavItem {
  key: string;
  icon?: ReactNode;
  label: ReactNode;
  to: string;
}

/**
 * The side navigation as what it is, a list of links in a `nav` landmark (`aria-current` on the page's own entry).
 * antd's Menu is a widget for application menus (role menu, arrow keys, popups when collapsed); for site navigation
 * it was the wrong pattern and ~27 KB gzip of every signed-in page's first load (rc-menu, overflow, trigger, tooltip).
 * When collapsed, only the icons show; each link keeps its name (aria-label and a native tooltip).
 */
export function SiderNav({ label, items, collapsed }: { label: string; items: NavItem[]; collapsed: boolean }) {
  const { token } = theme.useToken();
  const { pathname } = useLocation();
  // The entry whose page, or a page below it (a launch under the launches list), is open: the longest such link, so
  // /service/ranking marks "ranking", not also "service".
  const currentKey = items
    .filter((i) => pathname === i.to || pathname.startsWith(`${i.to}/`))
    .sort((a, b) => b.to.length - a.to.length)[0]?.key;
  const [hovered, setHovered] = useState<string | null>(null);
  return (
    <nav aria-label={label} style={{ padding: '8px 4px' }}>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => {
          const current = item.key === currentKey;
          const name = typeof item.label === 'string' ? item.label : undefined;
          return (
            <li key={item.key} style={{ margin: '4px 0' }}>
              <Link
                to={item.to}
                aria-current={current ? 'page' : undefined}
                aria-label={collapsed ? name : undefined}
                title={collapsed ? name : undefined}
                className="console-nav-link"
                onMouseEnter={() => setHovered(item.key)}
                onMouseLeave={() => setHovered(null)}
                style={{
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: collapsed ? 'center' : 'flex-start',
                  gap: 10,
                  height: 40,
                  padding: collapsed ? 0 : '0 20px',
                  marginInline: 4,
                  borderRadius: token.borderRadiusLG,
                  color: current ? token.colorPrimary : token.colorText,
                  background: current ? token.colorPrimaryBg : hovered === item.key ? token.colorFillTertiary : 'transparent',
                  fontWeight: current ? 600 : 400,
                  fontSize: token.fontSize,
                  whiteSpace: 'nowrap',
                  overflow: 'hidden',
                  transition: `background ${token.motionDurationMid}`,
                }}
              >
                {item.icon && (
                  <span aria-hidden style={{ display: 'inline-flex', fontSize: collapsed ? 16 : 14 }}>
                    {item.icon}
                  </span>
                )}
                {!collapsed && <span>{item.label}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
