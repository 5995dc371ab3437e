import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryState';
import { formatDateTime } from '../../lib/dates';
import { useRoleGrants } from './api';

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
          <div className="table-scroll">
            <table className="table table--zebra">
              <caption className="sr-only">{t('leader.roleGrants.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('leader.roleGrants.at')}</th>
                  <th scope="col">{t('leader.roleGrants.user')}</th>
                  <th scope="col">{t('leader.roleGrants.role')}</th>
                  <th scope="col">{t('leader.roleGrants.unit')}</th>
                  <th scope="col">{t('leader.roleGrants.grantedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {grants.data.map((g) => (
                  <tr key={g.id}>
                    <td className="nowrap">{formatDateTime(g.at)}</td>
                    <th scope="row">{g.userName}</th>
                    <td>{t(`admin.roles.${g.role}`, { defaultValue: g.role })}</td>
                    <td>{g.orgUnitName}</td>
                    <td>{g.grantedByName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
