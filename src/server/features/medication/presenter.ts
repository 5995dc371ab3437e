import { isoTimestamp } from '../../present.js';
import type { LineVersion, MedicationSettings, MedicineLine, Observation, QualifiedPerson } from '../../../contracts/medication.js';
import type { LineRow, ObservationRow, PersonRow, SettingsRow, VersionRow } from './queries.js';

const num = (v: number | string | null) => (v === null ? null : Number(v));

/** A line, from its row or from a version's snapshot of it (the same columns, as JSON). */
export const presentLine = (r: LineRow): MedicineLine => ({
  id: r.id,
  kind: r.kind,
  tradeName: r.trade_name,
  genericName: r.generic_name,
  atcCode: r.atc_code,
  form: r.form,
  strength: r.strength,
  doseUnit: r.dose_unit,
  singleDose: Number(r.single_dose),
  schedule: r.schedule.map((s) => ({ time: s.time, dose: Number(s.dose) })),
  dailyDose: num(r.daily_dose),
  pnMaxPer24h: num(r.pn_max_per_24h),
  indication: r.indication,
  instructions: r.instructions,
  prescriber: r.prescriber,
  doseDispensed: r.dose_dispensed,
  startDate: r.start_date,
  stopDate: r.stop_date,
  status: r.status,
  statusReason: r.status_reason,
  tapering: r.tapering.map((t) => ({ fromDate: t.fromDate, dose: Number(t.dose) })),
  version: r.version,
  updatedBy: r.updated_by_name,
  updatedAt: isoTimestamp(r.updated_at),
});

export const presentVersion = (r: VersionRow): LineVersion => ({
  version: r.version,
  change: r.change,
  reason: r.reason,
  changedBy: r.changed_by_name,
  changedAt: isoTimestamp(r.changed_at),
  line: presentLine(r.line),
});

export const presentObservation = (r: ObservationRow): Observation => ({
  id: r.id,
  lineId: r.line_id,
  lineName: r.line_name,
  kind: r.kind,
  severity: r.severity,
  text: r.text,
  observedAt: isoTimestamp(r.observed_at),
  createdBy: r.created_by_name,
  doctorContact: r.doctor_contacted_at
    ? { at: isoTimestamp(r.doctor_contacted_at), note: r.doctor_contact_note, by: r.doctor_contacted_by_name ?? '' }
    : null,
  awaitingDoctor: r.severity === 'serious' && !r.doctor_contacted_at,
});

/** The settings of a facility; without its own row, the defaults of migration 022. */
export const presentSettings = (r: SettingsRow | undefined): MedicationSettings => ({
  pnWindow: r?.pn_window ?? 'rolling_24h',
  pnReviewDoses: r?.pn_review_doses ?? 10,
  pnReviewDays: r?.pn_review_days ?? 7,
  effectReminderMinutes: r?.effect_reminder_minutes ?? 60,
  lateAfterMinutes: r?.late_after_minutes ?? 60,
  updatedBy: r?.updated_by_name ?? null,
  updatedAt: r?.updated_at ? isoTimestamp(r.updated_at) : null,
});

export const presentQualifications = (qs: PersonRow['qualifications']): QualifiedPerson['qualifications'] =>
  qs.map((q) => ({ ...q, grantedAt: isoTimestamp(q.grantedAt) }));

export const presentPerson = (r: PersonRow, canGrant: boolean): QualifiedPerson => ({
  id: r.id,
  name: r.name,
  units: r.units,
  qualifications: presentQualifications(r.qualifications),
  canGrant,
});
