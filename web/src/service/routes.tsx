import CustomerServiceOutlined from '@ant-design/icons/CustomerServiceOutlined';
import CloudUploadOutlined from '@ant-design/icons/CloudUploadOutlined';
import TrophyOutlined from '@ant-design/icons/TrophyOutlined';
import ControlOutlined from '@ant-design/icons/ControlOutlined';
import type { ResourceProps } from '@refinedev/core';
import type { TFunction } from 'i18next';
import { lazy } from 'react';
import { Route } from 'react-router';
import { withTexts } from '../i18n';
import { Guard } from '../layout/Guard';

// Every service page is a lazy chunk; recharts loads with the dashboard's trend chart only.
const ServicePage = lazy(() => withTexts(import('./dashboard'), 'service'));
const ServiceData = lazy(() => withTexts(import('./data'), 'service', 'features', 'campaigns'));
const ServiceRanking = lazy(() => withTexts(import('./ranking'), 'service'));
const ServiceMerchant = lazy(() => withTexts(import('./merchant'), 'service'));
const ServiceStandards = lazy(() => withTexts(import('./standards'), 'service'));

/** The menu entries of the service SLA: dashboard and data (operator), ranking (manager), standards (admin). */
export function serviceResources(t: TFunction): ResourceProps[] {
  return [
    { name: 'service', list: '/service', meta: { label: t('menu.service'), icon: <CustomerServiceOutlined /> } },
    { name: 'serviceData', list: '/service/data', meta: { label: t('menu.serviceData'), icon: <CloudUploadOutlined /> } },
    { name: 'serviceRanking', list: '/service/ranking', show: '/service/merchants/:id', meta: { label: t('menu.serviceRanking'), icon: <TrophyOutlined /> } },
    { name: 'serviceStandards', list: '/service/standards', meta: { label: t('menu.serviceStandards'), icon: <ControlOutlined /> } },
  ];
}

export function serviceRoutes() {
  return [
    <Route key="service" path="/service">
      <Route index element={<Guard resource="service" action="list"><ServicePage /></Guard>} />
      <Route path="data" element={<Guard resource="serviceData" action="list"><ServiceData /></Guard>} />
      <Route path="ranking" element={<Guard resource="serviceRanking" action="list"><ServiceRanking /></Guard>} />
      <Route path="merchants/:id" element={<Guard resource="serviceRanking" action="show"><ServiceMerchant /></Guard>} />
      <Route path="standards" element={<Guard resource="serviceStandards" action="list"><ServiceStandards /></Guard>} />
    </Route>,
  ];
}
