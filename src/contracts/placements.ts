/** Interventions (placements and other support on the ladder): starting and ending them. */
import { z } from 'zod';
import { CareDate, dataOf, Version } from './common.js';

export const InterventionParams = z.strictObject({ interventionId: z.uuid('Ukendt indsats-id.') });

const endNotBeforeStart = (b: { startDate: string; endDate?: string | null }) => !b.endDate || b.endDate >= b.startDate;

export const StartInterventionBody = z
  .strictObject({
    /** A kind from the ladder catalogue (intervention_kinds); its step places the citizen on the ladder. */
    kindCode: z.string().min(1, 'Vælg en indsats.').max(50),
    /** Defaults to the kind's usual paragraph (e.g. §108 for a long-term residence). */
    legalBasis: z.string().trim().min(1, 'Skal udfyldes.').max(40, 'Højst 40 tegn.').optional(),
    /** A place: the citizen moves in there, on the place's unit. Without it, support outside a place. */
    placeId: z.uuid('Ukendt plads.').optional(),
    startDate: CareDate,
    /** The first day no longer covered (exclusive), as for every period of care. */
    endDate: CareDate.optional(),
  })
  .refine(endNotBeforeStart, { message: 'Slutdatoen kan ikke ligge før startdatoen.', path: ['endDate'] });
export type StartInterventionInput = z.infer<typeof StartInterventionBody>;
export type StartInterventionRequest = z.input<typeof StartInterventionBody>;

export const EndInterventionBody = z.strictObject({
  version: Version,
  /** Move-out day: the first day the citizen no longer has the place or the support. */
  endDate: CareDate,
});
export type EndInterventionInput = z.infer<typeof EndInterventionBody>;

/** Where an intervention is given: its place, the place's unit and facility (all null for support outside a place). */
export const whereFields = {
  placeId: z.string().nullable(),
  placeName: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  facilityId: z.string().nullable(),
  facilityName: z.string().nullable(),
};

/** An intervention as the citizen record lists it: its ladder step named, and whether it is active today. */
export const Intervention = z.object({
  id: z.string(),
  kindCode: z.string(),
  kindName: z.string(),
  step: z.number(),
  stepName: z.string(),
  legalBasis: z.string(),
  startDate: z.string(),
  /** The first day no longer covered (exclusive); null while open-ended. */
  endDate: z.string().nullable(),
  ...whereFields,
  version: z.number(),
  active: z.boolean(),
});
export type Intervention = z.infer<typeof Intervention>;

/** An intervention answered on its own (started or ended) names its citizen too. */
export const CitizenIntervention = Intervention.extend({ citizenId: z.string() });
export type CitizenIntervention = z.infer<typeof CitizenIntervention>;
export const InterventionResponse = dataOf(CitizenIntervention);
