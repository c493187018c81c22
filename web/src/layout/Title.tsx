import type { TitleProps } from '@refinedev/core';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Logo({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden focusable="false">
      <rect width="24" height="24" rx="6" fill="currentColor" />
      <path d="M6 8.5h12M12 8.5V18" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
      <circle cx="7.5" cy="5.2" r="1.3" fill="#fff" />
      <circle cx="16.5" cy="5.2" r="1.3" fill="#fff" />
    </svg>
  );
}

/** Logo and name at the top of the menu; only the logo when the menu is collapsed. */
export function AppTitle({ collapsed }: TitleProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Link to="/" style={{ display: 'inline-flex', alignItems: 'center', gap: 10, color: token.colorText }} aria-label={t('app.title')}>
      <span style={{ color: token.colorPrimary, display: 'inline-flex' }}>
        <Logo />
      </span>
      {!collapsed && (
        <span style={{ fontSize: 15, fontWeight: 600, whiteSpace: 'nowrap' }}>{t('app.title')}</span>
      )}
    </Link>
  );
}
