import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../contracts/organisation.js';
import { DateInput } from '../../components/DateInput';
import { SelectField } from '../../components/SelectField';
import { SuccessMessage } from '../../components/SuccessMessage';
import { DataTable } from '../../components/DataTable';
import { LoadError } from '../../components/QueryState';
import { FormError, isConflict } from '../../components/forms/FormError';
import { mutationForm } from '../../components/forms/formFields';
import { formatDate, todayIso } from '../../lib/dates';
import { useCatalogue } from '../plans/api';
import { depthOf, invalidateOrganisation, moveOrgUnit, useOrgUnitMoves } from './api';

const FIELD_IDS = { parentId: 'org-move-parent', effectiveDate: 'org-move-date' };

/**
 * Move the unit, with everything under it, to another parent: only parents its kind fits under,
 * never itself or one of its own. Its earlier moves are listed below.
 */
export function MoveUnit({ unit, units }: { unit: OrgUnit; units: OrgUnit[] }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const childKinds = useCatalogue().data?.childKinds;
  const candidates = units.filter(
    (p) =>
      p.id !== unit.parentId &&
      !p.path.startsWith(unit.path) &&
      (p.active || !unit.active) &&
      p.abilities.manage &&
      (childKinds?.[p.kind] ?? []).includes(unit.kind),
  );
  const [parentId, setParentId] = useState('');
  const [effectiveDate, setEffectiveDate] = useState(todayIso());
  const [moved, setMoved] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: () => moveOrgUnit(unit, parentId, effectiveDate),
    onSuccess: () => {
      setMoved(units.find((u) => u.id === parentId)?.name ?? '');
      setParentId('');
      invalidateOrganisation(qc);
    },
    onError: (e) => {
      if (isConflict(e)) invalidateOrganisation(qc);
    },
  });
  const { submit, bind, fieldIds } = mutationForm(move, FIELD_IDS);
  const indent = (u: OrgUnit) => '\u00a0\u00a0'.repeat(Math.max(0, depthOf(u) - 1));
  return (
    <>
      <form onSubmit={submit} noValidate className="admin-form">
        <FormError error={move.error} fieldIds={fieldIds} />
        <p className="muted">{t('organisation.move.intro')}</p>
        {!childKinds ? null : candidates.length === 0 ? (
          <p className="empty-state">{t('organisation.move.nowhere')}</p>
        ) : (
          <div className="inline-form">
            <SelectField
              {...bind('parentId', parentId, setParentId)}
              label={t('organisation.move.to')}
              placeholder={t('organisation.move.choose')}
              options={candidates.map((p) => ({ value: p.id, label: `${indent(p)}${p.name} (${t(`organisation.kinds.${p.kind}`).toLowerCase()})` }))}
            />
            <DateInput {...bind('effectiveDate', effectiveDate, setEffectiveDate)} label={t('organisation.move.effectiveDate')} hint={t('organisation.move.effectiveDateHint')} />
            <button type="submit" className="button button-secondary" disabled={move.isPending || parentId === ''}>
              {t('organisation.move.submit')}
            </button>
          </div>
        )}
        {moved !== null && <SuccessMessage text={t('organisation.move.done', { name: unit.name, parent: moved })} onDone={() => setMoved(null)} />}
      </form>
      <MoveHistory unitId={unit.id} />
    </>
  );
}

/** Where the unit hung before: its moves, newest first. */
function MoveHistory({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const moves = useOrgUnitMoves(unitId);
  if (moves.isError) return <LoadError error={moves.error} onRetry={() => void moves.refetch()} />;
  if (!moves.data) return null;
  if (moves.data.length === 0) return <p className="muted">{t('organisation.move.noHistory')}</p>;
  return (
    <DataTable
      rows={moves.data}
      caption={t('organisation.move.history')}
      showCaption
      variant="compact"
      className="org-moves-table"
      columns={[
        { header: t('organisation.move.effective'), cell: (m) => formatDate(m.effectiveDate) },
        { header: t('organisation.move.from'), cell: (m) => m.fromParent.name },
        { header: t('organisation.move.toColumn'), cell: (m) => m.toParent.name },
        { header: t('organisation.move.by'), cell: (m) => m.movedBy },
      ]}
    />
  );
}
