import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../contracts/users.js';
import { LoadError, Loading } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { SuccessMessage } from '../../components/SuccessMessage';
import { useMe } from '../auth/session';
import { useOrgUnits } from '../organisation/api';
import { invalidateUsers, updateUser, useUsers } from './api';
import { useActiveSwitch } from '../../components/forms/useActiveSwitch';
import { PasswordModal } from './PasswordModal';
import { UserFormModal } from './UserFormModal';
import { UsersTable, type UserAction } from './UsersTable';
import './users.css';

type Dialog = { action: 'create' } | { action: Exclude<UserAction, 'deactivate' | 'reactivate'>; userId: string } | null;
type StatusFilter = 'all' | 'active' | 'inactive';

/** Matches name, username, role or unit, ignoring case. */
const matches = (u: User, q: string) =>
  !q || [u.displayName, u.username, ...u.roles.map((r) => r.orgUnitName)].some((s) => s.toLowerCase().includes(q));

/** Brugere: everyone the admin keeps; create, edit roles, reset a password, deactivate. */
export default function UsersTab() {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const users = useUsers();
  const tree = useOrgUnits();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const activeSwitch = useActiveSwitch({
    records: users.data ?? [],
    update: (user: User, active: boolean) => updateUser(user, { active }),
    refresh: (saved) => invalidateUsers(qc, saved),
    onSaved: (u) => setSaved(u.active ? t('users.reactivated', { name: u.displayName }) : t('users.deactivated', { name: u.displayName })),
    confirmTexts: (user) => ({ title: t('users.deactivateTitle', { name: user.displayName }), text: t('users.deactivateText'), confirmLabel: t('common.deactivate') }),
  });
  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (users.data ?? []).filter((u) => matches(u, needle) && (status === 'all' || u.active === (status === 'active')));
  }, [users.data, q, status]);

  const unitsById = useMemo(() => new Map((tree.data ?? []).map((u) => [u.id, u])), [tree.data]);
  const target = dialog && dialog.action !== 'create' ? users.data?.find((u) => u.id === dialog.userId) : undefined;
  const onAction = (user: User, action: UserAction) => {
    if (action === 'deactivate' || action === 'reactivate') return activeSwitch.toggle(user, action === 'deactivate');
    activeSwitch.reset();
    setDialog({ action, userId: user.id });
  };

  return (
    <>
      <div className="users-toolbar">
        <div className="form-group users-search">
          <label className="form-label" htmlFor="user-search">
            {t('users.search')}
          </label>
          <input id="user-search" type="search" className="form-input" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
        </div>
        <SelectField
          id="user-status"
          label={t('users.statusFilter')}
          value={status}
          onChange={(v) => setStatus(v as StatusFilter)}
          options={[
            { value: 'all', label: t('users.statusAll') },
            { value: 'active', label: t('users.statusActive') },
            { value: 'inactive', label: t('users.statusInactive') },
          ]}
        />
        <button type="button" className="button button-primary users-create" onClick={() => setDialog({ action: 'create' })} disabled={!tree.data}>
          {t('users.create')}
        </button>
      </div>
      {saved && <SuccessMessage text={saved} onDone={() => setSaved(null)} />}
      {dialog === null && activeSwitch.refusal}
      {users.isPending && <Loading />}
      {users.isError && <LoadError error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && (
        <>
          <p className="users-count" role="status">
            {t('users.count', { count: rows.length })}
          </p>
          {rows.length === 0 ? (
            <p className="empty-state">{users.data.length === 0 ? t('users.empty') : t('users.noMatches')}</p>
          ) : (
            <UsersTable users={rows} meId={me.id} unitsById={unitsById} onAction={onAction} />
          )}
        </>
      )}

      {tree.data && (dialog?.action === 'create' || (dialog?.action === 'edit' && target)) && (
        <UserFormModal
          user={dialog.action === 'edit' ? target : undefined}
          units={tree.data}
          onClose={() => setDialog(null)}
          onSaved={(u) => {
            setDialog(null);
            setSaved(dialog.action === 'create' ? t('users.created', { name: u.displayName, username: u.username }) : t('users.saved', { name: u.displayName }));
          }}
        />
      )}
      {dialog?.action === 'password' && target && (
        <PasswordModal
          user={target}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            setSaved(t('users.passwordSaved', { name: target.displayName }));
          }}
        />
      )}
      {activeSwitch.confirm}
    </>
  );
}
