import CustomerServiceOutlined from '@ant-design/icons/CustomerServiceOutlined';
import CloudUploadOutlined from '@ant-design/icons/CloudUploadOutlined';
import TrophyOutlined from '@ant-design/icons/TrophyOutlined';
import ControlOutlined from '@ant-design/icons/ControlOutlined';
import type { ResourceProps } from '@refinedev/core';
import type { TFunction } from 'i18next';
import { withTexts } from '../i18n';
import { lazyPage, type PageRoute } from '../layout/pages';

// Every service page is a lazy chunk; recharts loads with the dashboard's trend chart only.
const ServicePage = lazyPage(() => withTexts(import('./dashboard'), 'service'));
const ServiceData = lazyPage(() => withTexts(import('./data'), 'service', 'features', 'campaigns'));
const ServiceRanking = lazyPage(() => withTexts(import('./ranking'), 'service'));
const ServiceMerchant = lazyPage(() => withTexts(import('./merchant'), 'service'));
const ServiceStandards = lazyPage(() => withTexts(import('./standards'), 'service'));

/** The menu entries of the service SLA: dashboard and data (operator), ranking (manager), standards (admin). */
export function serviceResources(t: TFunction): ResourceProps[] {
  return [
    { name: 'service', list: '/service', meta: { label: t('menu.service'), icon: <CustomerServiceOutlined /> } },
    { name: 'serviceData', list: '/service/data', meta: { label: t('menu.serviceData'), icon: <CloudUploadOutlined /> } },
    { name: 'serviceRanking', list: '/service/ranking', show: '/service/merchants/:id', meta: { label: t('menu.serviceRanking'), icon: <TrophyOutlined /> } },
    { name: 'serviceStandards', list: '/service/standards', meta: { label: t('menu.serviceStandards'), icon: <ControlOutlined /> } },
  ];
}

export const servicePages: PageRoute[] = [
  { path: '/service', resource: 'service', action: 'list', Page: ServicePage },
  { path: '/service/data', resource: 'serviceData', action: 'list', Page: ServiceData },
  { path: '/service/ranking', resource: 'serviceRanking', action: 'list', Page: ServiceRanking },
  { path: '/service/merchants/:id', resource: 'serviceRanking', action: 'show', Page: ServiceMerchant },
  { path: '/service/standards', resource: 'serviceStandards', action: 'list', Page: ServiceStandards },
];
