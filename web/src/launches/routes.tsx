import BellOutlined from '@ant-design/icons/BellOutlined';
import AuditOutlined from '@ant-design/icons/AuditOutlined';
import RocketOutlined from '@ant-design/icons/RocketOutlined';
import type { ResourceProps } from '@refinedev/core';
import type { TFunction } from 'i18next';
import { withTexts } from '../i18n';
import { lazyPage, type PageRoute } from '../layout/pages';
import { reviewSummaryQuery, timelineQuery } from './api';

// Each page is its own lazy chunk; the SKU grid and the CSV import load with the form only.
const LaunchList = lazyPage(() => withTexts(import('./list'), 'features', 'campaigns'));
const LaunchCreate = lazyPage(() => withTexts(import('./create'), 'features', 'campaigns'));
const LaunchEdit = lazyPage(() => withTexts(import('./edit'), 'features', 'campaigns'));
const LaunchShow = lazyPage(() => withTexts(import('./show'), 'features', 'campaigns', 'perks', 'audit'));
const ReviewQueue = lazyPage(() => withTexts(import('../review/list'), 'features', 'campaigns', 'perks', 'audit'));
const ReviewPanel = lazyPage(() => withTexts(import('../review/show'), 'features', 'campaigns', 'perks', 'audit'));
const NotificationList = lazyPage(() => withTexts(import('../notifications/list'), 'notifications'));

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

/** Their pages, each behind the access table. */
export const featurePages: PageRoute[] = [
  { path: '/launches', resource: 'launches', action: 'list', Page: LaunchList },
  { path: '/launches/create', resource: 'launches', action: 'create', Page: LaunchCreate },
  { path: '/launches/:id/edit', resource: 'launches', action: 'edit', Page: LaunchEdit },
  { path: '/launches/:id', resource: 'launches', action: 'show', Page: LaunchShow },
  { path: '/reviews', resource: 'reviews', action: 'list', Page: ReviewQueue },
  { path: '/reviews/:id', resource: 'reviews', action: 'show', Page: ReviewPanel, queries: ({ id = '' }) => [reviewSummaryQuery(id), timelineQuery(id)] },
  { path: '/notifications', resource: 'notifications', action: 'list', Page: NotificationList },
];
