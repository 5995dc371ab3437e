import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citizen } from '../../../contracts/citizens';
import type { Intervention } from '../../../contracts/placements';
import { SuccessMessage } from '../../components/SuccessMessage';
import { DialogButton } from '../../components/forms/DialogButton';
import { formatDate, todayIso } from '../../lib/dates';
import { EndInterventionModal, NewInterventionModal } from './InterventionModals';
import { RowAction } from '../../components/RowAction';
import { Panel } from '../../components/Panel';
import { useCatalogue } from '../plans/api';

/** What the grant says, where it says something: extent, re-assessment, support need, another acting or paying municipality, rate. */
function GrantFacts({ intervention: i, own }: { intervention: Intervention; own: string | null }) {
  const { t } = useTranslation();
  const facts = [
    i.hoursPerWeek !== null && t('citizens.interventions.hoursFact', { hours: i.hoursPerWeek.toLocaleString('da-DK') }),
    i.reassessmentDate && t('citizens.interventions.reassessFact', { date: formatDate(i.reassessmentDate) }),
    i.supportNeed?.name,
    i.actingMunicipality && i.actingMunicipality.code !== own && t('citizens.interventions.actingFact', { name: i.actingMunicipality.name }),
    i.payingMunicipality && i.payingMunicipality.code !== own && t('citizens.interventions.payingFact', { name: i.payingMunicipality.name }),
    i.rate && t(i.rate.unit === 'day' ? 'citizens.interventions.rateDay' : 'citizens.interventions.rateMonth', { amount: i.rate.amountDkk.toLocaleString('da-DK') }),
  ].filter(Boolean);
  return facts.length ? <><br />{facts.join(' · ')}</> : null;
}

/** The citizen's running (and coming) interventions with "Flyt ud / afslut indsats" and "Ny indsats", for their leaders. */
export function InterventionsPanel({ citizen: c }: { citizen: Citizen }) {
  const { t } = useTranslation();
  const [ending, setEnding] = useState<Intervention | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const own = useCatalogue().data?.ownMunicipalityCode ?? null;
  const active = (c.interventions ?? []).filter((i) => i.active || (i.endDate === null && i.startDate > todayIso()));
  return (
    <Panel id="ov-interventions" heading={t('citizens.interventions.title')}>
      {done && <SuccessMessage text={done} onDone={() => setDone(null)} />}
      {active.length === 0 ? (
        <p className="muted">{t('citizens.interventions.none')}</p>
      ) : (
        <ul className="relatives nobullet-list plain-list no-max-width">
          {active.map((i) => (
            <li key={i.id}>
              <strong>{i.kindName}</strong> ({t('citizens.interventions.step', { step: i.step, name: i.stepName })}) · {i.legalBasis}
              <br />
              {[i.placeName, i.unitName, i.facilityName].filter(Boolean).join(', ')}
              {(i.placeName || i.unitName) && ' · '}
              {t('citizens.interventions.period', { from: formatDate(i.startDate), to: i.endDate ? formatDate(i.endDate) : t('citizens.ladder.now') })}
              <GrantFacts intervention={i} own={own} />
              <div className="button-group-inline row-actions">
                <RowAction look="button" label={i.placeId ? t('citizens.interventions.moveOut') : t('citizens.interventions.end')} target={i.kindName} onClick={() => setEnding(i)} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <DialogButton
        label={t('citizens.interventions.new')}
        dialog={(close) => (
          <NewInterventionModal
            citizenId={c.id}
            facilityId={c.placement?.facilityId ?? null}
            onClose={close}
            onSaved={() => {
              setDone(t('citizens.interventions.created'));
              close();
            }}
          />
        )}
      />
      {ending && (
        <EndInterventionModal
          citizenId={c.id}
          intervention={ending}
          onClose={() => setEnding(null)}
          onSaved={() => {
            setDone(t('citizens.interventions.ended', { name: ending.kindName }));
            setEnding(null);
          }}
        />
      )}
    </Panel>
  );
}

