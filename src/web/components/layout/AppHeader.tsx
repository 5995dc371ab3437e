import { Link, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../contracts/auth';
import { Icon } from '../Icon';
import { LanguageToggle } from './LanguageToggle';

export interface NavItem {
  to: string;
  label: string;
}

interface Props {
  me: Me;
  navItems: NavItem[];
  onLogout: () => void;
}

/** Header: the app and municipality, who is signed in, language, password and logout, then the main menu. */
export function AppHeader({ me, navItems, onLogout }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header-top container">
        <Link to="/" className="app-brand">
          <span className="app-name">{t('common.app.name')}</span>
          <span className="app-municipality">{me.municipality.name}</span>
        </Link>
        <div className="app-user">
          <span className="app-user-name">
            <Icon name="person" />
            {me.displayName}
          </span>
          <LanguageToggle />
          <Link to="/adgangskode" className="app-user-link">
            {t('common.layout.changePassword')}
          </Link>
          <button type="button" className="button button-secondary app-logout" onClick={onLogout}>
            {t('common.layout.logout')}
          </button>
        </div>
      </div>
      {navItems.length > 0 && (
        <nav className="app-nav" aria-label={t('common.layout.mainMenu')}>
          <ul className="app-nav-list container plain-list no-max-width">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className="app-nav-link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
