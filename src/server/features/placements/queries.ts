import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { AppError, badRequest } from '../../errors.js';
import { formatDanishDate } from '../../../domain/dates.js';
import type { Intervention } from '../../../contracts/placements.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';

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

export type Delivery = 'stay' | 'home' | 'day' | 'other';

export interface InterventionKind {
  code: string;
  name: string;
  step: number;
  defaultLegalBasis: string | null;
  delivery: Delivery;
  validFrom: string;
  validTo: string | null;
  /** The legal bases the kind may be granted on. */
  legalBases: string[];
  /** The kind's step depends on the granted hours a week. */
  stepsByExtent: boolean;
}

/** A kind from the catalogue, or 400 on `field`. Whether it is valid on the start date is checked by startIntervention. */
export async function requireKind(tx: Queryable, code: string, field: string): Promise<InterventionKind> {
  const [kind] = await tx.query<InterventionKind>(
    `SELECT k.code, k.name, k.ladder_step AS step, k.default_legal_basis AS "defaultLegalBasis", k.delivery,
            k.valid_from::text AS "validFrom", k.valid_to::text AS "validTo",
            ARRAY(SELECT b.legal_basis FROM intervention_kind_legal_bases b WHERE b.kind_code = k.code ORDER BY b.legal_basis) AS "legalBases",
            EXISTS (SELECT 1 FROM intervention_kind_steps s WHERE s.kind_code = k.code) AS "stepsByExtent"
       FROM intervention_kinds k WHERE k.code = $1`,
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
  grant: Grant;
}

/** What a grant says beyond kind, basis, place and period (the contract's grantFields). */
export interface Grant {
  hoursPerWeek?: number;
  reassessmentDate?: string;
  supportNeedCode?: string;
  actingMunicipalityCode?: string;
  payingMunicipalityCode?: string;
  rate?: { amountDkk: number; unit: 'day' | 'month' };
}

/**
 * Inserts an intervention (a placement when it has a place); 409 when the place is taken in the period.
 * The database derives the ladder step and fills in the tenant's own municipality (migration 016).
 */
export async function insertIntervention(tx: Queryable, ctx: RequestCtx, i: NewIntervention): Promise<string> {
  const g = i.grant;
  const [row] = await onPlaceOverlap(
    tx.query<{ id: string }>(
      `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, place_id, unit_id, start_date, end_date,
                                  hours_per_week, reassessment_date, support_need_code, acting_municipality_code,
                                  paying_municipality_code, rate_dkk, rate_unit)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [ctx.actor.municipalityId, i.citizenId, i.kindCode, i.legalBasis, i.placeId, i.unitId, i.startDate, i.endDate,
        g.hoursPerWeek ?? null, g.reassessmentDate ?? null, g.supportNeedCode ?? null, g.actingMunicipalityCode ?? null,
        g.payingMunicipalityCode ?? null, g.rate?.amountDkk ?? null, g.rate?.unit ?? null],
    ),
  );
  return row.id;
}

export interface InterventionEnd {
  endDate: string;
  endReasonCode: string;
  destinationCode: string | null;
}

/** Sets the end, its reason and destination if `version` is still current; false when someone else changed it first. */
export async function setInterventionEnd(tx: Queryable, id: string, version: number, end: InterventionEnd): Promise<boolean> {
  const rows = await onPlaceOverlap(
    tx.query(
      `UPDATE interventions SET end_date = $3, end_reason_code = $4, end_destination_code = $5, version = version + 1
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, end.endDate, end.endReasonCode, end.destinationCode],
    ),
  );
  return rows.length === 1;
}

/** Is `code` in the catalogue table (end reasons, destinations)? */
export async function isCatalogueCode(tx: Queryable, table: 'intervention_end_reasons' | 'intervention_destinations', code: string): Promise<boolean> {
  return (await tx.query(`SELECT 1 FROM ${table} WHERE code = $1`, [code])).length === 1;
}

const codeName = (alias: string, name = `${alias}.name`) =>
  `CASE WHEN ${alias}.code IS NULL THEN NULL ELSE json_build_object('code', ${alias}.code, 'name', ${name}) END`;
/** A municipality by its code, named as the tenant calls itself when it is the tenant's own. */
const municipality = (alias: string) => codeName(alias, `CASE WHEN ${alias}.code = own.code THEN own.name ELSE ${alias}.name END`);

/**
 * An intervention (alias `i`) as the API shows it, one JSON object: the citizen record's
 * `interventions` item (features/citizens) and the start and end routes' answer share it.
 */
export const interventionJsonSql = `json_build_object(
    'id', i.id, 'kindCode', i.kind_code, 'kindName', k.name, 'delivery', k.delivery, 'step', i.ladder_step,
    'legalBasis', i.legal_basis, 'startDate', i.start_date, 'endDate', i.end_date,
    'placeId', p.id, 'placeName', p.name, 'unitId', unit.id, 'unitName', unit.name,
    'facilityId', facility.id, 'facilityName', facility.name,
    'hoursPerWeek', i.hours_per_week, 'reassessmentDate', i.reassessment_date,
    'supportNeed', ${codeName('need', 'need.display')},
    'actingMunicipality', ${municipality('acting')}, 'payingMunicipality', ${municipality('paying')},
    'rate', CASE WHEN i.rate_dkk IS NULL THEN NULL ELSE json_build_object('amountDkk', i.rate_dkk, 'unit', i.rate_unit) END,
    'endReason', ${codeName('reason')}, 'destination', ${codeName('dest')},
    'version', i.version)`;

/** The joins interventionJsonSql reads, after `FROM interventions i`. */
export const interventionJoinsSql = `JOIN intervention_kinds k ON k.code = i.kind_code
  JOIN municipalities own ON own.id = i.municipality_id
  LEFT JOIN places p ON p.id = i.place_id
  LEFT JOIN org_units unit ON unit.id = i.unit_id
  LEFT JOIN org_units facility ON facility.id = unit.parent_id
  LEFT JOIN ffb_concepts need ON need.code = i.support_need_code
  LEFT JOIN danish_municipalities acting ON acting.code = i.acting_municipality_code
  LEFT JOIN danish_municipalities paying ON paying.code = i.paying_municipality_code
  LEFT JOIN intervention_end_reasons reason ON reason.code = i.end_reason_code
  LEFT JOIN intervention_destinations dest ON dest.code = i.end_destination_code`;

/**
 * Where a citizen lived, as `LEFT JOIN LATERAL (…) <alias> ON true` with unit_id, unit_name and
 * facility_name: the unit of their intervention in force on some day from `from` to `to` (SQL
 * expressions; one day when `to` is left out), the latest started. `placedFirst`: a stay in a place
 * before support at home; `filter`: further conditions on the intervention `i` (starting with AND).
 */
export function livedAtJoinSql(opts: { alias: string; municipality: string; citizen: string; from: string; to?: string; filter?: string; placedFirst?: boolean }): string {
  const { alias, municipality, citizen, from, to = from, filter = '', placedFirst = false } = opts;
  return `LEFT JOIN LATERAL (
         SELECT unit.id AS unit_id, unit.name AS unit_name, facility.name AS facility_name
           FROM interventions i
           JOIN org_units unit ON unit.id = i.unit_id
           LEFT JOIN org_units facility ON facility.id = unit.parent_id
          WHERE i.municipality_id = ${municipality} AND i.citizen_id = ${citizen}
            AND i.start_date <= ${to} AND (i.end_date IS NULL OR i.end_date > ${from}) ${filter}
          ORDER BY ${placedFirst ? '(i.place_id IS NOT NULL) DESC, ' : ''}i.start_date DESC
          LIMIT 1) ${alias} ON true`;
}

/** An intervention as the citizen page shows it (the record's `interventions` item, before presenting), plus its citizen. */
export type InterventionRow = Omit<Intervention, 'stepName' | 'active'> & { citizenId: string };

export async function getIntervention(tx: Queryable, id: string): Promise<InterventionRow | undefined> {
  const [row] = await tx.query<{ i: Omit<InterventionRow, 'citizenId'>; citizenId: string }>(
    `SELECT ${interventionJsonSql} AS i, i.citizen_id AS "citizenId" FROM interventions i ${interventionJoinsSql} WHERE i.id = $1`,
    [id],
  );
  return row && { ...row.i, citizenId: row.citizenId };
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

const validOn = (row: { validFrom: string; validTo: string | null }, day: string) => row.validFrom <= day && (row.validTo === null || day < row.validTo);

interface LegalBasisRow {
  code: string;
  validFrom: string;
  validTo: string | null;
  stay: boolean;
  serviceBasis: boolean;
}

/**
 * Field errors for a service's kind, legal basis, place or delivering unit and grant, as of its
 * start date (all of them at once, so the form can show every one): kind and basis valid then, the
 * basis one the kind allows; a place only for a stay kind and with the place's own basis; a unit
 * or team for kinds delivered by one; hours for kinds whose step depends on them; codes from the catalogues.
 */
async function serviceErrors(
  tx: Queryable,
  input: { kind: InterventionKind; legalBasis: string; place: PlaceRow | null; unitId?: string; startDate: string; grant: Grant },
  prefix: string,
): Promise<Record<string, string>> {
  const { kind, legalBasis, place, startDate, grant } = input;
  const errors: Record<string, string> = {};
  const on = formatDanishDate(startDate);
  if (!validOn(kind, startDate)) errors[`${prefix}kindCode`] = `Indsatstypen ${kind.name} kan ikke bevilges pr. ${on}.`;
  const [basis] = await tx.query<LegalBasisRow>(
    `SELECT code, valid_from::text AS "validFrom", valid_to::text AS "validTo", stay, service_basis AS "serviceBasis" FROM legal_bases WHERE code = $1`,
    [legalBasis],
  );
  const basisField = `${prefix}legalBasis`;
  if (!basis || !basis.serviceBasis) {
    errors[basisField] = basis ? `${legalBasis} er ikke et lovgrundlag for en indsats (fx §108).` : 'Ukendt lovgrundlag (fx §108).';
  } else if (!validOn(basis, startDate)) {
    errors[basisField] = `${legalBasis} gælder ikke pr. ${on}.`;
  } else if (!kind.legalBases.includes(legalBasis)) {
    errors[basisField] = `${kind.name} bevilges efter ${kind.legalBases.join(' eller ')}, ikke ${legalBasis}.`;
  } else if (place && place.legalBasis !== legalBasis) {
    errors[basisField] = `Pladsen er en ${place.legalBasis}-plads og kan ikke bruges til en indsats efter ${legalBasis}.`;
  }
  if (place && kind.delivery !== 'stay') {
    errors[`${prefix}kindCode`] ??= `${kind.name} er ikke et ophold og kan ikke have en plads.`;
  }
  const unitField = `${prefix}unitId`;
  if (place && input.unitId && input.unitId !== place.unitId) errors[unitField] = 'Et ophold leveres af pladsens afdeling.';
  if (!place && (input.unitId || kind.delivery !== 'other')) {
    if (!input.unitId) errors[unitField] = 'Vælg den afdeling eller det team, der leverer indsatsen.';
    else {
      const [unit] = await tx.query<{ kind: string; active: boolean }>('SELECT kind, active FROM org_units WHERE id = $1', [input.unitId]);
      if (!unit || unit.kind !== 'unit') errors[unitField] = 'Vælg en afdeling eller et team.';
      else if (!unit.active) errors[unitField] = 'Afdelingen er lukket.';
    }
  }
  if (kind.stepsByExtent && grant.hoursPerWeek === undefined) {
    errors[`${prefix}hoursPerWeek`] = `Angiv det bevilgede antal timer om ugen: det afgør trinnet for ${kind.name}.`;
  }
  const [codes] = await tx.query<{ need: boolean; acting: boolean; paying: boolean }>(
    `SELECT $1::text IS NULL OR EXISTS (SELECT 1 FROM ffb_concepts WHERE code = $1 AND parent_code = $4) AS need,
            $2::text IS NULL OR EXISTS (SELECT 1 FROM danish_municipalities WHERE code = $2) AS acting,
            $3::text IS NULL OR EXISTS (SELECT 1 FROM danish_municipalities WHERE code = $3) AS paying`,
    [grant.supportNeedCode ?? null, grant.actingMunicipalityCode ?? null, grant.payingMunicipalityCode ?? null, FFB_GROUPS.supportNeedLevel],
  );
  if (!codes.need) errors[`${prefix}supportNeedCode`] = 'Vælg et støttebehovsniveau fra FFB.';
  if (!codes.acting) errors[`${prefix}actingMunicipalityCode`] = 'Ukendt kommunekode.';
  if (!codes.paying) errors[`${prefix}payingMunicipalityCode`] = 'Ukendt kommunekode.';
  return errors;
}

/**
 * Starts an intervention for a citizen, already authorised: the legal basis defaults to the place's
 * when the kind allows it, else the kind's; with a place, the place's unit becomes the
 * intervention's unit; without, the delivering unit or team named. Checked as serviceErrors says.
 * @throws 400 with field errors (prefixed by `fieldPrefix`), nothing written; 409 when the place is taken.
 */
export async function startIntervention(
  tx: Queryable,
  ctx: RequestCtx,
  input: { citizenId: string; kind: InterventionKind; legalBasis?: string; place: PlaceRow | null; unitId?: string; startDate: string; endDate?: string } & Grant,
  fieldPrefix = '',
): Promise<string> {
  const { kind, place } = input;
  const field = `${fieldPrefix}legalBasis`;
  const legalBasis = input.legalBasis ?? (place && kind.legalBases.includes(place.legalBasis) ? place.legalBasis : kind.defaultLegalBasis ?? place?.legalBasis);
  if (!legalBasis) throw badRequest('Angiv lovgrundlaget.', { [field]: 'Angiv lovgrundlaget.' });
  if (place && input.startDate < place.activeFrom) {
    const reason = `Pladsen er i brug fra ${formatDanishDate(place.activeFrom)}. Vælg en senere dato, eller bed en administrator rette pladsens Aktiv fra.`;
    throw badRequest('Pladsen var ikke i brug på startdatoen.', { [`${fieldPrefix}startDate`]: reason });
  }
  const grant: Grant = {
    hoursPerWeek: input.hoursPerWeek, reassessmentDate: input.reassessmentDate, supportNeedCode: input.supportNeedCode,
    actingMunicipalityCode: input.actingMunicipalityCode, payingMunicipalityCode: input.payingMunicipalityCode, rate: input.rate,
  };
  const errors = await serviceErrors(tx, { kind, legalBasis, place, unitId: input.unitId, startDate: input.startDate, grant }, fieldPrefix);
  const fields = Object.keys(errors);
  if (fields.length) throw badRequest(fields.length === 1 ? errors[fields[0]] : 'Indsatsen kan ikke startes. Se felterne.', errors);
  return insertIntervention(tx, ctx, {
    citizenId: input.citizenId,
    kindCode: kind.code,
    legalBasis,
    placeId: place?.id ?? null,
    unitId: place?.unitId ?? input.unitId ?? null,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    grant,
  });
}
