import type { Locale } from '@console/shared';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zhCN } from './zh-CN';

export type { Locale };
/** The languages of the console; `LOCALES` of shared, restated so that the first load needs no zod. */
export const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];
export const LOCALE_STORAGE_KEY = 'console.locale';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** `?lang=en` (for screenshots and tests) wins over the stored choice, which wins over the default. */
export function parseLocale(value: string | null | undefined): Locale | null {
  if (!value) return null;
  const v = value.toLowerCase();
  if (v === 'en' || v.startsWith('en-')) return 'en';
  if (v === 'zh' || v === 'zh-cn' || v.startsWith('zh-')) return 'zh-CN';
  return null;
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function detectLocale(): Locale {
  const fromUrl = typeof window === 'undefined' ? null : parseLocale(new URLSearchParams(window.location.search).get('lang'));
  return fromUrl ?? parseLocale(readStored()) ?? DEFAULT_LOCALE;
}

function applySideEffects(locale: Locale) {
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export const i18n = i18next.createInstance();

/** Sets up the one i18next instance; safe to call again (tests do), it then only re-detects the locale. */
export function initI18n(locale: Locale = detectLocale()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: locale,
      fallbackLng: DEFAULT_LOCALE,
      supportedLngs: ['zh-CN', 'en'],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  } else if (i18n.language !== locale) {
    void i18n.changeLanguage(locale);
  }
  applySideEffects(locale);
  return i18n;
}

export function currentLocale(): Locale {
  return parseLocale(i18n.language) ?? DEFAULT_LOCALE;
}

/** Switches the language everywhere (texts, antd, dayjs) and remembers the choice. */
export async function changeLocale(locale: Locale) {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applySideEffects(locale);
  await i18n.changeLanguage(locale);
}

/** Translates a message that may be an i18n key (the bff sends keys); anything else is shown as it is. */
export function translateKey(message: string, fallbackKey = 'errors.unknown'): string {
  if (i18n.exists(message)) return i18n.t(message);
  return message ? message : i18n.t(fallbackKey);
}
