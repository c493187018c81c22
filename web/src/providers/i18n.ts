import type { I18nProvider } from '@refinedev/core';
import { changeLocale, currentLocale, i18n, parseLocale } from '../i18n';

/** Refine's i18n provider on our i18next instance: Refine's own texts come from the same catalogs. */
export const i18nProvider: I18nProvider = {
  translate: (key: string, options?: unknown, defaultMessage?: string) => {
    const opts = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
    const fallback = defaultMessage ?? (typeof options === 'string' ? options : undefined);
    return i18n.exists(key) ? i18n.t(key, opts) : (fallback ?? key);
  },
  changeLocale: (locale: string) => changeLocale(parseLocale(locale) ?? 'zh-CN'),
  getLocale: () => currentLocale(),
};
