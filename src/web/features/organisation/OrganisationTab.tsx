import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryState';
import { useOrgUnits } from './api';
import { OrgTree } from './OrgTree';
import { OrgUnitPanel } from './OrgUnitPanel';

/** Organisation: the tree on one side, the chosen unit with its forms on the other. */
export default function OrganisationTab() {
  const { t } = useTranslation();
  const tree = useOrgUnits();
  const [params, setParams] = useSearchParams();
  const [chosenByUser, setChosenByUser] = useState(false);
  if (tree.isPending) return <Loading />;
  if (tree.isError) return <LoadError error={tree.error} onRetry={() => void tree.refetch()} />;
  const units = tree.data;
  if (units.length === 0) return <p className="empty-state">{t('organisation.org.empty')}</p>;
  const selected = units.find((u) => u.id === params.get('enhed')) ?? units[0];
  const select = (id: string) => {
    setChosenByUser(true);
    setParams({ enhed: id }, { replace: true });
  };
  return (
    <div className="org-layout">
      <OrgTree units={units} selectedId={selected.id} onSelect={() => setChosenByUser(true)} />
      <OrgUnitPanel key={selected.id} unit={selected} units={units} focusOnOpen={chosenByUser} onSelect={select} />
    </div>
  );
}
