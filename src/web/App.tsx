import { lazy, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { isApiError } from './api/client';
import { AppLayout, type MenuEntry } from './components/layout/AppLayout';
import { PublicLayout } from './components/layout/PublicLayout';
import { RequireAuth } from './features/auth/RequireAuth';
import { SessionProvider } from './features/auth/session';
import { tabsOf, webFeatures } from './features';
import type { PageModule, TabHost } from './features/registry';

/** A page whose code loads on first visit, in its own chunk. */
function page(load: PageModule): ReactNode {
  const Page = lazy(load);
  return <Page />;
}

/** A host page's child routes: each tab (the first at the host's own address) and the pages under it. */
const tabRoutes = (host: TabHost): RouteObject[] =>
  tabsOf(host).flatMap((tab) => [
    tab.path ? { path: tab.path, element: page(tab.load) } : { index: true, element: page(tab.load) },
    ...(tab.subpages ?? []).map((s) => ({ path: s.path, element: page(s.load) })),
  ]);

const pages = webFeatures.flatMap((f) => f.pages ?? []);

/**
 * The signed-in pages: every feature's pages (features/index.ts), the citizen record and
 * Administration with their features' tabs, and "not found" for the rest.
 */
const signedInRoutes: RouteObject[] = [
  ...pages.map(({ path, index, load, hosts }): RouteObject =>
    index ? { index: true, element: page(load) } : { path, element: page(load), children: hosts && tabRoutes(hosts) },
  ),
  { path: '*', element: page(() => import('./components/NotFoundPage')) },
];

const menu: MenuEntry[] = pages
  .flatMap((p) => (p.menu ? [{ to: p.index ? '/' : `/${p.path}`, ...p.menu }] : []))
  .sort((a, b) => a.order - b.order);

const router = createBrowserRouter([
  { element: <PublicLayout />, children: [{ path: 'login', element: page(() => import('./features/auth/LoginPage')) }] },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout menu={menu} />
      </RequireAuth>
    ),
    children: signedInRoutes,
  },
]);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // 4xx answers (not found, no access, signed out) do not get better by asking again.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  );
}
