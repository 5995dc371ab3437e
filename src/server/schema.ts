// Validation primitives every feature's schema.ts builds on (zod); the feature shapes live with the features.
import { z } from 'zod';
import { isIsoDate } from '../domain/dates.js';

/**
 * A date of care, YYYY-MM-DD, that exists in the calendar and lies in 1900–2199: an impossible
 * date such as 2026-02-30 is a 400 on its field, never a database error.
 */
export const CareDate = z
  .string()
  .refine((s) => isIsoDate(s) && s >= '1900-01-01' && s <= '2199-12-31', 'Ugyldig dato (ÅÅÅÅ-MM-DD).');

/** Optimistic-concurrency token: the `version` of the record the client read (a stale one answers 409). */
export const Version = z.int('Versionen skal være et heltal.').min(1, 'Ugyldig version.').max(2_147_483_647, 'Ugyldig version.');

/** Does an edit body change anything besides naming the version it read? */
export const hasChange = (body: Record<string, unknown>) => Object.keys(body).some((k) => k !== 'version' && body[k] !== undefined);

/** The refinement message for an edit that changes nothing, on `path` ('_': the body as a whole). */
export const nothingToChange = (path = '_') => ({ message: 'Der er intet at ændre.', path: [path] });
