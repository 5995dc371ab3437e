import { lazy, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Navigation } from '../contracts/auth';
import { isApiError } from './api/client';
import { AppLayout, type MenuEntry } from './components/layout/AppLayout';
import { PublicLayout } from './components/layout/PublicLayout';
import { RequireAuth } from './features/auth/RequireAuth';
import { SessionProvider } from './features/auth/session';

/** A page whose code loads on first visit, in its own chunk. */
function page(load: () => Promise<{ default: ComponentType }>): ReactNode {
  const Page = lazy(load);
  return <Page />;
}

/** One entry of the routes table. */
export interface PageRoute {
  /** Path below the signed-in frame ('borgere/:citizenId'); omit with `index` for the parent's own path. */
  path?: string;
  index?: true;
  element: ReactNode;
  children?: PageRoute[];
  /** Shown in the main menu when the session's `user.navigation[show]` is true. */
  menu?: { labelKey: string; show: keyof Navigation | 'always' };
}

/**
 * The signed-in pages. To add a page: add one entry here, e.g.
 * `{ path: 'opfolgninger', element: page(() => import('./features/plans/DueListPage')), menu: { labelKey: 'common.nav.dueList', show: 'dueList' } }`
 * (the module's default export is the page; put its texts in its folder's i18n/da.json and en.json).
 */
export const pageRoutes: PageRoute[] = [
  { index: true, element: page(() => import('./features/citizens/MyCitizensPage')), menu: { labelKey: 'common.nav.myCitizens', show: 'myCitizens' } },
  { path: 'vagtoverlevering', element: page(() => import('./features/journal/HandoverPage')), menu: { labelKey: 'common.nav.handover', show: 'dueList' } },
  { path: 'borgere/ny', element: page(() => import('./features/citizens/NewCitizenPage')) },
  {
    path: 'borgere/:citizenId',
    element: page(() => import('./features/citizens/CitizenPage')),
    children: [
      { index: true, element: page(() => import('./features/citizens/OverviewTab')) },
      { path: 'plan', element: page(() => import('./features/plans/PlanTab')) },
      { path: 'plan/nyt-mal', element: page(() => import('./features/plans/NewGoalPage')) },
      { path: 'mal/:goalId', element: page(() => import('./features/plans/GoalPage')) },
      { path: 'journal', element: page(() => import('./features/journal/JournalTab')) },
      { path: 'adgangslog', element: page(() => import('./features/access-log/AccessLogTab')) },
    ],
  },
  { path: 'adgangskode', element: page(() => import('./features/auth/PasswordPage')) },
  { path: 'opfolgninger', element: page(() => import('./features/plans/DueListPage')), menu: { labelKey: 'common.nav.dueList', show: 'dueList' } },
  { path: 'tilbud', element: page(() => import('./features/occupancy/FacilitiesPage')), menu: { labelKey: 'common.nav.facilities', show: 'facilities' } },
  { path: 'tilbud/:facilityId', element: page(() => import('./features/occupancy/FacilityPage')) },
  { path: 'admin', element: page(() => import('./features/organisation/AdminPage')), menu: { labelKey: 'common.nav.administration', show: 'administration' }, children: [{ index: true, element: page(() => import('./features/organisation/OrganisationTab')) }, { path: 'brugere', element: page(() => import('./features/users/UsersTab')) }] },
  { path: '*', element: page(() => import('./components/NotFoundPage')) },
];

function toRouteObject({ path, index, element, children }: PageRoute): RouteObject {
  if (index) return { index: true, element };
  return { path, element, children: children?.map(toRouteObject) };
}

const menu: MenuEntry[] = pageRoutes.flatMap((r) =>
  r.menu ? [{ to: r.index ? '/' : `/${r.path}`, labelKey: r.menu.labelKey, show: r.menu.show }] : [],
);

const router = createBrowserRouter([
  { element: <PublicLayout />, children: [{ path: 'login', element: page(() => import('./features/auth/LoginPage')) }] },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout menu={menu} />
      </RequireAuth>
    ),
    children: pageRoutes.map(toRouteObject),
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
