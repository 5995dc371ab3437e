import { z } from 'zod';

/** A cover lasts a shift: whole hours, at most 12 (the database holds the same limit). */
export const MAX_COVER_HOURS = 12;

export const StartCoverBody = z.strictObject({
  unitId: z.uuid('Vælg den enhed du dækker.'),
  hours: z.int('Vælg hvor mange timer.').min(1, 'Mindst 1 time.').max(MAX_COVER_HOURS, `Højst ${MAX_COVER_HOURS} timer.`),
  reason: z.string().trim().min(3, 'Skriv hvorfor du dækker (mindst 3 tegn).').max(500, 'Højst 500 tegn.'),
});
export type StartCoverInput = z.infer<typeof StartCoverBody>;

export const CoverParams = z.strictObject({ coverId: z.uuid('Ukendt dækning.') });
