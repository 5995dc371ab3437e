import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../QueryState';
import { LanguageToggle } from './LanguageToggle';

/** The frame around the login page: the app's name and the language choice, no menu. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <header className="app-header">
        <div className="app-header-top container">
          <span className="app-brand">
            <span className="app-name">{t('common.app.name')}</span>
            <span className="app-municipality">{t('common.app.tagline')}</span>
          </span>
          <LanguageToggle />
        </div>
      </header>
      <main id="main" className="container app-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
