import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryState';
import { isApiError } from '../../api/client';
import { useCitizenContext } from '../citizens/context';
import { useKeyInfo, useRepresentation } from './api';
import { KeyInfoSections } from './KeyInfoSections';
import { RepresentationSections } from './RepresentationSections';
import './key-info.css';

/** A section the user may not read (403) says so in one line instead of failing. */
function Guarded({ query, children }: { query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }; children: () => React.ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return isApiError(query.error) && query.error.status === 403 ? (
      <p className="muted">{t('keyInfo.noAccess')}</p>
    ) : (
      <LoadError error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  return <>{children()}</>;
}

/**
 * Nøgleoplysninger: what anyone on shift needs at hand (GP and other professionals, allergies,
 * aids, the latest risk assessment, the crisis plan), then the register of legal representation
 * and consents (what may be shared, with whom).
 */
export default function KeyInfoTab() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const info = useKeyInfo(citizen.id);
  const representation = useRepresentation(citizen.id);
  return (
    <div className="key-info">
      <h2 className="h3 sr-only">{t('keyInfo.tabLabel')}</h2>
      <Guarded query={info}>{() => <KeyInfoSections citizenId={citizen.id} info={info.data!} />}</Guarded>
      <Guarded query={representation}>{() => <RepresentationSections citizen={citizen} data={representation.data!} />}</Guarded>
    </div>
  );
}
