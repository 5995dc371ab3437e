import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../components/forms/ModalForm';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { DEFAULT_COVER_HOURS, FALLBACK_MAX_COVER_HOURS, startCover, useCoverSettings, useRefreshAfterCover, type Cover, type CoverableUnit } from './api';
import { formatCoverEnd } from './format';
import { mutationForm } from '../../components/forms/formFields';

const FIELD_IDS = { unitId: 'cover-unit', hours: 'cover-hours', reason: 'cover-reason' };
const HOUR_MS = 60 * 60_000;

interface Props {
  units: CoverableUnit[];
  onClose: () => void;
  onStarted: (cover: Cover) => void;
}

/** Start a cover of another unit of one's facility: which unit, for how long, and why. */
export function StartCoverModal({ units, onClose, onStarted }: Props) {
  const { t } = useTranslation();
  const refresh = useRefreshAfterCover();
  const settings = useCoverSettings();
  const hourChoices = Array.from({ length: settings.data?.maxHours ?? FALLBACK_MAX_COVER_HOURS }, (_, i) => i + 1);
  const [unitId, setUnitId] = useState(units.length === 1 ? units[0].id : '');
  const [hours, setHours] = useState(String(DEFAULT_COVER_HOURS));
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => startCover({ unitId, hours: Number(hours), reason: reason.trim() }),
    // The dialog closes once the session and Mine borgere include the covered unit.
    onSuccess: async (cover) => {
      await refresh();
      onStarted(cover);
    },
  });
  const unitName = units.find((u) => u.id === unitId)?.name;
  const showFacility = new Set(units.map((u) => u.facilityName)).size > 1;
  const endsAt = new Date(Date.now() + Number(hours) * HOUR_MS).toISOString();
  const { submit, bind } = mutationForm(save, FIELD_IDS);
  return (
    <ModalForm id="cover-form" title={t('covers.title')} submitLabel={t('covers.start')} mutation={save} fieldIds={FIELD_IDS} onSubmit={submit} onClose={onClose}>
      <p>{t('covers.intro', { hours: settings.data?.journalHours ?? 72 })}</p>
      <SelectField
        {...bind('unitId', unitId, setUnitId)}
        label={t('covers.unit')}
        placeholder={units.length === 1 ? undefined : t('common.choose')}
        options={units.map((u) => ({ value: u.id, label: showFacility ? `${u.name} (${u.facilityName})` : u.name }))}
      />
      <SelectField
        {...bind('hours', hours, setHours)}
        label={t('covers.hours')}
        hint={t('covers.endsHint', { when: formatCoverEnd(t, endsAt) })}
        options={hourChoices.map((h) => ({ value: String(h), label: t('covers.hour', { count: h }) }))}
      />
      <TextField
        {...bind('reason', reason, setReason)}
        label={t('covers.reason')}
        hint={unitName ? t('covers.reasonHint', { unit: unitName }) : t('covers.reasonHintGeneric')}
        maxLength={500}
        className="input-width-xl"
        autoComplete="off"
      />
    </ModalForm>
  );
}
