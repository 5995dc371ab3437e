import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { TextField } from '../../components/TextField';
import { DateInput } from '../../components/DateInput';
import { todayIso } from '../../lib/dates';
import { buyPlace, endPurchase, type PurchasedPlace } from './api';

const toNumber = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(/\./g, '').replace(',', '.')));

/** Buy an interim place from another provider while the citizen waits. */
export function BuyModal({ referralId, citizenName, ownRate, onClose, onDone }: { referralId: string; citizenName: string; ownRate: number | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [providerName, setProvider] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [daily, setDaily] = useState('');
  const [own, setOwn] = useState(ownRate === null ? '' : String(ownRate).replace('.', ','));
  const [startDate, setStart] = useState(todayIso());
  const ids = { providerName: 'buy-provider', providerMunicipalityCode: 'buy-municipality', dailyRateDkk: 'buy-daily', ownDailyRateDkk: 'buy-own', startDate: 'buy-start' };
  const save = useMutation({
    mutationFn: () => buyPlace(referralId, {
      providerName, ...(municipality.trim() ? { providerMunicipalityCode: municipality.trim() } : {}),
      dailyRateDkk: toNumber(daily) ?? Number.NaN, ...(toNumber(own) === undefined ? {} : { ownDailyRateDkk: toNumber(own) }), startDate,
    }),
    onSuccess: onDone,
  });
  const { submit, bind } = mutationForm(save, ids);
  return (
    <ModalForm id="buy-form" title={t('committee.buyTitle', { name: citizenName })} submitLabel={t('committee.buy')} mutation={save} fieldIds={ids} onSubmit={submit} onClose={onClose}>
      <TextField {...bind('providerName', providerName, setProvider)} label={t('committee.provider')} maxLength={200} />
      <TextField {...bind('providerMunicipalityCode', municipality, setMunicipality)} label={t('committee.providerMunicipality')} hint={t('committee.providerMunicipalityHint')} inputMode="numeric" className="input-width-xs" />
      <TextField {...bind('dailyRateDkk', daily, setDaily)} label={t('committee.dailyRate')} inputMode="decimal" className="input-width-s" />
      <TextField {...bind('ownDailyRateDkk', own, setOwn)} label={t('committee.ownRate')} hint={t('committee.ownRateHint')} inputMode="decimal" className="input-width-s" />
      <DateInput {...bind('startDate', startDate, setStart)} label={t('committee.startDate')} />
    </ModalForm>
  );
}

/** End a purchased place: the first day no longer bought. */
export function EndModal({ place, onClose, onDone }: { place: PurchasedPlace; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [endDate, setEnd] = useState(todayIso());
  const ids = { endDate: 'end-date' };
  const save = useMutation({ mutationFn: () => endPurchase(place.id, place.version, endDate), onSuccess: onDone });
  const { submit, bind } = mutationForm(save, ids);
  return (
    <ModalForm id="end-form" title={t('committee.endTitle', { provider: place.providerName })} submitLabel={t('committee.end')} mutation={save} fieldIds={ids} onSubmit={submit} onClose={onClose}>
      <DateInput {...bind('endDate', endDate, setEnd)} label={t('committee.endDate')} hint={t('committee.endDateHint')} />
    </ModalForm>
  );
}
