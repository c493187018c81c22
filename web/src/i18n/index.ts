import type { Locale } from '@console/shared';
import type { Locale as AntdLocale } from 'antd/es/locale';
import antdZhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { TEXT_SOURCES, type TextDomain } from './texts';
import { zhCN } from './zh-CN';

export type { Locale };
export type { TextDomain } from './texts';
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

/** Catalogs and antd locales loaded so far; English arrives with `loadLocale('en')` (its own chunk). */
const catalogs: Partial<Record<Locale, object>> = { 'zh-CN': zhCN };
const antdLocales: Partial<Record<Locale, AntdLocale>> = { 'zh-CN': antdZhCN };

/** Loads a language's texts (and antd's) if they are not in the first load yet. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (catalogs[locale]) return;
  const bundle = await import('./en-bundle');
  catalogs.en = bundle.en;
  antdLocales.en = bundle.antdEnUS;
  if (i18n.isInitialized) i18n.addResourceBundle('en', 'translation', bundle.en, true, true);
}

/** Domains whose texts a page has asked for; a language switch loads theirs in the new language first. */
const wantedTexts = new Set<TextDomain>();
const textLoads = new Map<string, Promise<void>>();

function loadDomainTexts(domain: TextDomain, locale: Locale): Promise<void> {
  const key = `${domain}:${locale}`;
  let load = textLoads.get(key);
  if (!load) {
    load = TEXT_SOURCES[domain][locale]().then((texts) => {
      i18n.addResourceBundle(locale, 'translation', texts, true, true);
    });
    // A failed chunk (network) may be fetched again on the next visit.
    load.catch(() => textLoads.delete(key));
    textLoads.set(key, load);
  }
  return load;
}

/** Loads the texts of these domains in the current language (once); see `texts.ts`. */
export async function loadTexts(...domains: TextDomain[]): Promise<void> {
  for (const d of domains) wantedTexts.add(d);
  const locale = currentLocale();
  await Promise.all(domains.map((d) => loadDomainTexts(d, locale)));
}

/** Loads these domains' texts in a given language, whatever the current one (a page that shows both languages). */
export async function loadTextsIn(locale: Locale, ...domains: TextDomain[]): Promise<void> {
  await Promise.all([loadLocale(locale), ...domains.map((d) => loadDomainTexts(d, locale))]);
}

/** Every domain's texts in both languages (the component tests render pages without their routes). */
export async function loadAllTexts(): Promise<void> {
  const domains = Object.keys(TEXT_SOURCES) as TextDomain[];
  for (const d of domains) wantedTexts.add(d);
  await Promise.all(domains.flatMap((d) => LOCALES.map((locale) => loadDomainTexts(d, locale))));
}

/** A lazy page's module once it and its domains' texts are loaded (both in parallel): `lazy(() => withTexts(import('./x'), 'perks'))`. */
export async function withTexts<T>(page: Promise<T>, ...domains: TextDomain[]): Promise<T> {
  const [module] = await Promise.all([page, loadTexts(...domains)]);
  return module;
}

/** antd's texts (pagination, empty states, pickers) in the given language, once loaded. */
export function antdLocale(locale: Locale): AntdLocale {
  return antdLocales[locale] ?? antdZhCN;
}

/**
 * Sets up the one i18next instance with the catalogs loaded so far (`main.tsx` loads the detected language first);
 * safe to call again (tests do): it then only switches the language.
 */
export function initI18n(locale: Locale = detectLocale()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      showSupportNotice: false,
      resources: Object.fromEntries(Object.entries(catalogs).map(([lng, translation]) => [lng, { translation }])),
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
  await Promise.all([loadLocale(locale), ...[...wantedTexts].map((d) => loadDomainTexts(d, locale))]);
  applySideEffects(locale);
  await i18n.changeLanguage(locale);
}

/** Translates a message that may be an i18n key (the bff sends keys); anything else is shown as it is. */
export function translateKey(message: string, fallbackKey = 'errors.unknown'): string {
  if (i18n.exists(message)) return i18n.t(message);
  return message ? message : i18n.t(fallbackKey);
}
