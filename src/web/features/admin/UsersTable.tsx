import { useTranslation } from 'react-i18next';
import type { OrgUnit, User } from '../../api/leader-types';
import { Tag } from '../../components/Badges';
import { orgUnitLabel } from './labels';

export type UserAction = 'edit' | 'password' | 'deactivate' | 'reactivate';

interface Props {
  users: User[];
  meId: string;
  /** The tree, to name a unit with its facility ("Bostedet Lærkehøj › Afdeling Bøgen"). */
  unitsById: Map<string, OrgUnit>;
  onAction: (user: User, action: UserAction) => void;
}

/** The users with their roles and status; actions for those the admin may manage. */
export function UsersTable({ users, meId, unitsById, onAction }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table table--zebra users-table">
        <caption className="sr-only">{t('admin.users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.user')}</th>
            <th scope="col">{t('admin.users.roles')}</th>
            <th scope="col">{t('admin.users.status')}</th>
            <th scope="col">{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => {
            const self = u.id === meId;
            return (
              <tr key={u.id} className={u.active ? undefined : 'row-inactive'}>
                <th scope="row">
                  {u.displayName}
                  {self && <span className="muted"> {t('admin.users.you')}</span>}
                  <span className="users-username">{u.username}</span>
                </th>
                <td>
                  <ul className="plain-list no-max-width users-roles">
                    {u.roles.map((r) => (
                      <li key={`${r.role}:${r.orgUnitId}`}>
                        {t(`admin.roles.${r.role}`)}{' '}
                        <span className="muted">– {unitsById.has(r.orgUnitId) ? orgUnitLabel(unitsById.get(r.orgUnitId)!, unitsById) : r.orgUnitName}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{u.active ? t('admin.users.active') : <Tag variant="muted">{t('leader.inactive')}</Tag>}</td>
                <td className="row-actions">
                  {u.abilities.update ? (
                    <>
                      <ActionButton user={u} action="edit" label={t('admin.edit')} onAction={onAction} />
                      {!self && <ActionButton user={u} action="password" label={t('admin.users.resetPassword')} onAction={onAction} />}
                      {!self && (
                        <ActionButton
                          user={u}
                          action={u.active ? 'deactivate' : 'reactivate'}
                          label={u.active ? t('admin.deactivate') : t('admin.reactivate')}
                          onAction={onAction}
                        />
                      )}
                    </>
                  ) : (
                    <span className="muted">{t('admin.users.readOnly')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A row action whose accessible name says whom it is for: "Redigér Anna Hansen". */
function ActionButton({ user, action, label, onAction }: { user: User; action: UserAction; label: string; onAction: Props['onAction'] }) {
  return (
    <button type="button" className="link-button" onClick={() => onAction(user, action)}>
      {label}
      <span className="sr-only"> {user.displayName}</span>
    </button>
  );
}
