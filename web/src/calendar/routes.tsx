import CalendarOutlined from '@ant-design/icons/CalendarOutlined';
import FlagOutlined from '@ant-design/icons/FlagOutlined';
import ScheduleOutlined from '@ant-design/icons/ScheduleOutlined';
import type { ResourceProps } from '@refinedev/core';
import type { TFunction } from 'i18next';
import { lazy } from 'react';
import { Route } from 'react-router';
import { withTexts } from '../i18n';
import { Guard } from '../layout/Guard';

// Each page is its own lazy chunk.
const CampaignList = lazy(() => withTexts(import('../campaigns/list'), 'campaigns', 'features'));
const CampaignShow = lazy(() => withTexts(import('../campaigns/show'), 'campaigns', 'features', 'audit'));
const NewBrandDay = lazy(() => withTexts(import('../campaigns/brand-day'), 'campaigns', 'features', 'audit'));
const NewPromotion = lazy(() => withTexts(import('../campaigns/promotion'), 'campaigns', 'features', 'audit'));
const CalendarView = lazy(() => withTexts(import('./view'), 'campaigns'));
const CalendarAdmin = lazy(() => withTexts(import('./admin'), 'campaigns'));

/** Campaign applications (operator), the marketing calendar (everyone) and its admin (admins). */
export function calendarResources(t: TFunction): ResourceProps[] {
  return [
    { name: 'campaigns', list: '/campaigns', create: '/campaigns/new/brand-day', show: '/campaigns/:id', meta: { label: t('menu.campaigns'), icon: <FlagOutlined /> } },
    { name: 'calendar', list: '/calendar', meta: { label: t('menu.calendar'), icon: <CalendarOutlined /> } },
    { name: 'calendarAdmin', list: '/calendar/admin', meta: { label: t('menu.calendarAdmin'), icon: <ScheduleOutlined /> } },
  ];
}

export function calendarRoutes() {
  return [
    <Route key="campaigns" path="/campaigns">
      <Route index element={<Guard resource="campaigns" action="list"><CampaignList /></Guard>} />
      <Route path="new/brand-day" element={<Guard resource="campaigns" action="create"><NewBrandDay /></Guard>} />
      <Route path="new/promotion" element={<Guard resource="campaigns" action="create"><NewPromotion /></Guard>} />
      <Route path=":id" element={<Guard resource="campaigns" action="show"><CampaignShow /></Guard>} />
    </Route>,
    <Route key="calendar" path="/calendar">
      <Route index element={<Guard resource="calendar" action="list"><CalendarView /></Guard>} />
      <Route path="admin" element={<Guard resource="calendarAdmin" action="list"><CalendarAdmin /></Guard>} />
    </Route>,
  ];
}
