import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { useRoleGrants } from './api';
import { DataTable } from '../../components/DataTable';
import './users.css';

/**
 * Tildelte roller on a facility page, for its leaders: who was given a role that reads citizens'
 * records here (on the facility, one of the units they lead, or above), by whom and when. An
 * unexpected grant is how a leader notices access given behind their back.
 */
export function RoleGrants({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const grants = useRoleGrants(facilityId);
  return (
    <section aria-labelledby="facility-role-grants" className="facility-role-grants">
      <h2 id="facility-role-grants">{t('users.roleGrants.heading')}</h2>
      <p className="muted">{t('users.roleGrants.intro')}</p>
      {grants.isPending && <Loading />}
      {grants.isError && <LoadError error={grants.error} onRetry={() => void grants.refetch()} />}
      {grants.data &&
        (grants.data.length === 0 ? (
          <p className="empty-state">{t('users.roleGrants.empty')}</p>
        ) : (
          <DataTable
            rows={grants.data}
            caption={t('users.roleGrants.heading')}
            columns={[
              { header: t('users.roleGrants.at'), cellClassName: 'nowrap', cell: (g) => formatDateTime(g.at) },
              { header: t('users.roleGrants.user'), rowHeader: true, cell: (g) => g.userName },
              { header: t('users.roleGrants.role'), cell: (g) => t(`users.roleNames.${g.role}`, { defaultValue: g.role }) },
              { header: t('users.roleGrants.unit'), cell: (g) => g.orgUnitName },
              { header: t('users.roleGrants.grantedBy'), cell: (g) => g.grantedByName },
            ]}
          />
        ))}
    </section>
  );
}
