import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { useRoleGrants } from './api';
import { DataTable } from '../../components/DataTable';

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
      <h2 id="facility-role-grants">{t('leader.roleGrants.heading')}</h2>
      <p className="muted">{t('leader.roleGrants.intro')}</p>
      {grants.isPending && <Loading />}
      {grants.isError && <LoadError error={grants.error} onRetry={() => void grants.refetch()} />}
      {grants.data &&
        (grants.data.length === 0 ? (
          <p className="empty-state">{t('leader.roleGrants.empty')}</p>
        ) : (
          <DataTable
            rows={grants.data}
            caption={t('leader.roleGrants.heading')}
            columns={[
              { header: t('leader.roleGrants.at'), cellClassName: 'nowrap', cell: (g) => formatDateTime(g.at) },
              { header: t('leader.roleGrants.user'), rowHeader: true, cell: (g) => g.userName },
              { header: t('leader.roleGrants.role'), cell: (g) => t(`admin.roles.${g.role}`, { defaultValue: g.role }) },
              { header: t('leader.roleGrants.unit'), cell: (g) => g.orgUnitName },
              { header: t('leader.roleGrants.grantedBy'), cell: (g) => g.grantedByName },
            ]}
          />
        ))}
    </section>
  );
}
