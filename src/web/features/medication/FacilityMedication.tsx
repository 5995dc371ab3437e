import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MedicationSettings, MedicationSettingsInput, QualifiedPerson } from '../../../contracts/medication';
import { isApiError } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { fieldError } from '../../components/ErrorSummary';
import { LoadError, Loading } from '../../components/QueryState';
import { RowAction } from '../../components/RowAction';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/forms/FormError';
import { onSubmitRun } from '../../components/forms/submit';
import { formatDate } from '../../lib/dates';
import { grantQualification, medicationKeys, revokeQualification, saveSettings, useFacilityMedication } from './api';
import './medication.css';

const NUMBERS = ['pnReviewDoses', 'pnReviewDays', 'effectReminderMinutes', 'lateAfterMinutes'] as const;

/**
 * Medicin on a facility page: the staff's medicine permissions (nurse, medicine course), granted and
 * revoked by their leaders, and the facility's medication settings, changed by its leaders.
 * Shown to whoever reads the facility's figures; nothing for others.
 */
export function FacilityMedication({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const page = useFacilityMedication(facilityId);
  if (page.isPending) return <Loading />;
  if (page.isError) return isApiError(page.error) && page.error.status === 403 ? null : <LoadError error={page.error} onRetry={() => void page.refetch()} />;
  const { people, settings, abilities } = page.data;
  return (
    <section aria-labelledby="facility-medication" className="facility-medication">
      <h2 id="facility-medication">{t('medication.facility.heading')}</h2>
      <h3 id="facility-medication-people">{t('medication.facility.people')}</h3>
      <p className="muted">{t('medication.facility.peopleIntro')}</p>
      <People facilityId={facilityId} people={people} />
      <h3 id="facility-medication-settings">{t('medication.facility.settings')}</h3>
      {abilities.editSettings ? <SettingsForm facilityId={facilityId} settings={settings} /> : <SettingsFacts settings={settings} />}
    </section>
  );
}

function People({ facilityId, people }: { facilityId: string; people: QualifiedPerson[] }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const change = useMutation({
    mutationFn: (c: { userId: string; grant?: 'nurse' | 'medicine_course'; revoke?: string }) =>
      c.grant ? grantQualification(c.userId, { qualification: c.grant, validUntil: null }) : revokeQualification(c.userId, c.revoke!),
    onSettled: () => void qc.invalidateQueries({ queryKey: medicationKeys.facility(facilityId) }),
  });
  return (
    <>
      <FormError error={change.error} />
      <DataTable
        rows={people}
        labelledBy="facility-medication-people"
        columns={[
          { header: t('medication.facility.name'), rowHeader: true, cell: (p) => p.name },
          { header: t('medication.facility.units'), cell: (p) => p.units.join(', ') },
          {
            header: t('medication.facility.permission'),
            cell: (p) =>
              p.qualifications.length === 0 ? (
                <span className="muted">{t('medication.facility.none')}</span>
              ) : (
                p.qualifications.map((q) => (
                  <div key={q.id}>
                    {t(`medication.qualifications.${q.qualification}`)}{' '}
                    <span className="muted">
                      {t('medication.facility.grantedBy', { by: q.grantedBy })}
                      {q.validUntil && <>, {t('medication.facility.until', { date: formatDate(q.validUntil) })}</>}
                    </span>{' '}
                    {p.canGrant && <RowAction look="link" label={t('medication.facility.revoke')} target={`${t(`medication.qualifications.${q.qualification}`)} ${p.name}`} disabled={change.isPending} onClick={() => change.mutate({ userId: p.id, revoke: q.id })} />}
                  </div>
                ))
              ),
          },
          {
            header: t('medication.facility.actions'),
            hiddenHeader: true,
            cell: (p) =>
              p.canGrant &&
              (['medicine_course', 'nurse'] as const)
                .filter((q) => !p.qualifications.some((h) => h.qualification === q))
                .map((q) => (
                  <RowAction key={q} look="button" label={t(`medication.facility.grant.${q}`)} target={p.name} disabled={change.isPending} onClick={() => change.mutate({ userId: p.id, grant: q })} />
                )),
          },
        ]}
      />
    </>
  );
}

function SettingsFacts({ settings }: { settings: MedicationSettings }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list no-max-width">
      <li>{t('medication.facility.pnWindow')}: {t(`medication.facility.windows.${settings.pnWindow}`)}</li>
      {NUMBERS.map((k) => (
        <li key={k}>{t(`medication.facility.${k}`)}: {settings[k]}</li>
      ))}
    </ul>
  );
}

function SettingsForm({ facilityId, settings }: { facilityId: string; settings: MedicationSettings }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [v, setV] = useState(() => ({ pnWindow: settings.pnWindow as string, ...Object.fromEntries(NUMBERS.map((k) => [k, String(settings[k])])) }) as Record<string, string>);
  const save = useMutation({
    mutationFn: () => {
      const numbers = Object.fromEntries(NUMBERS.map((k) => [k, Number(v[k])])) as Record<(typeof NUMBERS)[number], number>;
      return saveSettings(facilityId, { pnWindow: v.pnWindow as MedicationSettingsInput['pnWindow'], ...numbers });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: medicationKeys.facility(facilityId) }),
  });
  const id = 'medication-settings';
  const fieldIds = Object.fromEntries(['pnWindow', ...NUMBERS].map((k) => [k, `${id}-${k}`]));
  return (
    <form id={id} onSubmit={onSubmitRun(() => save.mutate())} noValidate className="medication-settings">
      <FormError error={save.error} fieldIds={fieldIds} />
      <SelectField
        id={fieldIds.pnWindow} label={t('medication.facility.pnWindow')} value={v.pnWindow} onChange={(x) => setV((o) => ({ ...o, pnWindow: x }))}
        options={['rolling_24h', 'calendar_day'].map((w) => ({ value: w, label: t(`medication.facility.windows.${w}`) }))}
      />
      {NUMBERS.map((k) => (
        <TextField key={k} id={fieldIds[k]} label={t(`medication.facility.${k}`)} inputMode="numeric" className="input-width-xs" value={v[k]} onChange={(x) => setV((o) => ({ ...o, [k]: x }))} error={fieldError(save.error, k)} />
      ))}
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {t('medication.facility.saveSettings')}
      </button>
      {save.isSuccess && <p role="status">{t('medication.facility.settingsSaved')}</p>}
      {settings.updatedBy && settings.updatedAt && <p className="muted">{t('medication.facility.updated', { by: settings.updatedBy, at: formatDate(settings.updatedAt.slice(0, 10)) })}</p>}
    </form>
  );
}
