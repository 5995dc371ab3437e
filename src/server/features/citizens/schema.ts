import { z } from 'zod';
import { parseCpr } from '../../../domain/cpr.js';

export const CitizenParams = z.strictObject({ citizenId: z.uuid('Ukendt borger-id.') });

export const CitizenListQuery = z.strictObject({
  /** Name, or birth date as DD-MM-ÅÅÅÅ, DDMMÅÅ or ÅÅÅÅ-MM-DD. */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

/** A CPR number, validated (the date must exist; no modulus-11 check) and normalised to 10 digits. */
export const Cpr = z.string().transform((s, ctx) => {
  const r = parseCpr(s);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.reason });
    return z.NEVER;
  }
  return r.cpr;
});

export const CprSearchBody = z.strictObject({ cpr: Cpr });
