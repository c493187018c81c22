import BellOutlined from '@ant-design/icons/BellOutlined';
import AuditOutlined from '@ant-design/icons/AuditOutlined';
import RocketOutlined from '@ant-design/icons/RocketOutlined';
import type { ResourceProps } from '@refinedev/core';
import type { TFunction } from 'i18next';
import { lazy } from 'react';
import { Route } from 'react-router';
import { withTexts } from '../i18n';
import { Guard } from '../layout/Guard';

// Each page is its own lazy chunk; the SKU grid and the CSV import load with the form only.
const LaunchList = lazy(() => withTexts(import('./list'), 'features', 'campaigns'));
const LaunchCreate = lazy(() => withTexts(import('./create'), 'features', 'campaigns'));
const LaunchEdit = lazy(() => withTexts(import('./edit'), 'features', 'campaigns'));
const LaunchShow = lazy(() => withTexts(import('./show'), 'features', 'campaigns', 'perks', 'audit'));
const ReviewQueue = lazy(() => withTexts(import('../review/list'), 'features', 'campaigns', 'perks', 'audit'));
const ReviewPanel = lazy(() => withTexts(import('../review/show'), 'features', 'campaigns', 'perks', 'audit'));
const NotificationList = lazy(() => withTexts(import('../notifications/list'), 'notifications'));

/** The menu entries of launches (operator), the review queue (manager) and notifications (operator). */
export function featureResources(t: TFunction): ResourceProps[] {
  return [
    {
      name: 'launches',
      list: '/launches',
      create: '/launches/create',
      edit: '/launches/:id/edit',
      show: '/launches/:id',
      meta: { label: t('menu.launches'), icon: <RocketOutlined /> },
    },
    { name: 'reviews', list: '/reviews', show: '/reviews/:id', meta: { label: t('menu.reviews'), icon: <AuditOutlined /> } },
    { name: 'notifications', list: '/notifications', meta: { label: t('menu.inbox'), icon: <BellOutlined /> } },
  ];
}

/** The routes of those pages, each behind the access table. */
export function featureRoutes() {
  return [
    <Route key="launches" path="/launches">
      <Route index element={<Guard resource="launches" action="list"><LaunchList /></Guard>} />
      <Route path="create" element={<Guard resource="launches" action="create"><LaunchCreate /></Guard>} />
      <Route path=":id/edit" element={<Guard resource="launches" action="edit"><LaunchEdit /></Guard>} />
      <Route path=":id" element={<Guard resource="launches" action="show"><LaunchShow /></Guard>} />
    </Route>,
    <Route key="reviews" path="/reviews">
      <Route index element={<Guard resource="reviews" action="list"><ReviewQueue /></Guard>} />
      <Route path=":id" element={<Guard resource="reviews" action="show"><ReviewPanel /></Guard>} />
    </Route>,
    <Route key="notifications" path="/notifications" element={<Guard resource="notifications" action="list"><NotificationList /></Guard>} />,
  ];
}
