import GiftOutlined from '@ant-design/icons/GiftOutlined';
import type { ResourceProps } from '@refinedev/core';
import type { TFunction } from 'i18next';
import { withTexts } from '../i18n';
import { lazyPage, type PageRoute } from '../layout/pages';

// Each page is its own lazy chunk; recharts loads with the cost chart inside them only.
const ProgrammePage = lazyPage(() => withTexts(import('./programme'), 'perks', 'features', 'campaigns'));
const VersionPage = lazyPage(() => withTexts(import('./version'), 'perks', 'features', 'campaigns', 'audit'));
const PerkMerchantList = lazyPage(() => withTexts(import('./merchants'), 'perks'));

/** The menu entries: an operator's own programme, a manager's merchants' programmes. */
export function perksResources(t: TFunction): ResourceProps[] {
  return [
    { name: 'perks', list: '/perks', show: '/perks/versions/:number', meta: { label: t('menu.perks'), icon: <GiftOutlined /> } },
    { name: 'perkMerchants', list: '/perks/merchants', show: '/perks/merchants/:merchantId', meta: { label: t('menu.perks'), icon: <GiftOutlined /> } },
  ];
}

export const perksPages: PageRoute[] = [
  { path: '/perks', resource: 'perks', action: 'list', Page: ProgrammePage },
  { path: '/perks/versions/:number', resource: 'perks', action: 'show', Page: VersionPage },
  { path: '/perks/merchants', resource: 'perkMerchants', action: 'list', Page: PerkMerchantList },
  { path: '/perks/merchants/:merchantId', resource: 'perkMerchants', action: 'show', Page: ProgrammePage },
  { path: '/perks/merchants/:merchantId/versions/:number', resource: 'perkMerchants', action: 'show', Page: VersionPage },
];
