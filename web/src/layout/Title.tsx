import { ThemedTitle } from '@refinedev/antd';
import type { TitleProps } from '@refinedev/core';
import { useTranslation } from 'react-i18next';

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

export function AppTitle({ collapsed }: TitleProps) {
  const { t } = useTranslation();
  return <ThemedTitle collapsed={collapsed} icon={<Logo />} text={t('app.title')} />;
}
