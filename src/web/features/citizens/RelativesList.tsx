import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Relative } from '../../../contracts/citizens';
import { SuccessMessage } from '../../components/SuccessMessage';
import { ConfirmModal } from '../../components/forms/ConfirmModal';
import { RelativeFormModal } from './RelativeFormModal';
import { removeRelative, useRefreshCitizen } from './write-api';
import { RowAction } from '../../components/RowAction';

interface Props {
  relatives: Relative[];
  /** Set when the user may add, edit and remove relatives (ability manageRelatives). */
  citizenId?: string;
  canManage?: boolean;
}

/** Relatives and network, with whether the citizen consents to sharing information with them. */
export function RelativesList({ relatives, citizenId = '', canManage = false }: Props) {
  const { t } = useTranslation();
  const refresh = useRefreshCitizen();
  const [editing, setEditing] = useState<Relative | 'new' | null>(null);
  const [removing, setRemoving] = useState<Relative | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (r: Relative) => removeRelative(citizenId, r.id),
    onSuccess: (_, r) => {
      refresh(citizenId);
      setRemoving(null);
      setDone(t('citizens.relatives.removed', { name: r.name }));
    },
  });
  return (
    <>
      {done && <SuccessMessage text={done} onDone={() => setDone(null)} />}
      {!relatives.length ? (
        <p className="muted">{t('citizens.citizen.noRelatives')}</p>
      ) : (
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
                {r.consentToShare ? t('citizens.citizen.consentYes') : t('citizens.citizen.consentNo')}
              </span>
              {r.note && <p className="relative-note">{r.note}</p>}
              {canManage && (
                <div className="button-group-inline row-actions">
                  <RowAction look="button" label={t('citizens.relatives.edit')} target={r.name} onClick={() => setEditing(r)} />
                  <RowAction
                    look="button"
                    label={t('common.remove')}
                    target={r.name}
                    onClick={() => {
                      remove.reset();
                      setRemoving(r);
                    }}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <button type="button" className="button button-secondary" onClick={() => setEditing('new')}>
          {t('citizens.relatives.add')}
        </button>
      )}
      {editing && (
        <RelativeFormModal
          citizenId={citizenId}
          relative={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setDone(t(editing === 'new' ? 'citizens.relatives.added' : 'citizens.relatives.saved', { name }));
            setEditing(null);
          }}
        />
      )}
      {removing && (
        <ConfirmModal
          title={t('citizens.relatives.removeTitle', { name: removing.name })}
          text={t('citizens.relatives.removeText', { name: removing.name })}
          confirmLabel={t('citizens.relatives.removeConfirm')}
          action={remove}
          onConfirm={() => remove.mutate(removing)}
          onClose={() => setRemoving(null)}
        />
      )}
    </>
  );
}
