import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { AppError, badRequest } from '../../errors.js';
import { formatDanishDate } from '../../../domain/dates.js';

/** A place with what a move-in needs: its unit, whether it is in use, and where it sits in the org tree (for the policy). */
export interface PlaceRow {
  id: string;
  municipalityId: string;
  unitId: string;
  active: boolean;
  /** The first day the place exists: no one moves in before it. */
  activeFrom: string;
  legalBasis: string;
  /** Org path of the place's unit: registering a citizen there is decided on it. */
  path: string;
}

/** The place, if it exists in the actor's municipality (row-level security hides the others). */
export async function loadPlace(tx: Queryable, placeId: string): Promise<PlaceRow | undefined> {
  const [row] = await tx.query<PlaceRow>(
    `SELECT p.id, p.municipality_id AS "municipalityId", p.unit_id AS "unitId", p.active AND u.active AS active,
            p.active_from AS "activeFrom", p.legal_basis AS "legalBasis", u.path
       FROM places p JOIN org_units u ON u.id = p.unit_id
      WHERE p.id = $1`,
    [placeId],
  );
  return row;
}

export interface InterventionKind {
  code: string;
  name: string;
  step: number;
  defaultLegalBasis: string | null;
}

/** A kind from the ladder catalogue, or 400 on `field`. */
export async function requireKind(tx: Queryable, code: string, field: string): Promise<InterventionKind> {
  const [kind] = await tx.query<InterventionKind>(
    `SELECT code, name, ladder_step AS step, default_legal_basis AS "defaultLegalBasis" FROM intervention_kinds WHERE code = $1`,
    [code],
  );
  if (!kind) throw badRequest('Ukendt indsatstype.', { [field]: 'Ukendt indsatstype.' });
  return kind;
}

/** 409 with the message staff understand, for the exclusion constraint on a place's periods. */
export const placeOccupied = () => new AppError(409, 'overlap', 'Pladsen er optaget i perioden.');

/**
 * Runs a write that may hit the one-citizen-per-place constraint (SQLSTATE 23P01) or leave a
 * placement outside its place's validity (migration 009's trigger), and names it.
 */
async function onPlaceOverlap<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    const { code, constraint } = err as { code?: string; constraint?: string };
    if (code === '23P01') throw placeOccupied();
    if (code === '23514' && constraint === 'placement_within_place_validity') {
      throw badRequest('Opholdet ligger uden for den periode, pladsen er i brug. En deaktiveret plads kan ikke have ophold efter deaktiveringen.');
    }
    throw err;
  }
}

export interface NewIntervention {
  citizenId: string;
  kindCode: string;
  legalBasis: string;
  placeId: string | null;
  unitId: string | null;
  startDate: string;
  endDate: string | null;
}

/** Inserts an intervention (a placement when it has a place); 409 when the place is taken in the period. */
export async function insertIntervention(tx: Queryable, ctx: RequestCtx, i: NewIntervention): Promise<string> {
  const [row] = await onPlaceOverlap(
    tx.query<{ id: string }>(
      `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, place_id, unit_id, start_date, end_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [ctx.actor.municipalityId, i.citizenId, i.kindCode, i.legalBasis, i.placeId, i.unitId, i.startDate, i.endDate],
    ),
  );
  return row.id;
}

/** Sets the end date if `version` is still current; false when someone else changed it first. */
export async function setInterventionEnd(tx: Queryable, id: string, version: number, endDate: string): Promise<boolean> {
  const rows = await onPlaceOverlap(
    tx.query(`UPDATE interventions SET end_date = $3, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id`, [
      id,
      version,
      endDate,
    ]),
  );
  return rows.length === 1;
}

/** An intervention as the citizen page shows it (same shape as the record's `interventions`), plus its place's facility path. */
export interface InterventionRow {
  id: string;
  citizenId: string;
  kindCode: string;
  kindName: string;
  step: number;
  legalBasis: string;
  startDate: string;
  endDate: string | null;
  placeId: string | null;
  placeName: string | null;
  unitId: string | null;
  unitName: string | null;
  facilityId: string | null;
  facilityName: string | null;
  version: number;
}

export async function getIntervention(tx: Queryable, id: string): Promise<InterventionRow | undefined> {
  const [row] = await tx.query<InterventionRow>(
    `SELECT i.id, i.citizen_id AS "citizenId", i.kind_code AS "kindCode", k.name AS "kindName", k.ladder_step AS step,
            i.legal_basis AS "legalBasis", i.start_date AS "startDate", i.end_date AS "endDate",
            p.id AS "placeId", p.name AS "placeName", unit.id AS "unitId", unit.name AS "unitName",
            facility.id AS "facilityId", facility.name AS "facilityName", i.version
       FROM interventions i JOIN intervention_kinds k ON k.code = i.kind_code
       LEFT JOIN places p ON p.id = i.place_id
       LEFT JOIN org_units unit ON unit.id = i.unit_id
       LEFT JOIN org_units facility ON facility.id = unit.parent_id
      WHERE i.id = $1`,
    [id],
  );
  return row;
}

/**
 * Is the citizen in anyone's care now or later (an intervention on a unit that has not ended)?
 * A citizen who is not may be moved in by any leader allowed to register on the place.
 */
export async function hasCurrentOrFutureCare(tx: Queryable, citizenId: string, today: string): Promise<boolean> {
  const [row] = await tx.query<{ placed: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM interventions
                     WHERE citizen_id = $1 AND unit_id IS NOT NULL AND (end_date IS NULL OR end_date > $2::date)) AS placed`,
    [citizenId, today],
  );
  return row.placed;
}

/**
 * Starts an intervention for a citizen, already authorised: the legal basis defaults to the
 * kind's, then the place's; with a place, the place's unit becomes the intervention's unit.
 * A basis the client names must be in the legal-bases catalogue.
 * @throws 400 on `fieldPrefix`legalBasis when unknown or none can be found; 409 when the place is taken.
 */
export async function startIntervention(
  tx: Queryable,
  ctx: RequestCtx,
  input: { citizenId: string; kind: InterventionKind; legalBasis?: string; place: PlaceRow | null; startDate: string; endDate?: string },
  fieldPrefix = '',
): Promise<string> {
  const field = `${fieldPrefix}legalBasis`;
  const legalBasis = input.legalBasis ?? input.kind.defaultLegalBasis ?? input.place?.legalBasis;
  if (!legalBasis) throw badRequest('Angiv lovgrundlaget.', { [field]: 'Angiv lovgrundlaget.' });
  if (input.place && input.startDate < input.place.activeFrom) {
    const reason = `Pladsen er i brug fra ${formatDanishDate(input.place.activeFrom)}. Vælg en senere dato, eller bed en administrator rette pladsens Aktiv fra.`;
    throw badRequest('Pladsen var ikke i brug på startdatoen.', { [`${fieldPrefix}startDate`]: reason });
  }
  if (input.legalBasis) {
    const [known] = await tx.query('SELECT 1 FROM legal_bases WHERE code = $1', [input.legalBasis]);
    if (!known) throw badRequest('Ukendt lovgrundlag.', { [field]: 'Ukendt lovgrundlag (fx §108).' });
  }
  return insertIntervention(tx, ctx, {
    citizenId: input.citizenId,
    kindCode: input.kind.code,
    legalBasis,
    placeId: input.place?.id ?? null,
    unitId: input.place?.unitId ?? null,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
  });
}
