/**
 * The medicine round (medicinrunde) per unit and time slot, registering each dose once (given,
 * refused, not given), PN doses with their reason, maximum and later effect, and the leader's list
 * of late and missed doses. A health record: for those treating the citizen now.
 */
import { z } from 'zod';
import { CareDate, dataOf, Ref } from './common.js';
import { roundSlots } from '../domain/medication/round.js';

export { roundSlots };
export const outcomes = ['given', 'refused', 'not_given'] as const;
export type Outcome = (typeof outcomes)[number];
export const doseStates = ['upcoming', 'due', 'late', 'missed', 'registered'] as const;
export type DoseState = (typeof doseStates)[number];

const Reason = (min: string) => z.string(min).trim().min(3, min).max(500, 'Højst 500 tegn.');
const Instant = z.iso.datetime({ offset: true, message: 'Skriv et gyldigt tidspunkt.' });

export const RoundUnitParams = z.strictObject({ unitId: z.uuid('Ukendt afdeling.') });
export const RoundQuery = z.strictObject({
  /** The day (Copenhagen); today if left out. */
  date: CareDate.optional(),
  /** The time slot; the one running now if left out. */
  slot: z.enum(roundSlots, 'Vælg et tidsrum.').optional(),
});
export const AdministrationParams = z.strictObject({ administrationId: z.uuid('Ukendt registrering.') });

/** A scheduled dose of a fixed line, registered once: given, refused or not given (a reason for the last two). */
export const RegisterDoseBody = z
  .strictObject({
    /** Made by the tablet: sending the same registration again returns the first one. */
    clientId: z.uuid('Ugyldigt klient-id.'),
    lineId: z.uuid('Ukendt medicin.'),
    scheduledFor: Instant,
    outcome: z.enum(outcomes, 'Vælg givet, afvist eller ikke givet.'),
    reason: z.string('Skriv årsagen.').trim().max(500, 'Højst 500 tegn.').default(''),
  })
  .superRefine((b, ctx) => {
    if (b.outcome !== 'given' && b.reason.length < 3) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Skriv årsagen (mindst 3 tegn).' });
  });
export type RegisterDoseInput = z.infer<typeof RegisterDoseBody>;

/** A PN dose: the reason first; the dose (the line's single dose if left out), when (now if left out). */
export const GivePnBody = z.strictObject({
  clientId: z.uuid('Ugyldigt klient-id.'),
  lineId: z.uuid('Ukendt medicin.'),
  pnReason: Reason('Skriv hvorfor der gives PN (mindst 3 tegn).'),
  dose: z.number('Skriv dosis som et tal.').positive('Dosis skal være over 0.').max(1000, 'Dosis er for stor.').optional(),
  /** A dose already given, e.g. on paper while the system was down. Not in the future. */
  givenAt: Instant.optional(),
  /** Only for a dose already given past the maximum: why (it is then recorded and flagged to the leader). */
  overMaxReason: Reason('Skriv hvorfor dosen blev givet ud over maksimum (mindst 3 tegn).').optional(),
});
export type GivePnInput = z.infer<typeof GivePnBody>;

export const EffectBody = z.strictObject({ effect: z.string('Beskriv effekten.').trim().min(3, 'Beskriv effekten (mindst 3 tegn).').max(2000, 'Højst 2000 tegn.') });

export const Administration = z.object({
  id: z.string(),
  lineId: z.string(),
  lineVersion: z.number(),
  outcome: z.enum(outcomes),
  reason: z.string(),
  dose: z.number(),
  /** ISO timestamps. */
  givenAt: z.string(),
  scheduledFor: z.string().nullable(),
  pnReason: z.string().nullable(),
  /** A PN dose recorded past the maximum, and why (flagged to the leader). */
  overMaxReason: z.string().nullable(),
  effect: z.string().nullable(),
  effectAt: z.string().nullable(),
  effectBy: z.string().nullable(),
  effectDueAt: z.string().nullable(),
  /** A PN dose whose effect is not recorded yet ("Mangler effekt"). */
  missingEffect: z.boolean(),
  /** The reminder job has asked for the effect (its time has passed). */
  effectReminded: z.boolean(),
  registeredBy: z.string(),
  registeredAt: z.string(),
});
export type Administration = z.infer<typeof Administration>;
export const AdministrationResponse = dataOf(Administration);

const LineInfo = {
  lineId: z.string(),
  lineVersion: z.number(),
  genericName: z.string(),
  tradeName: z.string(),
  form: z.string(),
  strength: z.string(),
  doseUnit: z.string(),
  instructions: z.string(),
  /** Packed by the pharmacy (dosisdispenseret). */
  doseDispensed: z.boolean(),
};

export const RoundDose = z.object({
  ...LineInfo,
  /** HH:MM local, and the instant. */
  time: z.string(),
  scheduledFor: z.string(),
  /** The tapering plan's dose where one applies. */
  dose: z.number(),
  state: z.enum(doseStates),
  registration: Administration.nullable(),
});
export type RoundDose = z.infer<typeof RoundDose>;

export const PnLine = z.object({
  ...LineInfo,
  indication: z.string(),
  singleDose: z.number(),
  maxPer24h: z.number(),
  /** Given in the window now (rolling 24 hours or today), and what may still be given. */
  givenInWindow: z.number(),
  remaining: z.number(),
  window: z.object({ from: z.string(), to: z.string() }),
  /** PN doses of the line in the window, and any older still missing their effect. */
  doses: z.array(Administration),
});
export type PnLine = z.infer<typeof PnLine>;

export const RoundCitizen = z.object({
  citizen: Ref,
  doses: z.array(RoundDose),
  pnLines: z.array(PnLine),
  /** Lines paused now: shown, not due. */
  paused: z.array(z.object({ lineId: z.string(), genericName: z.string(), strength: z.string(), reason: z.string() })),
  /** PN use calls for review with the doctor: at least `pnReviewDoses` PN doses within `pnReviewDays`. */
  pnReviewDue: z.boolean(),
  pnRecentCount: z.number(),
});
export type RoundCitizen = z.infer<typeof RoundCitizen>;

export const MedicineRound = dataOf(
  z.object({
    unit: Ref,
    date: z.string(),
    slot: z.enum(roundSlots),
    /** The slot's instants. */
    from: z.string(),
    to: z.string(),
    settings: z.object({ pnWindow: z.enum(['rolling_24h', 'calendar_day']), lateAfterMinutes: z.number(), pnReviewDoses: z.number(), pnReviewDays: z.number() }),
    citizens: z.array(RoundCitizen),
  }),
);
export type MedicineRound = z.infer<typeof MedicineRound>;

/** The units whose round the actor may run (treating there, or covering), and those whose late doses they lead. */
export const RoundUnits = dataOf(z.object({ units: z.array(Ref), leads: z.array(Ref) }));
export type RoundUnits = z.infer<typeof RoundUnits>;

/** "Forsinkede og glemte doser": a leader's units, the last days. */
export const RoundFlags = dataOf(
  z.object({
    since: z.string(),
    doses: z.array(z.object({ citizen: Ref, unit: Ref, genericName: z.string(), strength: z.string(), scheduledFor: z.string(), dose: z.number(), state: z.enum(['late', 'missed']) })),
    overMax: z.array(Administration.extend({ citizen: Ref, genericName: z.string() })),
    missingEffect: z.array(Administration.extend({ citizen: Ref, genericName: z.string() })),
  }),
);
export type RoundFlags = z.infer<typeof RoundFlags>;

/** PN doses per week, per citizen of a unit or for one citizen. */
export const PnUse = dataOf(
  z.object({
    weeks: z.array(z.string()),
    rows: z.array(z.object({ citizen: Ref, counts: z.array(z.number()), reviewDue: z.boolean() })),
  }),
);
export type PnUse = z.infer<typeof PnUse>;
