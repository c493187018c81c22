import type { Locale } from '@console/shared';
import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import { useTranslation } from 'react-i18next';
import { parseLocale } from './index';

dayjs.extend(localizedFormat);

const dayjsLocale = (locale: Locale) => (locale === 'en' ? 'en' : 'zh-cn');

/** Formatting that follows the chosen language: dates (2024年3月1日 / Mar 1, 2024), counts, DSR scores. */
export function formatters(locale: Locale) {
  const integer = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    locale,
    date: (iso: string | null | undefined) => (iso ? dayjs(iso).locale(dayjsLocale(locale)).format('ll') : '—'),
    dateTime: (iso: string | null | undefined) => (iso ? dayjs(iso).locale(dayjsLocale(locale)).format('lll') : '—'),
    integer: (n: number) => integer.format(n),
    percent: (share: number) => percent.format(share),
    dsr: (score: number) => score.toFixed(2),
    /** A person's or a window's name in the chosen language: the English one in English when there is one. */
    name: (named: { name: string; nameEn?: string | null } | null | undefined) => (!named ? '—' : locale === 'en' && named.nameEn ? named.nameEn : named.name),
  };
}

export type Formatters = ReturnType<typeof formatters>;

// One set per language: building Intl formatters costs milliseconds, and every list cell and header asked anew.
const byLocale = new Map<Locale, Formatters>();

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = parseLocale(i18n.language) ?? 'zh-CN';
  let f = byLocale.get(locale);
  if (!f) byLocale.set(locale, (f = formatters(locale)));
  return f;
}
