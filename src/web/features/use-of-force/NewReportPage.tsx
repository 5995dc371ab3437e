import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox';
import { DateInput } from '../../components/DateInput';
import { FieldError } from '../../components/Field';
import { FormError } from '../../components/forms/FormError';
import { mutationForm } from '../../components/forms/formFields';
import { LoadError, Loading } from '../../components/QueryState';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../lib/dates';
import { useCitizenContext } from '../citizens/context';
import { forceKeys, registerReport, useCitizenUseOfForce, useForms, type Answers } from './api';
import { FormFields } from './FormFields';
import { formName, nowParts } from './format';
import './use-of-force.css';

/**
 * A new report on a form's current version: which form, when, the measures used and the version's
 * fields (from data). From a decision's row: its combined report (Skema 2).
 */
export default function NewReportPage() {
  const { t } = useTranslation();
  const citizen = useCitizenContext();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const decisionId = params.get('afgorelse') ?? undefined;
  const forms = useForms();
  const overview = useCitizenUseOfForce(citizen.id);
  const now = nowParts();
  const [formCode, setFormCode] = useState(params.get('skema') ?? 'skema1');
  const [date, setDate] = useState(now.date);
  const [time, setTime] = useState(now.time);
  const [measures, setMeasures] = useState<string[]>([]);
  const [answers, setAnswers] = useState<Answers>({});
  const form = forms.data?.find((f) => f.code === formCode);
  const decision = overview.data?.decisions.find((d) => d.id === decisionId);
  const ids: Record<string, string> = {
    formCode: 'report-form', occurredAt: 'report-date', measures: 'report-measures', decisionId: 'report-form',
    ...Object.fromEntries((form?.fields ?? []).map((f) => [`answers.${f.key}`, `report-${f.key}`])),
  };
  const save = useMutation({
    mutationFn: () => registerReport(citizen.id, { formCode, occurredAt: `${date}T${time}`, measures: decision ? [decision.measure.code] : measures, decisionId, answers }),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: forceKeys.all });
      void navigate(`/borgere/${citizen.id}/magtanvendelse/${r.id}`, { state: { registered: true } });
    },
  });
  const { submit, field } = mutationForm(save, ids);

  if (forms.isPending) return <Loading />;
  if (forms.isError) return <LoadError error={forms.error} onRetry={() => void forms.refetch()} />;
  const choices = forms.data.filter((f) => f.registeredBy === 'staff');
  const measuresError = field('measures').error;
  return (
    <form onSubmit={submit} noValidate className="force-form">
      <h2 className="h3">{t('useOfForce.newHeading')}</h2>
      <FormError error={save.error} fieldIds={ids} />
      {decision ? (
        <p>{t('useOfForce.skema2For', { measure: decision.measure.name, from: formatDate(decision.validFrom), to: formatDate(decision.validTo), uses: decision.uses })}</p>
      ) : (
        <RadioGroup
          name="report-form"
          legend={t('useOfForce.chooseForm')}
          value={formCode}
          onChange={(v) => { setFormCode(v); setMeasures([]); }}
          error={field('formCode').error}
          options={choices.map((f) => ({ value: f.code, label: formName(f.title) }))}
        />
      )}
      {form && (
        <>
          <p className="form-hint force-title">{form.title}</p>
          <p className="form-hint">{t('useOfForce.version', { version: form.version, date: formatDate(form.validFrom) })}</p>
          <div className="force-when">
            <DateInput {...field('occurredAt')} label={t('useOfForce.date')} value={date} onChange={setDate} />
            <TextField id="report-time" label={t('useOfForce.time')} type="time" className="input-width-xs" value={time} onChange={setTime} />
          </div>
          {!decision && (
            <div className={`form-group${measuresError ? ' form-error' : ''}`}>
              <fieldset id="report-measures" aria-describedby={measuresError ? 'report-measures-error' : undefined}>
                <legend className="form-label">{t('useOfForce.measures')}</legend>
                {measuresError && <FieldError id="report-measures-error" error={measuresError} />}
                {form.measures.map((m, i) => (
                  <Checkbox
                    key={m.code}
                    id={`report-measure-${i}`}
                    label={`${m.name} (${m.section})`}
                    checked={measures.includes(m.code)}
                    onChange={(on) => setMeasures(on ? [...measures, m.code] : measures.filter((x) => x !== m.code))}
                  />
                ))}
              </fieldset>
            </div>
          )}
          <FormFields idPrefix="report" fields={form.fields} answers={answers} onChange={setAnswers} error={save.error} />
        </>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>{t('useOfForce.submit')}</button>
        <Link to={`/borgere/${citizen.id}/magtanvendelse`} className="button button-secondary">{t('useOfForce.cancel')}</Link>
      </div>
    </form>
  );
}
