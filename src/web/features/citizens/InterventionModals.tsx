import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { useTranslation } from 'react-i18next';
import type { Intervention } from '../../../contracts/placements';
import { DateInput } from '../../components/DateInput';
import { ModalForm } from '../../components/forms/ModalForm';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../lib/dates';
import { isConflict } from '../../components/forms/FormError';
import { useFacility } from '../occupancy/api';
import { useOrgUnits } from '../organisation/api';
import type { OrgUnit } from '../../../contracts/organisation';
import { useCatalogue } from '../plans/api';
import { InterventionKindSelect } from './InterventionKindSelect';
import { vacantPlaceOptions } from './placeOptions';
import { endIntervention, startIntervention, useRefreshCitizen } from './write-api';
import { mutationForm } from '../../components/forms/formFields';


/** Flyt ud / afslut indsats: the last day, why it ended and (for a stay) where the citizen went, saved against the version read. */
export function EndInterventionModal({ citizenId, intervention: i, onClose, onSaved }: { citizenId: string; intervention: Intervention; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshCitizen();
  const catalogue = useCatalogue();
  const [endDate, setEndDate] = useState(todayIso());
  const [endReasonCode, setEndReasonCode] = useState('');
  const [destinationCode, setDestinationCode] = useState('');
  const stay = i.placeId !== null || i.delivery === 'stay';
  const save = useMutation({
    mutationFn: () => endIntervention(i.id, { version: i.version, endDate, endReasonCode, destinationCode: destinationCode || undefined }),
    onSuccess: () => {
      refresh(citizenId);
      onSaved();
    },
    onError: (e) => {
      if (isConflict(e)) refresh(citizenId);
    },
  });
  const what = i.placeName ? `${i.kindName}, ${i.placeName}` : i.kindName;
  const { submit, fieldIds, bind } = mutationForm(save, { endDate: 'iv-end', endReasonCode: 'iv-end-reason', destinationCode: 'iv-destination' });
  const options = (list: Array<{ code: string; name: string }> | undefined) => (list ?? []).map((o) => ({ value: o.code, label: o.name }));
  return (
    <ModalForm id="end-intervention-form" title={i.placeId ? t('citizens.interventions.moveOutTitle', { what }) : t('citizens.interventions.endTitle', { what })} submitLabel={t('citizens.interventions.endConfirm')} mutation={save} fieldIds={fieldIds} onSubmit={submit} onClose={onClose}>
      <DateInput {...bind('endDate', endDate, setEndDate)} label={t('citizens.interventions.endDate')} hint={t('citizens.interventions.endDateHint')} required />
      <SelectField {...bind('endReasonCode', endReasonCode, setEndReasonCode)} label={t('citizens.interventions.endReason')} placeholder={t('common.choose')} options={options(catalogue.data?.endReasons)} required />
      <SelectField
        {...bind('destinationCode', destinationCode, setDestinationCode)}
        label={stay ? t('citizens.interventions.destination') : t('citizens.interventions.destinationOptional')}
        hint={t('citizens.interventions.destinationHint')}
        placeholder={t('common.choose')}
        options={options(catalogue.data?.destinations)}
        required={stay}
      />
    </ModalForm>
  );
}

const NEW_FIELD_IDS = {
  kindCode: 'iv-kind', legalBasis: 'iv-legal', placeId: 'iv-place', unitId: 'iv-unit', startDate: 'iv-start', endDate: 'iv-granted-end',
  reassessmentDate: 'iv-reassess', hoursPerWeek: 'iv-hours', supportNeedCode: 'iv-need',
  actingMunicipalityCode: 'iv-acting', payingMunicipalityCode: 'iv-paying', rate: 'iv-rate', 'rate.amountDkk': 'iv-rate', 'rate.unit': 'iv-rate-unit',
};

/** "Botilbud / Afdeling" for each active unit of the tree: who may deliver a service. */
function unitOptions(units: OrgUnit[] | undefined) {
  const byId = new Map((units ?? []).map((u) => [u.id, u]));
  return (units ?? [])
    .filter((u) => u.kind === 'unit' && u.active)
    .map((u) => ({ value: u.id, label: [byId.get(u.parentId ?? '')?.name, u.name].filter(Boolean).join(' / ') }))
    .sort((a, b) => a.label.localeCompare(b.label, 'da'));
}

/** A number typed with a Danish comma, or undefined when empty. */
const danishNumber = (text: string) => (text.trim() === '' ? undefined : Number(text.trim().replace(/\./g, '').replace(',', '.')));

/**
 * Ny indsats (move in / other support): the kind (with its ladder step), its legal basis, a vacant
 * place on the citizen's facility for a stay or the delivering unit or team otherwise, the granted
 * period and re-assessment, extent, FFB support need, acting and paying municipality (the user's
 * own by default) and an optional rate.
 */
export function NewInterventionModal({ citizenId, facilityId, onClose, onSaved }: { citizenId: string; facilityId: string | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshCitizen();
  const catalogue = useCatalogue();
  const facility = useFacility(facilityId ?? '', !!facilityId);
  const orgUnits = useOrgUnits();
  const own = catalogue.data?.ownMunicipalityCode ?? '';
  const [kindCode, setKindCode] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [placeId, setPlaceId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [startDate, setStartDate] = useState(todayIso());
  const [endDate, setEndDate] = useState('');
  const [reassessmentDate, setReassessmentDate] = useState('');
  const [hours, setHours] = useState('');
  const [supportNeedCode, setSupportNeedCode] = useState('');
  const [acting, setActing] = useState<string | null>(null);
  const [paying, setPaying] = useState<string | null>(null);
  const [rate, setRate] = useState('');
  const [rateUnit, setRateUnit] = useState('day');
  const kinds = catalogue.data?.interventionKinds ?? [];
  const kind = kinds.find((k) => k.code === kindCode);
  const stay = !kind || kind.delivery === 'stay';
  const needsUnit = !!kind && kind.delivery !== 'other' && !(stay && placeId);
  const save = useMutation({
    mutationFn: () => {
      // Say it in plain Danish before asking the server, whose message for an empty code is technical.
      if (!kindCode) return Promise.reject(new ApiError(400, 'validation', t('common.errors.summaryHeading'), { kindCode: t('citizens.interventions.chooseKind') }));
      const amount = danishNumber(rate);
      return startIntervention(citizenId, {
        kindCode,
        legalBasis: legalBasis || undefined,
        placeId: stay && placeId ? placeId : undefined,
        unitId: !(stay && placeId) && unitId ? unitId : undefined,
        startDate,
        endDate: endDate || undefined,
        reassessmentDate: reassessmentDate || undefined,
        hoursPerWeek: danishNumber(hours),
        supportNeedCode: supportNeedCode || undefined,
        actingMunicipalityCode: (acting ?? own) || undefined,
        payingMunicipalityCode: (paying ?? own) || undefined,
        rate: amount === undefined ? undefined : { amountDkk: amount, unit: rateUnit === 'month' ? 'month' : 'day' },
      });
    },
    onSuccess: () => {
      refresh(citizenId);
      onSaved();
    },
  });
  const places = vacantPlaceOptions(facility.data);
  const { submit, bind } = mutationForm(save, NEW_FIELD_IDS);
  const municipalities = (catalogue.data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.code === own ? t('citizens.interventions.ownMunicipality', { name: m.name }) : m.name }));
  const steps = kind?.stepsByExtent ?? [];
  return (
    <ModalForm id="new-intervention-form" title={t('citizens.interventions.newTitle')} submitLabel={t('citizens.interventions.create')} mutation={save} fieldIds={NEW_FIELD_IDS} onSubmit={submit} onClose={onClose}>
      <InterventionKindSelect {...bind('kindCode', kindCode, (v) => { setKindCode(v); setLegalBasis(''); })} required />
      <SelectField
        {...bind('legalBasis', legalBasis, setLegalBasis)}
        label={t('citizens.interventions.legalBasis')}
        hint={kind?.defaultLegalBasis ? t('citizens.interventions.legalBasisHint', { code: kind.defaultLegalBasis }) : t('citizens.interventions.legalBasisHintNone')}
        placeholder={t('citizens.interventions.legalBasisDefault')}
        options={(kind?.legalBases ?? []).map((code) => ({ value: code, label: code }))}
      />
      {stay && facilityId && facility.isSuccess && (
        <SelectField
          {...bind('placeId', placeId, setPlaceId)}
          label={t('citizens.interventions.place')}
          hint={places.length ? t('citizens.interventions.placeHint', { facility: facility.data.name }) : t('citizens.interventions.noVacant', { facility: facility.data.name })}
          placeholder={t('citizens.interventions.noPlace')}
          options={places}
        />
      )}
      {needsUnit && (
        <SelectField
          {...bind('unitId', unitId, setUnitId)}
          label={t('citizens.interventions.unit')}
          hint={t('citizens.interventions.unitHint')}
          placeholder={t('common.choose')}
          options={unitOptions(orgUnits.data)}
          required
        />
      )}
      <div className="form-row">
        <DateInput {...bind('startDate', startDate, setStartDate)} label={t('citizens.interventions.startDate')} required />
        <DateInput {...bind('endDate', endDate, setEndDate)} label={t('citizens.interventions.grantedUntil')} hint={t('citizens.interventions.grantedUntilHint')} />
      </div>
      <DateInput {...bind('reassessmentDate', reassessmentDate, setReassessmentDate)} label={t('citizens.interventions.reassessmentDate')} />
      <TextField
        {...bind('hoursPerWeek', hours, setHours)}
        label={steps.length ? t('citizens.interventions.hoursRequired') : t('citizens.interventions.hours')}
        hint={steps.length ? t('citizens.interventions.hoursSteps', { steps: steps.map((s) => t('citizens.interventions.hoursStep', { from: s.hoursFrom, step: s.ladderStep })).join(', ') }) : undefined}
        className="input-width-xs"
        inputMode="decimal"
        autoComplete="off"
      />
      <SelectField
        {...bind('supportNeedCode', supportNeedCode, setSupportNeedCode)}
        label={t('citizens.interventions.supportNeed')}
        placeholder={t('citizens.interventions.notGiven')}
        options={(catalogue.data?.supportNeedLevels ?? []).map((l) => ({ value: l.code, label: l.display }))}
      />
      <div className="form-row">
        <SelectField {...bind('actingMunicipalityCode', acting ?? own, setActing)} label={t('citizens.interventions.acting')} hint={t('citizens.interventions.actingHint')} placeholder={own ? undefined : t('common.choose')} options={municipalities} />
        <SelectField {...bind('payingMunicipalityCode', paying ?? own, setPaying)} label={t('citizens.interventions.paying')} placeholder={own ? undefined : t('common.choose')} options={municipalities} />
      </div>
      <div className="form-row">
        <TextField {...bind('rate', rate, setRate)} label={t('citizens.interventions.rate')} className="input-width-s" inputMode="decimal" autoComplete="off" />
        <SelectField
          {...bind('rate.unit', rateUnit, setRateUnit)}
          label={t('citizens.interventions.rateUnit')}
          options={[{ value: 'day', label: t('citizens.interventions.perDay') }, { value: 'month', label: t('citizens.interventions.perMonth') }]}
        />
      </div>
    </ModalForm>
  );
}
