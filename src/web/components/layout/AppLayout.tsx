import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Navigation } from '../../api/types';
import { IdleWarning } from '../../features/auth/IdleWarning';
import { CoverBanner } from '../../features/covers/CoverBanner';
import { useSession } from '../../features/auth/session';
import { Loading } from '../QueryState';
import { RouteErrorBoundary } from '../RouteErrorBoundary';
import { AppHeader } from './AppHeader';

/** A menu entry from a feature's page: shown when the session's navigation flag (the policy's answer) allows it. */
export interface MenuEntry {
  to: string;
  labelKey: string;
  show: keyof Navigation;
}

/** The signed-in frame: skip link, header with menu, the running cover if any, main landmark with the page, idle warning. */
export function AppLayout({ menu }: { menu: MenuEntry[] }) {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const { pathname } = useLocation();
  if (!session) return null;
  const nav = session.user.navigation;
  // Until a one-time password is changed only the password page opens: no menu to lead elsewhere.
  const navItems = session.passwordChangeRequired ? [] : menu.filter((m) => nav[m.show]).map((m) => ({ to: m.to, label: t(m.labelKey) }));
  return (
    <>
      <a className="skipnav" href="#main">
        {t('common.layout.skipToContent')}
      </a>
      <AppHeader me={session.user} navItems={navItems} onLogout={() => void signOut('loggedOut')} />
      <CoverBanner covers={session.user.covers} />
      <main id="main" className="container app-main" tabIndex={-1}>
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <IdleWarning idleMinutes={session.idleMinutes} />
    </>
  );
}
