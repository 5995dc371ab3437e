import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox';
import { fieldError } from '../../components/ErrorSummary';
import type { StepValue } from './goalForm';

interface Props {
  /** 'subGoals' or 'actions': the API field, also the base of ids and texts. */
  name: 'subGoals' | 'actions';
  idPrefix: string;
  legend: string;
  addLabel: string;
  itemLabel: (n: number) => string;
  /** Actions have a responsible person per line. */
  withResponsible?: boolean;
  steps: StepValue[];
  onChange: (steps: StepValue[]) => void;
  error: unknown;
}

/** A list of sub-goals or actions: one text field per line, add and remove. */
export function StepsEditor({ name, idPrefix, legend, addLabel, itemLabel, withResponsible, steps, onChange, error }: Props) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<StepValue>) => onChange(steps.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  const add = () => {
    onChange([...steps, { text: '', responsible: '', done: false }]);
    // Focus the new line once it is rendered.
    window.setTimeout(() => document.getElementById(`${idPrefix}-${name}-${steps.length}`)?.focus(), 0);
  };
  const remove = (i: number) => onChange(steps.filter((_, k) => k !== i));
  return (
    <fieldset className="form-group steps-editor" id={`${idPrefix}-${name}`}>
      <legend className="form-label">{legend}</legend>
      {steps.length === 0 && <p className="muted">{t('plans.noneYet')}</p>}
      <ol className="steps-editor-list plain-list no-max-width">
        {steps.map((s, i) => {
          const textError = fieldError(error, `${name}.${i}`) ?? fieldError(error, `${name}.${i}.text`);
          const inputId = `${idPrefix}-${name}-${i}`;
          return (
            <li key={s.id ?? `new-${i}`} className={textError ? 'form-error' : undefined}>
              <label className="form-label" htmlFor={inputId}>
                {itemLabel(i + 1)}
              </label>
              {textError && (
                <span className="form-error-message" id={`${inputId}-error`}>
                  {textError}
                </span>
              )}
              <div className="steps-editor-row">
                <input
                  id={inputId}
                  className="form-input"
                  value={s.text}
                  aria-invalid={textError ? true : undefined}
                  aria-describedby={textError ? `${inputId}-error` : undefined}
                  onChange={(e) => update(i, { text: e.target.value })}
                />
                <button type="button" className="button button-secondary" onClick={() => remove(i)}>
                  {t('common.remove')}
                  <span className="sr-only"> {itemLabel(i + 1)}</span>
                </button>
              </div>
              {s.id && (
                <Checkbox
                  id={`${inputId}-done`}
                  label={<>{t('plans.markDone')}<span className="sr-only"> ({itemLabel(i + 1)})</span></>}
                  checked={s.done}
                  onChange={(done) => update(i, { done })}
                />
              )}
              {withResponsible && (
                <div className="steps-editor-responsible">
                  <label className="form-label" htmlFor={`${inputId}-resp`}>
                    {t('plans.actionResponsible')}
                  </label>
                  <input
                    id={`${inputId}-resp`}
                    className="form-input input-width-l"
                    value={s.responsible}
                    onChange={(e) => update(i, { responsible: e.target.value })}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-tertiary" onClick={add}>
        + {addLabel}
      </button>
    </fieldset>
  );
}
