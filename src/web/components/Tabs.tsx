import { Link, useLocation } from 'react-router';

export interface TabItem {
  to: string;
  label: string;
  /** Other path prefixes under which this tab is the current one (e.g. a goal under Plan). */
  alsoFor?: string[];
}

/** The tab is current on its own path, or under one of its prefixes; the first tab only on its own. */
function isCurrent(pathname: string, item: TabItem, first: boolean): boolean {
  const path = pathname.replace(/\/$/, '');
  if (path === item.to) return true;
  if (!first && path.startsWith(item.to + '/')) return true;
  return (item.alsoFor ?? []).some((p) => path.startsWith(p));
}

/**
 * The design system's tabs as navigation between sub-pages: each tab is a link, so a tab has
 * its own address and works with back/forward; the current one carries aria-current="page".
 */
export function Tabs({ label, items }: { label: string; items: TabItem[] }) {
  const { pathname } = useLocation();
  return (
    <nav className="tab-container" aria-label={label}>
      <ul className="tab-list">
        {items.map((item, i) => (
          <li key={item.to}>
            <Link to={item.to} className="tab-button" replace aria-current={isCurrent(pathname, item, i === 0) ? 'page' : undefined}>
              <span>{item.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
