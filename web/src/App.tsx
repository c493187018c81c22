import { AuditOutlined, HomeOutlined, ShopOutlined, TeamOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { SessionUser } from '@console/shared';
import { Authenticated, Refine, type ResourceProps } from '@refinedev/core';
import routerProvider, { CatchAllNavigate, DocumentTitleHandler, UnsavedChangesNotifier } from '@refinedev/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { type ComponentProps, lazy, Suspense, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import { antdLocale, parseLocale, withTexts } from './i18n';
import { featurePages, featureResources } from './launches/routes';
import { perksPages, perksResources } from './perks/routes';
import { servicePages, serviceResources } from './service/routes';
import { calendarPages, calendarResources } from './calendar/routes';
import type { AppLayout as Frame } from './layout/AppLayout';
import { lazyPage, pageRoutes, type PageRoute } from './layout/pages';
import { HomeRedirect } from './layout/HomeRedirect';
import { SessionGate } from './layout/SessionGate';
import { PageLoading } from './layout/PageLoading';
import { AppTitle } from './layout/Title';
import { createAccessControlProvider } from './providers/access';
import { createAuthProvider } from './providers/auth';
import { createDataProvider } from './providers/data';
import { createQueryClient } from './providers/query-client';
import { storeQuery } from './store/api';
import { i18nProvider } from './providers/i18n';
import { FeedbackProvider } from './providers/feedback';
import { useNotificationProvider } from './providers/notification';
import { resourceRegistry } from './providers/resources';
import { appTheme } from './theme';

// Route-level code splitting: a page's code (and what only it uses) loads when the route is visited, or at boot for
// the page a visit starts on (main.tsx).
export const LoginPage = lazyPage(() => import('./auth/login'));
// The frame (menu, header, their dropdowns and tooltips) loads with the first signed-in page, not with the sign-in page.
// Its texts (the bell's, the live toasts') load with it.
export const AppLayout = lazyPage<ComponentProps<typeof Frame>>(() => withTexts(import('./layout/AppLayout'), 'notifications').then((m) => ({ default: m.AppLayout })));
const NotFound = lazy(() => import('./layout/NotFound'));

/** Every signed-in page: the console's own, then each domain's. */
export const signedInPages: readonly PageRoute[] = [
  { path: '/store/:merchantId', resource: 'store', action: 'list', Page: lazyPage(() => import('./store/show')), queries: ({ merchantId = '' }) => [storeQuery(merchantId)] },
  { path: '/merchants', resource: 'merchants', action: 'list', Page: lazyPage(() => import('./merchants/list')) },
  { path: '/merchants/:id', resource: 'merchants', action: 'show', Page: lazyPage(() => import('./merchants/show')) },
  { path: '/users', resource: 'users', action: 'list', Page: lazyPage(() => import('./users/list')) },
  { path: '/home', resource: 'home', action: 'list', Page: lazyPage(() => withTexts(import('./home'), 'home', 'audit', 'features', 'campaigns', 'perks')) },
  { path: '/audit', resource: 'audit', action: 'list', Page: lazyPage(() => withTexts(import('./audit/list'), 'audit', 'features', 'campaigns', 'perks')) },
  ...featurePages,
  ...perksPages,
  ...servicePages,
  ...calendarPages,
];

const dataProvider = createDataProvider(resourceRegistry);

/**
 * The tab's title in the chosen language: the page (a resource's label, its action for detail/edit/create), then the
 * console's name; the sign-in and unknown pages are named too (Refine's label is empty there, which gave "| 天猫…").
 */
export function documentTitle(t: TFunction, label: unknown, action: string | undefined, pathname: string | undefined) {
  const resource = typeof label === 'string' && label.trim() ? label : undefined;
  const page = resource
    ? action && action !== 'list' ? `${t(`actions.${action}`)} · ${resource}` : resource
    : pathname === '/login'
      ? t('auth.signInTitle')
      : pathname && pathname !== '/'
        ? t('notFound.title')
        : null;
  return page ? `${page}${t('documentTitle.suffix')}` : t('documentTitle.default');
}

function Page({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

/**
 * `session`: the boot's auth.me, and `client`: the query cache with the first page's data on its way, when main.tsx
 * has already asked (tests let the auth provider and the pages ask).
 */
export function App({ session, client }: { session?: Promise<SessionUser | null>; client?: QueryClient }) {
  const { t, i18n } = useTranslation();
  const locale = parseLocale(i18n.language) ?? 'zh-CN';
  const theme = useMemo(() => appTheme(locale), [locale]);
  const [queryClient] = useState(() => client ?? createQueryClient());
  // Another user must never see the last one's data or access answers: drop every cached query but Refine's
  // own auth state (which it invalidates itself) when a session starts or ends.
  const [auth] = useState(() =>
    createAuthProvider({ session, onSessionChange: () => queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' }) }),
  );
  const [accessControl] = useState(() => createAccessControlProvider(auth.currentUser));

  const resources = useMemo<ResourceProps[]>(
    () => [
      { name: 'home', list: '/home', meta: { label: t('menu.home'), icon: <HomeOutlined /> } },
      { name: 'store', list: '/store/:merchantId', meta: { label: t('menu.store'), icon: <ShopOutlined /> } },
      { name: 'merchants', list: '/merchants', show: '/merchants/:id', meta: { label: t('menu.merchants'), icon: <TeamOutlined /> } },
      { name: 'users', list: '/users', meta: { label: t('menu.users'), icon: <UserSwitchOutlined /> } },
      ...featureResources(t),
      ...perksResources(t),
      ...serviceResources(t),
      ...calendarResources(t),
      { name: 'audit', list: '/audit', meta: { label: t('menu.audit'), icon: <AuditOutlined /> } },
    ],
    [t],
  );

  return (
    <BrowserRouter>
      <ConfigProvider locale={antdLocale(locale)} theme={theme}>
        <FeedbackProvider>
          <Refine
            dataProvider={dataProvider}
            routerProvider={routerProvider}
            authProvider={auth.provider}
            accessControlProvider={accessControl}
            i18nProvider={i18nProvider}
            notificationProvider={useNotificationProvider}
            resources={resources}
            options={{
              syncWithLocation: true,
              warnWhenUnsavedChanges: true,
              disableTelemetry: true,
              reactQuery: { clientConfig: queryClient },
              title: { text: t('app.title') },
            }}
          >
            <Routes>
              <Route
                element={
                  <SessionGate fallback={<CatchAllNavigate to="/login" />} loading={<PageLoading />}>
                    <Suspense fallback={<PageLoading />}>
                      <AppLayout Title={AppTitle}>
                        <Page>
                          <Outlet />
                        </Page>
                      </AppLayout>
                    </Suspense>
                  </SessionGate>
                }
              >
                <Route index element={<HomeRedirect />} />
                {pageRoutes(signedInPages)}
                <Route path="*" element={<NotFound />} />
              </Route>
              <Route
                element={
                  <Authenticated key="sign-in" fallback={<Outlet />} loading={<PageLoading />}>
                    <HomeRedirect />
                  </Authenticated>
                }
              >
                <Route path="/login" element={<Page><LoginPage /></Page>} />
              </Route>
            </Routes>
            <UnsavedChangesNotifier />
            {/* Keyed by the language: the tab's title is set again when it changes, not only on navigation. */}
            <DocumentTitleHandler key={locale} handler={({ resource, action, pathname }) => documentTitle(t, resource?.name ? resource.meta?.label : undefined, action, pathname)} />
          </Refine>
        </FeedbackProvider>
      </ConfigProvider>
    </BrowserRouter>
  );
}
