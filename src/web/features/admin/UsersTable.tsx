import { useTranslation } from 'react-i18next';
import type { OrgUnit, User } from '../../api/leader-types';
import { Tag } from '../../components/Badges';
import { orgUnitLabel } from './labels';
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
      caption={t('admin.users.caption')}
      className="users-table"
      columns={[
        {
          header: t('admin.users.user'),
          rowHeader: true,
          cell: (u) => (
            <>
              {u.displayName}
              {u.id === meId && <span className="muted"> {t('admin.users.you')}</span>}
              <span className="users-username">{u.username}</span>
            </>
          ),
        },
        {
          header: t('admin.users.roles'),
          cell: (u) => (
            <ul className="plain-list no-max-width users-roles">
              {u.roles.map((r) => (
                <li key={`${r.role}:${r.orgUnitId}`}>
                  {t(`admin.roles.${r.role}`)}{' '}
                  <span className="muted">– {unitsById.has(r.orgUnitId) ? orgUnitLabel(unitsById.get(r.orgUnitId)!, unitsById) : r.orgUnitName}</span>
                </li>
              ))}
            </ul>
          ),
        },
        { header: t('admin.users.status'), cell: (u) => (u.active ? t('admin.users.active') : <Tag variant="muted">{t('leader.inactive')}</Tag>) },
        { header: t('admin.actions'), cellClassName: 'row-actions', cell: (u) => <UserActions user={u} self={u.id === meId} onAction={onAction} /> },
      ]}
    />
  );
}

/** Edit, reset password and (de)activate, for the users the admin may manage; never oneself's password or status. */
function UserActions({ user: u, self, onAction }: { user: User; self: boolean; onAction: Props['onAction'] }) {
  const { t } = useTranslation();
  if (!u.abilities.update) return <span className="muted">{t('admin.users.readOnly')}</span>;
  return (
    <>
      <RowAction label={t('admin.edit')} target={u.displayName} onClick={() => onAction(u, 'edit')} />
      {!self && <RowAction label={t('admin.users.resetPassword')} target={u.displayName} onClick={() => onAction(u, 'password')} />}
      {!self && <RowAction label={u.active ? t('admin.deactivate') : t('admin.reactivate')} target={u.displayName} onClick={() => onAction(u, u.active ? 'deactivate' : 'reactivate')} />}
    </>
  );
}
