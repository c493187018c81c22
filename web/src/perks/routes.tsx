import GiftOutlined from '@ant-design/icons/GiftOutlined';
import type { ResourceProps } from '@refinedev/core';
import type { TFunction } from 'i18next';
import { lazy } from 'react';
import { Route } from 'react-router';
import { Guard } from '../layout/Guard';

// Each page is its own lazy chunk; recharts loads with the cost chart inside them only.
const ProgrammePage = lazy(() => import('./programme'));
const VersionPage = lazy(() => import('./version'));
const PerkMerchantList = lazy(() => import('./merchants'));

/** The menu entries: an operator's own programme, a manager's merchants' programmes. */
export function perksResources(t: TFunction): ResourceProps[] {
  return [
    { name: 'perks', list: '/perks', show: '/perks/versions/:number', meta: { label: t('perks.title'), icon: <GiftOutlined /> } },
    { name: 'perkMerchants', list: '/perks/merchants', show: '/perks/merchants/:merchantId', meta: { label: t('perks.title'), icon: <GiftOutlined /> } },
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
