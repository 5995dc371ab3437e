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

/** The citizen's running (and coming) interventions with "Flyt ud / afslut indsats" and "Ny indsats", for their leaders. */
export function InterventionsPanel({ citizen: c }: { citizen: Citizen }) {
  const { t } = useTranslation();
  const [ending, setEnding] = useState<Intervention | null>(null);
  const [done, setDone] = useState<string | null>(null);
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

