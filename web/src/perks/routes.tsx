import GiftOutlined from '@ant-design/icons/GiftOutlined';
import type { ResourceProps } from '@refinedev/core';
import type { TFunction } from 'i18next';
import { lazy } from 'react';
import { Route } from 'react-router';
import { withTexts } from '../i18n';
import { Guard } from '../layout/Guard';

// Each page is its own lazy chunk; recharts loads with the cost chart inside them only.
const ProgrammePage = lazy(() => withTexts(import('./programme'), 'perks', 'features', 'campaigns'));
const VersionPage = lazy(() => withTexts(import('./version'), 'perks', 'features', 'campaigns', 'audit'));
const PerkMerchantList = lazy(() => withTexts(import('./merchants'), 'perks'));

/** The menu entries: an operator's own programme, a manager's merchants' programmes. */
export function perksResources(t: TFunction): ResourceProps[] {
  return [
    { name: 'perks', list: '/perks', show: '/perks/versions/:number', meta: { label: t('menu.perks'), icon: <GiftOutlined /> } },
    { name: 'perkMerchants', list: '/perks/merchants', show: '/perks/merchants/:merchantId', meta: { label: t('menu.perks'), icon: <GiftOutlined /> } },
  ];
}

export function perksRoutes() {
  return [
    <Route key="perks" path="/perks">
      <Route index element={<Guard resource="perks" action="list"><ProgrammePage /></Guard>} />
      <Route path="versions/:number" element={<Guard resource="perks" action="show"><VersionPage /></Guard>} />
      <Route path="merchants" element={<Guard resource="perkMerchants" action="list"><PerkMerchantList /></Guard>} />
      <Route path="merchants/:merchantId" element={<Guard resource="perkMerchants" action="show"><ProgrammePage /></Guard>} />
      <Route path="merchants/:merchantId/versions/:number" element={<Guard resource="perkMerchants" action="show"><VersionPage /></Guard>} />
    </Route>,
  ];
}
