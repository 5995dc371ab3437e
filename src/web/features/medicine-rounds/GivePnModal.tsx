import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox';
import { ModalForm } from '../../components/forms/ModalForm';
import { mutationForm } from '../../components/forms/formFields';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { isApiError } from '../../api/client';
import { formatTime, todayIso } from '../../lib/dates';
import { copenhagenInstant } from '../../../domain/medication/clock';
import { givePn, type Administration, type PnLine } from './api';
import { doseText, newClientId } from './format';

const FIELD_IDS = { pnReason: 'pn-reason', dose: 'pn-dose', givenAt: 'pn-given-at', overMaxReason: 'pn-over-max', lineId: 'pn-reason', clientId: 'pn-reason' };

/**
 * Giv PN: the reason first; the line's single dose unless changed. A dose past the maximum is
 * refused; one already given (on paper while the system was down) is recorded with a reason, flagged.
 */
export function GivePnModal({ line, citizen, onClose, onDone }: { line: PnLine; citizen: string; onClose: () => void; onDone: (a: Administration) => void }) {
  const { t } = useTranslation();
  const [pnReason, setPnReason] = useState('');
  const [dose, setDose] = useState(String(line.singleDose).replace('.', ','));
  const [already, setAlready] = useState(false);
  const [time, setTime] = useState('');
  const [overMaxReason, setOverMaxReason] = useState('');
  const [clientId] = useState(newClientId);
  const save = useMutation({
    mutationFn: () =>
      givePn({
        clientId, lineId: line.lineId, pnReason: pnReason.trim(), dose: Number(dose.replace(',', '.')),
        ...(already && time ? { givenAt: copenhagenInstant(todayIso(), time).toISOString() } : {}),
        ...(already && overMaxReason.trim() ? { overMaxReason: overMaxReason.trim() } : {}),
      }),
    onSuccess: onDone,
  });
  const { submit, bind } = mutationForm(save, FIELD_IDS);
  const overMax = isApiError(save.error) && save.error.code === 'pn_max_exceeded';
  return (
    <ModalForm id="give-pn-form" title={t('medicineRounds.givePnTitle', { name: line.genericName })} submitLabel={t('medicineRounds.givePnSubmit')} mutation={save} fieldIds={FIELD_IDS} onSubmit={submit} onClose={onClose}>
      <p>
        {t('medicineRounds.pnFor', { citizen })} <strong>{line.genericName} {line.strength}</strong> – {line.indication}
        <br />
        {t('medicineRounds.pnGiven', { given: doseText(line.givenInWindow, line.doseUnit), max: doseText(line.maxPer24h, line.doseUnit) })}{' '}
        {line.doses.length > 0 && t('medicineRounds.pnLast', { time: formatTime(line.doses[line.doses.length - 1].givenAt) })}
      </p>
      <TextArea {...bind('pnReason', pnReason, setPnReason)} label={t('medicineRounds.pnReason')} hint={t('medicineRounds.pnReasonHint')} rows={2} maxLength={500} />
      <TextField {...bind('dose', dose, setDose)} label={t('medicineRounds.dose', { unit: line.doseUnit })} inputMode="decimal" className="input-width-xs" />
      <Checkbox id="pn-already" label={t('medicineRounds.alreadyGiven')} hint={overMax ? t('medicineRounds.alreadyGivenHint') : undefined} checked={already} onChange={setAlready} />
      {already && (
        <>
          <TextField {...bind('givenAt', time, setTime)} type="time" label={t('medicineRounds.givenAt')} className="input-width-xs" />
          <TextArea {...bind('overMaxReason', overMaxReason, setOverMaxReason)} label={t('medicineRounds.overMaxReason')} hint={t('medicineRounds.overMaxHint')} rows={2} maxLength={500} />
        </>
      )}
    </ModalForm>
  );
}
