import { useTranslation } from 'react-i18next';
import type { Relative } from '../../api/types';

/** Relatives and network, with whether the citizen consents to sharing information with them. */
export function RelativesList({ relatives }: { relatives: Relative[] }) {
  const { t } = useTranslation();
  if (!relatives.length) return <p className="muted">{t('citizen.noRelatives')}</p>;
  return (
    <ul className="relatives nobullet-list plain-list no-max-width">
      {relatives.map((r) => (
        <li key={r.id}>
          <strong>{r.name}</strong> ({r.relation})
          {r.phone && (
            <>
              {' · '}
              <a href={`tel:${r.phone.replace(/\s/g, '')}`}>{r.phone}</a>
            </>
          )}
          <br />
          <span className={r.consentToShare ? 'consent consent--yes' : 'consent consent--no'}>
            {r.consentToShare ? t('citizen.consentYes') : t('citizen.consentNo')}
          </span>
          {r.note && <p className="relative-note">{r.note}</p>}
        </li>
      ))}
    </ul>
  );
}
