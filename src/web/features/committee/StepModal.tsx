import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { DateInput } from '../../components/DateInput';
import { todayIso } from '../../lib/dates';
import { takeStep, type CommitteeReferral } from './api';

type Action = CommitteeReferral['steps'][number]['action'];

/** One committee step in a modal: the fields the step needs (the domain's `needs`), sent with the version read. */
export function StepModal({ referral, action, onClose, onDone }: { referral: CommitteeReferral; action: Action; onClose: () => void; onDone: (r: CommitteeReferral) => void }) {
  const { t } = useTranslation();
  const [facilityId, setFacilityId] = useState('');
  const [placeId, setPlaceId] = useState('');
  const [startDate, setStartDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [condition, setCondition] = useState('');
  const ids = { facilityId: 'step-facility', placeId: 'step-place', startDate: 'step-start', reason: 'step-reason', condition: 'step-condition', state: 'step-state' };
  const save = useMutation({
    mutationFn: () =>
      takeStep(referral.id, {
        action, version: referral.version,
        ...(action === 'offer' && facilityId ? { facilityId } : {}),
        ...(action === 'place' ? { ...(placeId ? { placeId } : {}), startDate } : {}),
        ...(['decline', 'refuse', 'withdraw'].includes(action) ? { reason } : {}),
        ...(action === 'accept_on_condition' ? { condition } : {}),
      }),
    onSuccess: onDone,
  });
  const { submit, bind } = mutationForm(save, ids);
  const label = referral.steps.find((s) => s.action === action)?.label ?? action;
  return (
    <ModalForm id="step-form" title={`${label}: ${referral.citizen.name}`} submitLabel={label} mutation={save} fieldIds={ids} onSubmit={submit} onClose={onClose}>
      <p>{t(`committee.stepIntro.${action}`)}</p>
      {action === 'offer' && (
        <SelectField {...bind('facilityId', facilityId, setFacilityId)} label={t('committee.facility')} placeholder={t('committee.chooseFacility')}
          options={referral.facilities.map((f) => ({ value: f.id, label: `${f.name} (${t('committee.freePlacesCount', { count: f.freePlaces })})` }))} />
      )}
      {action === 'place' && (
        <>
          {referral.freePlaces.length === 0 && <p className="muted">{t('committee.noFreePlaces')}</p>}
          <SelectField {...bind('placeId', placeId, setPlaceId)} label={t('committee.place')} placeholder={t('committee.choosePlace')}
            options={referral.freePlaces.map((p) => ({ value: p.id, label: `${p.unitName}: ${p.name}` }))} />
          <DateInput {...bind('startDate', startDate, setStartDate)} label={t('committee.moveIn')} />
        </>
      )}
      {['decline', 'refuse', 'withdraw'].includes(action) && <TextArea {...bind('reason', reason, setReason)} label={t('committee.reason')} rows={4} maxLength={2000} />}
      {action === 'accept_on_condition' && <TextArea {...bind('condition', condition, setCondition)} label={t('committee.condition')} hint={t('committee.conditionHint')} rows={4} maxLength={2000} />}
    </ModalForm>
  );
}
