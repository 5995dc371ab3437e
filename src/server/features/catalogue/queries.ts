import type { Queryable } from '../../db/index.js';
import { badRequest } from '../../errors.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';
import { todayInCopenhagen } from '../../../domain/dates.js';

export interface ConceptRow {
  code: string;
  display: string;
  definition: string | null;
  group_code: string;
}

export interface CatalogueRows {
  concepts: ConceptRow[];
  targetGroups: Array<{ code: string; name: string }>;
  interventionKinds: Array<{
    code: string; name: string; ladderStep: number; defaultLegalBasis: string | null; delivery: 'stay' | 'home' | 'day' | 'other';
    legalBases: string[]; stepsByExtent: Array<{ hoursFrom: number; ladderStep: number }>;
  }>;
  legalBases: Array<{ code: string; name: string; stay: boolean }>;
  municipalities: Array<{ code: string; name: string; region: string }>;
  ownMunicipalityCode: string | null;
  endReasons: Array<{ code: string; name: string }>;
  destinations: Array<{ code: string; name: string }>;
}

/**
 * Every catalogue the web app's pickers need, in one statement: the FFB groups' children (life
 * areas, goal types, functional and support-need levels, in the code system's order), target
 * groups, intervention kinds valid today with their ladder step (or steps by extent), delivery and
 * legal bases, the legal bases a service can be granted on today, Denmark's municipalities (and the
 * tenant's own), and why services end and where citizens go. Reference data, but for the tenant's code.
 */
const validToday = (alias: string) => `${alias}.valid_from <= $2::date AND (${alias}.valid_to IS NULL OR $2::date < ${alias}.valid_to)`;

export async function loadCatalogue(tx: Queryable, municipalityId: string, today = todayInCopenhagen()): Promise<CatalogueRows> {
  const groups = [FFB_GROUPS.activityAndParticipation, FFB_GROUPS.goalType, FFB_GROUPS.functionalLevel, FFB_GROUPS.supportNeedLevel];
  const [row] = await tx.query<CatalogueRows>(
    `SELECT
       coalesce((SELECT json_agg(json_build_object('code', f.code, 'display', f.display, 'definition', f.definition,
                   'group_code', f.parent_code) ORDER BY f.sort_order, f.display)
                   FROM ffb_concepts f WHERE f.parent_code = ANY($1::text[])), '[]') AS "concepts",
       coalesce((SELECT json_agg(json_build_object('code', t.code, 'name', t.name) ORDER BY t.sort_order) FROM target_groups t), '[]') AS "targetGroups",
       coalesce((SELECT json_agg(json_build_object('code', k.code, 'name', k.name, 'ladderStep', k.ladder_step,
                   'defaultLegalBasis', k.default_legal_basis, 'delivery', k.delivery,
                   'legalBases', ARRAY(SELECT b.legal_basis FROM intervention_kind_legal_bases b JOIN legal_bases l ON l.code = b.legal_basis
                                        WHERE b.kind_code = k.code ORDER BY l.sort_order),
                   'stepsByExtent', coalesce((SELECT json_agg(json_build_object('hoursFrom', s.hours_from, 'ladderStep', s.ladder_step) ORDER BY s.hours_from)
                                               FROM intervention_kind_steps s WHERE s.kind_code = k.code), '[]'))
                   ORDER BY k.ladder_step, k.name)
                   FROM intervention_kinds k WHERE ${validToday('k')}), '[]') AS "interventionKinds",
       coalesce((SELECT json_agg(json_build_object('code', l.code, 'name', l.name, 'stay', l.stay) ORDER BY l.sort_order)
                   FROM legal_bases l WHERE l.service_basis AND ${validToday('l')}), '[]') AS "legalBases",
       coalesce((SELECT json_agg(json_build_object('code', d.code, 'name', d.name, 'region', d.region) ORDER BY d.name)
                   FROM danish_municipalities d), '[]') AS "municipalities",
       (SELECT m.code FROM municipalities m WHERE m.id = $3) AS "ownMunicipalityCode",
       coalesce((SELECT json_agg(json_build_object('code', r.code, 'name', r.name) ORDER BY r.sort_order) FROM intervention_end_reasons r), '[]') AS "endReasons",
       coalesce((SELECT json_agg(json_build_object('code', d.code, 'name', d.name) ORDER BY d.sort_order) FROM intervention_destinations d), '[]') AS "destinations"`,
    [groups, today, municipalityId],
  );
  return row;
}

/** 400 on `targetGroupCodes`, naming the codes that are not in the target-group catalogue. */
export async function assertTargetGroups(tx: Queryable, codes: string[]): Promise<void> {
  const unknown = await tx.query<{ code: string }>(
    'SELECT c.code FROM unnest($1::text[]) AS c(code) WHERE NOT EXISTS (SELECT 1 FROM target_groups t WHERE t.code = c.code)',
    [codes],
  );
  if (unknown.length) throw badRequest('Ukendt målgruppe.', { targetGroupCodes: `Ukendt målgruppe: ${unknown.map((r) => r.code).join(', ')}.` });
}
