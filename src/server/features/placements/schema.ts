import { z } from 'zod';
import { CareDate, Version } from '../../../contracts/common.js';

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

export const EndInterventionBody = z.strictObject({
  version: Version,
  /** Move-out day: the first day the citizen no longer has the place or the support. */
  endDate: CareDate,
});
