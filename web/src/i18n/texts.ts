import type { Locale } from '@console/shared';

/**
 * A domain's texts, in one language: loaded with the domain's routes (a chunk per domain and language), not in the
 * first load, which holds only the shell's (`zh-CN.ts`, `en.ts`). A route's lazy page waits for the texts it names
 * (`withTexts`), so it never renders a raw key; a language switch loads the new language's texts of every domain
 * asked for so far before it switches (`i18n/index.ts`).
 */
export type TextDomain = 'notifications' | 'features' | 'campaigns' | 'perks' | 'audit' | 'home' | 'service';
type Texts = Record<string, unknown>;

export const TEXT_SOURCES: Record<TextDomain, Record<Locale, () => Promise<Texts>>> = {
  // The bell and live toasts (in the frame's header), the inbox, what the bff's notifications say, kind names.
  notifications: {
    'zh-CN': () => import('../notifications/locale').then((m) => m.notificationTextsZh),
    en: () => import('../notifications/locale.en').then((m) => m.notificationTextsEn),
  },
  // Launches, the review queue and panel, CSV import, application states and actions.
  features: {
    'zh-CN': () => import('../launches/locale').then((m) => m.featuresZh),
    en: () => import('../launches/locale.en').then((m) => m.featuresEn),
  },
  campaigns: {
    'zh-CN': () => import('../campaigns/locale').then((m) => ({ campaigns: m.campaignsZh, calendar: m.calendarZh })),
    en: () => import('../campaigns/locale.en').then((m) => ({ campaigns: m.campaignsEn, calendar: m.calendarEn })),
  },
  perks: {
    'zh-CN': () => import('../perks/locale').then((m) => ({ perks: m.perksZh })),
    en: () => import('../perks/locale.en').then((m) => ({ perks: m.perksEn })),
  },
  audit: {
    'zh-CN': () => import('../audit/locale').then((m) => ({ audit: m.auditZh })),
    en: () => import('../audit/locale.en').then((m) => ({ audit: m.auditEn })),
  },
  home: {
    'zh-CN': () => import('../home/locale').then((m) => ({ home: m.homeZh })),
    en: () => import('../home/locale.en').then((m) => ({ home: m.homeEn })),
  },
  // The service SLA pages; also what the bff says of service events and standards (`service.*`).
  service: {
    'zh-CN': () => import('../service/locale').then((m) => m.serviceZh),
    en: () => import('../service/locale.en').then((m) => m.serviceEn),
  },
};
