/**
 * The medicine card (medicinkort) of a citizen: lines with the agency's checklist fields
 * (Styrelsen for Patientsikkerhed, medicin.json `medicineListLine`), fixed or PN, every change a new
 * version; tapering plans; observations of effect and side effects with the doctor contact they
 * prompt; the medicine permission on the user (nurse or medicine course); each facility's settings.
 * A health record throughout: read by those treating the citizen now.
 */
import { z } from 'zod';
import { CareDate, dataOf, flags, Ref, Version } from './common.js';
import { ClockTime } from './visits.js';

export const lineKinds = ['fixed', 'pn'] as const;
export const lineStatuses = ['active', 'paused', 'stopped'] as const;
export const versionChanges = ['created', 'changed', 'paused', 'resumed', 'stopped'] as const;
export const qualifications = ['nurse', 'medicine_course'] as const;
export const observationKinds = ['effect', 'side_effect'] as const;
export const severities = ['mild', 'moderate', 'serious'] as const;
export const pnWindows = ['rolling_24h', 'calendar_day'] as const;

/** An ATC code (WHO), level 2 to 5: N02, N02B, N02BE, N02BE01. */
export const ATC_PATTERN = /^[A-Z]\d{2}([A-Z]([A-Z](\d{2})?)?)?$/;

/**
 * Indications the agency's checklist calls too vague on their own ("for smerter"): what the medicine
 * is given against must be named. A short list of the usual ones, compared without case and punctuation.
 */
const VAGUE_INDICATIONS = new Set([
  'smerter', 'mod smerter', 'for smerter', 'ved smerter', 'uro', 'mod uro', 'ved uro', 'angst', 'mod angst', 'ved angst',
  'søvn', 'til søvn', 'sovemedicin', 'efter behov', 'ved behov', 'pn', 'som aftalt', 'se journal', 'medicin', 'psykose',
]);
const normalised = (s: string) => s.toLowerCase().replace(/[^a-zæøå ]/g, ' ').replace(/\s+/g, ' ').trim();

/** Why an indication will not do, or undefined when it names what the medicine is given against. */
export function indicationProblem(indication: string): string | undefined {
  const text = indication.trim();
  if (VAGUE_INDICATIONS.has(normalised(text))) {
    return `"${text}" er for upræcist. Skriv hvad medicinen gives mod, fx "mod gigtsmerter i knæene" eller "mod indsovningsbesvær". Er indikationen uklar, så kontakt lægen.`;
  }
  if (text.length < 5) return 'Skriv indikationen: hvorfor borgeren får medicinen (mindst 5 tegn).';
  return undefined;
}

const text = (min: number, max: number, missing: string) =>
  z.string(missing).trim().min(min, missing).max(max, `Højst ${max} tegn.`);
const Dose = z
  .number('Skriv en dosis.')
  .positive('Dosis skal være større end 0.')
  .max(10_000, 'Dosis er for stor.')
  .refine((n) => Math.round(n * 1000) === n * 1000, 'Højst 3 decimaler.');

export const ScheduleEntry = z.strictObject({ time: ClockTime, dose: Dose });
export type ScheduleEntry = z.infer<typeof ScheduleEntry>;

/** Optional: empty or null is none. */
const AtcCode = z
  .string('Skriv en ATC-kode.')
  .trim()
  .toUpperCase()
  .refine((s) => s === '' || ATC_PATTERN.test(s), 'Ugyldig ATC-kode (fx N02BE01).')
  .nullable()
  .optional()
  .transform((v) => v || null);

/** The fields of a line, as written on the card. */
const lineFields = {
  kind: z.enum(lineKinds, 'Vælg fast eller PN (efter behov).'),
  tradeName: z.string().trim().max(200, 'Højst 200 tegn.').default(''),
  genericName: text(2, 200, 'Skriv medicinens navn (indholdsstof).'),
  atcCode: AtcCode,
  form: text(2, 100, 'Skriv formen, fx tablet eller mikstur.'),
  strength: text(1, 100, 'Skriv styrken, fx 500 mg.'),
  doseUnit: text(1, 30, 'Skriv enheden for en dosis, fx stk eller ml.'),
  singleDose: Dose,
  schedule: z.array(ScheduleEntry).max(12, 'Højst 12 tidspunkter.').default([]),
  pnMaxPer24h: Dose.nullable().optional().transform((v) => v ?? null),
  indication: z.string('Skriv indikationen.').trim().max(500, 'Højst 500 tegn.'),
  instructions: z.string().trim().max(2000, 'Højst 2000 tegn.').default(''),
  prescriber: text(2, 200, 'Skriv den ordinerende læge eller afdeling.'),
  doseDispensed: z.boolean('Skal være sand eller falsk.').default(false),
  startDate: CareDate,
  stopDate: CareDate.nullable().optional().transform((v) => v ?? null),
};

type LineShape = { kind: string; schedule: ScheduleEntry[]; pnMaxPer24h: number | null; singleDose: number; indication: string; startDate: string; stopDate: string | null };

/** The rules across fields: a fixed line has times, a PN line its maximum, the stop follows the start. */
function lineRules(b: LineShape, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  const problem = indicationProblem(b.indication);
  if (problem) issue('indication', problem);
  if (b.stopDate && b.stopDate < b.startDate) issue('stopDate', 'Seponeringsdatoen kan ikke ligge før startdatoen.');
  if (b.kind === 'fixed') {
    if (b.schedule.length === 0) issue('schedule', 'En fast ordination skal have mindst ét tidspunkt med dosis.');
    const times = b.schedule.map((s) => s.time);
    if (new Set(times).size !== times.length) issue('schedule', 'Hvert tidspunkt må kun stå én gang.');
  } else {
    if (b.pnMaxPer24h === null) issue('pnMaxPer24h', 'PN-medicin skal have en maksimal dosis pr. døgn.');
    else if (b.pnMaxPer24h < b.singleDose) issue('pnMaxPer24h', 'Maksimum pr. døgn kan ikke være mindre end enkeltdosis.');
    if (b.schedule.length > 0) issue('schedule', 'PN-medicin gives efter behov og har ingen faste tidspunkter.');
  }
}

export const MedicineLineBody = z.strictObject(lineFields).superRefine(lineRules);
export type MedicineLineInput = z.infer<typeof MedicineLineBody>;

/** A change of a line: the whole line as it shall be, the version read, and why (optional). */
export const ChangeMedicineLineBody = z
  .strictObject({ ...lineFields, version: Version, reason: z.string().trim().max(500, 'Højst 500 tegn.').default('') })
  .superRefine(lineRules);
export type ChangeMedicineLineInput = z.infer<typeof ChangeMedicineLineBody>;

/** Pause, resume or stop (seponér) a line; pausing and stopping need a reason. */
export const LineStatusBody = z
  .strictObject({
    version: Version,
    action: z.enum(['pause', 'resume', 'stop'], 'Vælg pause, genoptag eller seponér.'),
    reason: z.string().trim().max(500, 'Højst 500 tegn.').default(''),
  })
  .superRefine((b, ctx) => {
    if (b.action !== 'resume' && b.reason.length < 3) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Skriv årsagen (mindst 3 tegn).' });
  });
export type LineStatusInput = z.infer<typeof LineStatusBody>;

export const TaperingStep = z.strictObject({ fromDate: CareDate, dose: z.number('Skriv en dosis.').min(0, 'Dosis kan ikke være negativ.').max(10_000, 'Dosis er for stor.') });
export type TaperingStep = z.infer<typeof TaperingStep>;

/** A tapering plan (nedtrapning) replaces the line's plan; no steps removes it. Fixed lines only. */
export const TaperingBody = z
  .strictObject({ version: Version, steps: z.array(TaperingStep).max(30, 'Højst 30 trin.') })
  .superRefine((b, ctx) => {
    const dates = b.steps.map((s) => s.fromDate);
    if (new Set(dates).size !== dates.length) ctx.addIssue({ code: 'custom', path: ['steps'], message: 'Hver dato må kun have ét trin.' });
  });
export type TaperingInput = z.infer<typeof TaperingBody>;

export const MedicineLineParams = z.strictObject({ citizenId: z.uuid('Ukendt borger.'), lineId: z.uuid('Ukendt medicinlinje.') });
export const ObservationParams = z.strictObject({ citizenId: z.uuid('Ukendt borger.'), observationId: z.uuid('Ukendt observation.') });

/** An observation of effect or a side effect (with severity), against a line. */
export const ObservationBody = z
  .strictObject({
    lineId: z.uuid('Vælg medicinen.'),
    kind: z.enum(observationKinds, 'Vælg virkning eller bivirkning.'),
    severity: z.enum(severities, 'Vælg hvor alvorlig bivirkningen er.').nullable().optional().transform((v) => v ?? null),
    text: text(3, 4000, 'Beskriv hvad du har observeret (mindst 3 tegn).'),
    observedAt: z.iso.datetime({ offset: true, error: 'Skriv tidspunktet for observationen.' }),
  })
  .superRefine((b, ctx) => {
    if (b.kind === 'side_effect' && !b.severity) ctx.addIssue({ code: 'custom', path: ['severity'], message: 'Vælg hvor alvorlig bivirkningen er.' });
    if (b.kind === 'effect' && b.severity) ctx.addIssue({ code: 'custom', path: ['severity'], message: 'Kun en bivirkning har en alvorlighed.' });
  });
export type ObservationInput = z.infer<typeof ObservationBody>;

export const DoctorContactBody = z.strictObject({
  contactedAt: z.iso.datetime({ offset: true, error: 'Skriv hvornår lægen blev kontaktet.' }),
  note: text(3, 2000, 'Skriv hvad lægen sagde eller besluttede (mindst 3 tegn).'),
});
export type DoctorContactInput = z.infer<typeof DoctorContactBody>;

export const MedicineLine = z.object({
  id: z.string(),
  kind: z.enum(lineKinds),
  tradeName: z.string(),
  genericName: z.string(),
  atcCode: z.string().nullable(),
  form: z.string(),
  strength: z.string(),
  doseUnit: z.string(),
  singleDose: z.number(),
  schedule: z.array(z.object({ time: z.string(), dose: z.number() })),
  /** Fixed lines: the sum of the schedule's doses. */
  dailyDose: z.number().nullable(),
  pnMaxPer24h: z.number().nullable(),
  indication: z.string(),
  instructions: z.string(),
  prescriber: z.string(),
  doseDispensed: z.boolean(),
  startDate: z.string(),
  stopDate: z.string().nullable(),
  status: z.enum(lineStatuses),
  statusReason: z.string(),
  /** Tapering (nedtrapning): from each date the dose at every time of the schedule. */
  tapering: z.array(z.object({ fromDate: z.string(), dose: z.number() })),
  version: z.number(),
  updatedBy: z.string(),
  /** ISO timestamp. */
  updatedAt: z.string(),
});
export type MedicineLine = z.infer<typeof MedicineLine>;

export const Observation = z.object({
  id: z.string(),
  lineId: z.string(),
  lineName: z.string(),
  kind: z.enum(observationKinds),
  severity: z.enum(severities).nullable(),
  text: z.string(),
  /** ISO timestamp. */
  observedAt: z.string(),
  createdBy: z.string(),
  doctorContact: z.object({ at: z.string(), note: z.string(), by: z.string() }).nullable(),
  /** A serious side effect the doctor has not been contacted about yet. */
  awaitingDoctor: z.boolean(),
});
export type Observation = z.infer<typeof Observation>;

export const MedicineCard = dataOf(
  z.object({
    /** Active and paused lines, fixed first. */
    lines: z.array(MedicineLine),
    /** Stopped lines (seponeret), newest first. */
    stopped: z.array(MedicineLine),
    /** Newest 100 observations, those awaiting a doctor contact first. */
    observations: z.array(Observation),
    abilities: flags('change', 'observe'),
  }),
);
export type MedicineCard = z.infer<typeof MedicineCard>;

export const LineVersion = z.object({
  version: z.number(),
  change: z.enum(versionChanges),
  reason: z.string(),
  changedBy: z.string(),
  /** ISO timestamp. */
  changedAt: z.string(),
  line: MedicineLine,
});
export type LineVersion = z.infer<typeof LineVersion>;
export const LineVersions = dataOf(z.array(LineVersion));

export const DrugCatalogue = dataOf(z.array(z.object({ genericName: z.string(), atcCode: z.string().nullable(), forms: z.array(z.string()), strengths: z.array(z.string()) })));
export type DrugCatalogue = z.infer<typeof DrugCatalogue>;

// ---- Per facility: settings and the staff's medicine permissions

export const MedicationSettingsBody = z.strictObject({
  pnWindow: z.enum(pnWindows, 'Vælg hvordan PN-maksimum tælles.'),
  pnReviewDoses: z.int('Skriv et helt antal.').min(1, 'Mindst 1.').max(1000, 'Højst 1000.'),
  pnReviewDays: z.int('Skriv et helt antal dage.').min(1, 'Mindst 1 dag.').max(90, 'Højst 90 dage.'),
  effectReminderMinutes: z.int('Skriv et helt antal minutter.').min(10, 'Mindst 10 minutter.').max(720, 'Højst 720 minutter.'),
  lateAfterMinutes: z.int('Skriv et helt antal minutter.').min(10, 'Mindst 10 minutter.').max(360, 'Højst 360 minutter.'),
});
export type MedicationSettingsInput = z.infer<typeof MedicationSettingsBody>;
export const MedicationSettings = MedicationSettingsBody.extend({ updatedBy: z.string().nullable(), updatedAt: z.string().nullable() });
export type MedicationSettings = z.infer<typeof MedicationSettings>;

export const Qualification = z.object({
  id: z.string(),
  qualification: z.enum(qualifications),
  grantedBy: z.string(),
  /** ISO timestamp. */
  grantedAt: z.string(),
  validUntil: z.string().nullable(),
});
export type Qualification = z.infer<typeof Qualification>;

export const QualifiedPerson = Ref.extend({
  /** The units (or facility) where they work, by name. */
  units: z.array(z.string()),
  qualifications: z.array(Qualification),
  /** The caller leads them and may grant or revoke. */
  canGrant: z.boolean(),
});
export type QualifiedPerson = z.infer<typeof QualifiedPerson>;

export const FacilityMedication = dataOf(
  z.object({
    settings: MedicationSettings,
    people: z.array(QualifiedPerson),
    abilities: flags('editSettings'),
  }),
);
export type FacilityMedication = z.infer<typeof FacilityMedication>;

export const GrantQualificationBody = z.strictObject({
  qualification: z.enum(qualifications, 'Vælg sygeplejerske eller medicinkursus.'),
  validUntil: CareDate.nullable().optional().transform((v) => v ?? null),
});
export type GrantQualificationInput = z.infer<typeof GrantQualificationBody>;
export const UserParams = z.strictObject({ userId: z.uuid('Ukendt bruger.') });
export const QualificationParams = z.strictObject({ userId: z.uuid('Ukendt bruger.'), qualificationId: z.uuid('Ukendt godkendelse.') });
