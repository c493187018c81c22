import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation as useRefineTranslation } from '@refinedev/core';
import { Segmented, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale, parseLocale } from '../i18n';

/** 中文 | English, one click away; the choice is remembered (localStorage `console.locale`). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { changeLocale } = useRefineTranslation();
  const locale = parseLocale(i18n.language) ?? 'zh-CN';
  return (
    <Space size={6}>
      <GlobalOutlined aria-hidden style={{ opacity: 0.65 }} />
      <Segmented<Locale>
        size="small"
        aria-label={t('header.language')}
        value={locale}
        options={LOCALES.map((l) => ({ value: l, label: t(`locale.${l}`) }))}
        onChange={(value) => void changeLocale(value)}
      />
    </Space>
  );
}
