/** Interventions (services, *indsatser*: placements and other support on the ladder): starting and ending them. */
import { z } from 'zod';
import { CareDate, dataOf, Version } from './common.js';

export const InterventionParams = z.strictObject({ interventionId: z.uuid('Ukendt indsats-id.') });

const endNotBeforeStart = (b: { startDate: string; endDate?: string | null }) => !b.endDate || b.endDate >= b.startDate;
const reassessNotBeforeStart = (b: { startDate: string; reassessmentDate?: string | null }) =>
  !b.reassessmentDate || b.reassessmentDate >= b.startDate;

/** A municipality by its three-digit code (one of the 98 in the catalogue). */
export const MunicipalityCode = z.string().regex(/^[0-9]{3}$/, 'Vælg en kommune.');

/** How a rate is counted. */
export const rateUnits = ['day', 'month'] as const;

/** What a grant says beyond kind and period: extent, re-assessment, support need, municipalities, rate. */
export const grantFields = {
  /** The granted extent in hours a week; required for kinds whose ladder step depends on it. */
  hoursPerWeek: z.number('Angiv timer som et tal.').positive('Skal være mere end 0 timer.').max(168, 'Højst 168 timer om ugen.').optional(),
  /** When the service is to be re-assessed (revisitation). */
  reassessmentDate: CareDate.optional(),
  /** The support-need level (FFB støttebehovsniveau). */
  supportNeedCode: z.string().min(1).max(60).optional(),
  /** Handlekommune; the tenant's own when left out. */
  actingMunicipalityCode: MunicipalityCode.optional(),
  /** Betalingskommune; the tenant's own when left out. */
  payingMunicipalityCode: MunicipalityCode.optional(),
  /** The rate in DKK, with its unit. */
  rate: z
    .strictObject({
      amountDkk: z.number('Angiv takst som et tal.').min(0, 'Taksten kan ikke være negativ.').max(99_999_999, 'Taksten er for stor.'),
      unit: z.enum(rateUnits, 'Vælg pr. døgn eller pr. måned.'),
    })
    .optional(),
};

export const StartInterventionBody = z
  .strictObject({
    /** A kind from the catalogue (intervention_kinds), valid on the start date; it and the extent give the ladder step. */
    kindCode: z.string().min(1, 'Vælg en indsats.').max(50),
    /** Defaults to the kind's usual paragraph (e.g. §108 for a long-term residence); must be one the kind (and the place) accepts. */
    legalBasis: z.string().trim().min(1, 'Skal udfyldes.').max(40, 'Højst 40 tegn.').optional(),
    /** A place: the citizen moves in there, on the place's unit (a stay). Without it, support outside a place. */
    placeId: z.uuid('Ukendt plads.').optional(),
    /** The unit or team delivering a service without a place (home support, a day service). */
    unitId: z.uuid('Ukendt enhed.').optional(),
    startDate: CareDate,
    /** The first day no longer covered (exclusive), as for every period of care: the granted period's end. */
    endDate: CareDate.optional(),
    ...grantFields,
  })
  .refine(endNotBeforeStart, { message: 'Slutdatoen kan ikke ligge før startdatoen.', path: ['endDate'] })
  .refine(reassessNotBeforeStart, { message: 'Revurderingen kan ikke ligge før startdatoen.', path: ['reassessmentDate'] });
export type StartInterventionInput = z.infer<typeof StartInterventionBody>;
export type StartInterventionRequest = z.input<typeof StartInterventionBody>;

export const EndInterventionBody = z.strictObject({
  version: Version,
  /** Move-out day: the first day the citizen no longer has the place or the support. */
  endDate: CareDate,
  /** Why it ended (the catalogue's end reasons). */
  endReasonCode: z.string('Angiv hvorfor indsatsen slutter.').min(1, 'Angiv hvorfor indsatsen slutter.').max(50),
  /** Where the citizen went (the catalogue's destinations); required when a stay ends. */
  destinationCode: z.string().min(1, 'Angiv hvor borgeren flytter hen.').max(50).optional(),
});
export type EndInterventionInput = z.infer<typeof EndInterventionBody>;
export type EndInterventionRequest = z.input<typeof EndInterventionBody>;

/** Where an intervention is given: its place, the unit or team and its facility (place null for support outside a place). */
export const whereFields = {
  placeId: z.string().nullable(),
  placeName: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  facilityId: z.string().nullable(),
  facilityName: z.string().nullable(),
};

const CodeName = z.object({ code: z.string(), name: z.string() });

/** An intervention as the citizen record lists it: its ladder step named, the grant, and whether it is active today. */
export const Intervention = z.object({
  id: z.string(),
  kindCode: z.string(),
  kindName: z.string(),
  /** How the kind is delivered: a stay, support in one's own home, a day service, other. */
  delivery: z.enum(['stay', 'home', 'day', 'other']),
  /** The step the kind (and the granted extent) gave. */
  step: z.number(),
  stepName: z.string(),
  legalBasis: z.string(),
  startDate: z.string(),
  /** The first day no longer covered (exclusive); null while open-ended. */
  endDate: z.string().nullable(),
  ...whereFields,
  hoursPerWeek: z.number().nullable(),
  reassessmentDate: z.string().nullable(),
  supportNeed: CodeName.nullable(),
  actingMunicipality: CodeName.nullable(),
  payingMunicipality: CodeName.nullable(),
  rate: z.object({ amountDkk: z.number(), unit: z.enum(rateUnits) }).nullable(),
  endReason: CodeName.nullable(),
  destination: CodeName.nullable(),
  version: z.number(),
  active: z.boolean(),
});
export type Intervention = z.infer<typeof Intervention>;

/** An intervention answered on its own (started or ended) names its citizen too. */
export const CitizenIntervention = Intervention.extend({ citizenId: z.string() });
export type CitizenIntervention = z.infer<typeof CitizenIntervention>;
export const InterventionResponse = dataOf(CitizenIntervention);
