import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MedicineLine } from '../../../contracts/medication';
import { fieldError } from '../../components/ErrorSummary';
import { ModalForm } from '../../components/forms/ModalForm';
import { isConflict } from '../../components/forms/FormError';
import { onSubmitRun } from '../../components/forms/submit';
import { saveTapering } from './api';
import { formatNumber, parseNumber } from './format';

interface Props {
  citizenId: string;
  line: MedicineLine;
  onClose: () => void;
  onSaved: () => void;
}

interface Step {
  fromDate: string;
  dose: string;
}

/** The tapering plan (nedtrapning) of a fixed line: from each date, the dose at every time of its schedule. Saved as a whole. */
export function TaperingModal({ citizenId, line, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [steps, setSteps] = useState<Step[]>(() =>
    line.tapering.length ? line.tapering.map((s) => ({ fromDate: s.fromDate, dose: formatNumber(s.dose) })) : [{ fromDate: '', dose: '' }],
  );
  const save = useMutation({
    mutationFn: () =>
      saveTapering(citizenId, line.id, {
        version: line.version,
        steps: steps.filter((s) => s.fromDate || s.dose).map((s) => ({ fromDate: s.fromDate, dose: parseNumber(s.dose) as number })),
      }),
    onSuccess: onSaved,
    onError: (e) => {
      if (isConflict(e)) onSaved();
    },
  });
  const id = 'medicine-tapering';
  const update = (i: number, patch: Partial<Step>) => setSteps((old) => old.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const whole = fieldError(save.error, 'steps');
  return (
    <ModalForm id={id} title={t('medication.tapering.title', { name: line.genericName })} mutation={save} fieldIds={{ steps: `${id}-steps` }} onSubmit={onSubmitRun(() => save.mutate())} onClose={onClose}>
      <p>{t('medication.tapering.intro', { unit: line.doseUnit })}</p>
      <fieldset id={`${id}-steps`} className={`form-group${whole ? ' form-error' : ''}`}>
        <legend className="form-label">{t('medication.tapering.steps')}</legend>
        {whole && <span className="form-error-message">{whole}</span>}
        {steps.map((s, i) => {
          const error = fieldError(save.error, `steps.${i}.fromDate`) ?? fieldError(save.error, `steps.${i}.dose`);
          return (
            <div key={i} className="medication-schedule-row">
              <label htmlFor={`${id}-${i}-date`}>{t('medication.tapering.from')}</label>
              <input id={`${id}-${i}-date`} type="date" className="form-input input-width-s" value={s.fromDate} onChange={(e) => update(i, { fromDate: e.target.value })} />
              <label htmlFor={`${id}-${i}-dose`}>{t('medication.tapering.dose')}</label>
              <input id={`${id}-${i}-dose`} className="form-input input-width-xs" inputMode="decimal" value={s.dose} onChange={(e) => update(i, { dose: e.target.value })} />
              <span>{line.doseUnit}</span>
              <button type="button" className="button button-tertiary" onClick={() => setSteps((old) => old.filter((_, j) => j !== i))}>
                {t('medication.tapering.remove')}
              </button>
              {error && <span className="form-error-message">{error}</span>}
            </div>
          );
        })}
        <button type="button" className="button button-secondary" onClick={() => setSteps((old) => [...old, { fromDate: '', dose: '' }])}>
          {t('medication.tapering.add')}
        </button>
      </fieldset>
    </ModalForm>
  );
}
