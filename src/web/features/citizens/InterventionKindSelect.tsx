import { useTranslation } from 'react-i18next';
import type { InputFieldProps } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useCatalogue } from '../plans/api';

/** The catalogue's intervention kinds, each with its step on the ladder ("Botilbud (§ 108) – trin 5: …"). */
export function InterventionKindSelect({ required, ...field }: Omit<InputFieldProps, 'label' | 'hint'> & { required?: boolean }) {
  const { t } = useTranslation();
  const kinds = useCatalogue().data?.interventionKinds ?? [];
  return (
    <SelectField
      {...field}
      label={t('citizens.interventions.kind')}
      hint={t('citizens.interventions.kindHint')}
      placeholder={t('common.choose')}
      options={kinds.map((k) => ({ value: k.code, label: t('citizens.interventions.kindOption', { name: k.name, step: k.ladderStep, stepName: k.ladderStepName }) }))}
      required={required}
    />
  );
}
