/** Cover (vagtdækning): staff covering another unit of their facility for a shift. */
import { z } from 'zod';
import { dataOf, flags, Ref } from './common.js';

/**
 * A cover lasts a shift: whole hours, at most 16 anywhere (the longest shifts; the database holds the
 * same limit). Each municipality sets its own maximum up to that (cover_settings; 12 unless set),
 * which the server checks.
 */
export const MAX_COVER_HOURS = 16;
export const DEFAULT_MAX_COVER_HOURS = 12;

export const StartCoverBody = z.strictObject({
  unitId: z.uuid('Vælg den enhed du dækker.'),
  hours: z.int('Vælg hvor mange timer.').min(1, 'Mindst 1 time.').max(MAX_COVER_HOURS, `Højst ${MAX_COVER_HOURS} timer.`),
  reason: z.string().trim().min(3, 'Skriv hvorfor du dækker (mindst 3 tegn).').max(500, 'Højst 500 tegn.'),
});
export type StartCoverInput = z.infer<typeof StartCoverBody>;

export const CoverParams = z.strictObject({ coverId: z.uuid('Ukendt dækning.') });

export const Cover = z.object({
  id: z.string(),
  user: Ref,
  unit: Ref.extend({ facilityName: z.string() }),
  reason: z.string(),
  /** ISO timestamps. */
  startsAt: z.string(),
  endsAt: z.string(),
  endedAt: z.string().nullable(),
  /** Who ended it early, by name. */
  endedBy: z.string().nullable(),
  active: z.boolean(),
  abilities: flags('end'),
});
export type Cover = z.infer<typeof Cover>;
export const CoverResponse = dataOf(Cover);
export const CoverList = dataOf(z.array(Cover));

/** A unit the actor may start covering. */
export const CoverableUnit = Ref.extend({ facilityName: z.string() });
export type CoverableUnit = z.infer<typeof CoverableUnit>;
export const CoverableUnitList = dataOf(z.array(CoverableUnit));

/** A cover of another unit that is running now (the session's `covers`). */
export const ActiveCover = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  /** ISO timestamp. */
  endsAt: z.string(),
});
export type ActiveCover = z.infer<typeof ActiveCover>;

/** GET /unit-covers/settings: the municipality's cover rules (cover_settings). */
export const CoverSettings = z.object({
  /** The longest cover one may start, in hours (at most 16). */
  maxHours: z.number(),
  /** How far back a cover reads the journal, in hours (24–72). */
  journalHours: z.number(),
});
export type CoverSettings = z.infer<typeof CoverSettings>;
export const CoverSettingsResponse = dataOf(CoverSettings);
