import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../contracts/organisation.js';
import type { User } from '../../../contracts/users.js';
import { Tag } from '../../components/Badges';
import { orgUnitLabel } from '../organisation/labels';
import { DataTable } from '../../components/DataTable';
import { RowAction } from '../../components/RowAction';

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
    <DataTable
      rows={users}
      rowClassName={(u) => (u.active ? undefined : 'row-inactive')}
      caption={t('users.caption')}
      className="users-table"
      columns={[
        {
          header: t('users.user'),
          rowHeader: true,
          cell: (u) => (
            <>
              {u.displayName}
              {u.id === meId && <span className="muted"> {t('users.you')}</span>}
              <span className="users-username">{u.username}</span>
            </>
          ),
        },
        {
          header: t('users.roles'),
          cell: (u) => (
            <ul className="plain-list no-max-width users-roles">
              {u.roles.map((r) => (
                <li key={`${r.role}:${r.orgUnitId}`}>
                  {t(`users.roleNames.${r.role}`)}{' '}
                  <span className="muted">– {unitsById.has(r.orgUnitId) ? orgUnitLabel(unitsById.get(r.orgUnitId)!, unitsById) : r.orgUnitName}</span>
                </li>
              ))}
            </ul>
          ),
        },
        { header: t('users.status'), cell: (u) => (u.active ? t('users.active') : <Tag variant="muted">{t('common.inactive')}</Tag>) },
        { header: t('common.actions'), cellClassName: 'row-actions', cell: (u) => <UserActions user={u} self={u.id === meId} onAction={onAction} /> },
      ]}
    />
  );
}

/** Edit, reset password and (de)activate, for the users the admin may manage; never oneself's password or status. */
function UserActions({ user: u, self, onAction }: { user: User; self: boolean; onAction: Props['onAction'] }) {
  const { t } = useTranslation();
  if (!u.abilities.update) return <span className="muted">{t('users.readOnly')}</span>;
  return (
    <>
      <RowAction label={t('common.edit')} target={u.displayName} onClick={() => onAction(u, 'edit')} />
      {!self && <RowAction label={t('users.resetPassword')} target={u.displayName} onClick={() => onAction(u, 'password')} />}
      {!self && <RowAction label={u.active ? t('common.deactivate') : t('common.reactivate')} target={u.displayName} onClick={() => onAction(u, u.active ? 'deactivate' : 'reactivate')} />}
    </>
  );
}
