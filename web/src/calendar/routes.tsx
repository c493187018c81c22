import CalendarOutlined from '@ant-design/icons/CalendarOutlined';
import FlagOutlined from '@ant-design/icons/FlagOutlined';
import ScheduleOutlined from '@ant-design/icons/ScheduleOutlined';
import type { ResourceProps } from '@refinedev/core';
import type { TFunction } from 'i18next';
import { withTexts } from '../i18n';
import { lazyPage, type PageRoute } from '../layout/pages';

// Each page is its own lazy chunk.
const CampaignList = lazyPage(() => withTexts(import('../campaigns/list'), 'campaigns', 'features'));
const CampaignShow = lazyPage(() => withTexts(import('../campaigns/show'), 'campaigns', 'features', 'audit'));
const NewBrandDay = lazyPage(() => withTexts(import('../campaigns/brand-day'), 'campaigns', 'features', 'audit'));
const NewPromotion = lazyPage(() => withTexts(import('../campaigns/promotion'), 'campaigns', 'features', 'audit'));
const CalendarView = lazyPage(() => withTexts(import('./view'), 'campaigns'));
const CalendarAdmin = lazyPage(() => withTexts(import('./admin'), 'campaigns'));

/** Campaign applications (operator), the marketing calendar (everyone) and its admin (admins). */
export function calendarResources(t: TFunction): ResourceProps[] {
  return [
    { name: 'campaigns', list: '/campaigns', create: '/campaigns/new/brand-day', show: '/campaigns/:id', meta: { label: t('menu.campaigns'), icon: <FlagOutlined /> } },
    { name: 'calendar', list: '/calendar', meta: { label: t('menu.calendar'), icon: <CalendarOutlined /> } },
    { name: 'calendarAdmin', list: '/calendar/admin', meta: { label: t('menu.calendarAdmin'), icon: <ScheduleOutlined /> } },
  ];
}

export const calendarPages: PageRoute[] = [
  { path: '/campaigns', resource: 'campaigns', action: 'list', Page: CampaignList },
  { path: '/campaigns/new/brand-day', resource: 'campaigns', action: 'create', Page: NewBrandDay },
  { path: '/campaigns/new/promotion', resource: 'campaigns', action: 'create', Page: NewPromotion },
  { path: '/campaigns/:id', resource: 'campaigns', action: 'show', Page: CampaignShow },
  { path: '/calendar', resource: 'calendar', action: 'list', Page: CalendarView },
  { path: '/calendar/admin', resource: 'calendarAdmin', action: 'list', Page: CalendarAdmin },
];
