import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../contracts/organisation.js';
import { depthOf } from './api';

interface Props {
  units: OrgUnit[];
  selectedId: string;
  onSelect: () => void;
}

/** The organisation as an indented list; each unit a link that opens it in the panel beside. */
export function OrgTree({ units, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  // Keep the chosen unit in sight inside the tree's own scroll box (not the page's).
  useEffect(() => {
    const nav = box.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!nav || !current) return;
    const navTop = nav.getBoundingClientRect().top;
    // On a page scrolled to the top the box runs below the window: only the part on screen counts.
    const shown = Math.min(nav.clientHeight, Math.max(window.innerHeight - navTop, current.offsetHeight * 3));
    const top = current.getBoundingClientRect().top - navTop + nav.scrollTop;
    if (top < nav.scrollTop || top + current.offsetHeight > nav.scrollTop + shown) nav.scrollTop = top - shown / 3;
  }, [selectedId]);
  return (
    <nav className="org-tree" aria-label={t('organisation.org.treeLabel')} ref={box}>
      <ul className="plain-list no-max-width">
        {units.map((u) => (
          <li key={u.id} style={{ paddingLeft: `${depthOf(u) * 1.6}rem` }}>
            <Link
              to={{ search: `?enhed=${u.id}` }}
              replace
              className={`org-tree-link org-tree-link--${u.kind}${u.active ? '' : ' org-tree-link--inactive'}`}
              aria-current={u.id === selectedId ? 'true' : undefined}
              onClick={onSelect}
            >
              <span className="org-tree-name">{u.name}</span>
              <span className="org-tree-kind">
                {t(`organisation.kinds.${u.kind}`)}
                {!u.active && `, ${t('common.inactive').toLowerCase()}`}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
