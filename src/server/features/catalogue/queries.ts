import type { Queryable } from '../../db/index.js';
import { badRequest } from '../../errors.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';

export interface ConceptRow {
  code: string;
  display: string;
  definition: string | null;
  group_code: string;
}

export interface CatalogueRows {
  concepts: ConceptRow[];
  targetGroups: Array<{ code: string; name: string }>;
  interventionKinds: Array<{ code: string; name: string; ladderStep: number; defaultLegalBasis: string | null }>;
  legalBases: Array<{ code: string; name: string }>;
}

/**
 * Every catalogue the web app's pickers need, in one statement: the FFB groups' children (life
 * areas, goal types, functional and support-need levels, in the code system's order), target
 * groups, intervention kinds with their ladder step, and legal bases. Reference data: no tenant.
 */
export async function loadCatalogue(tx: Queryable): Promise<CatalogueRows> {
  const groups = [FFB_GROUPS.activityAndParticipation, FFB_GROUPS.goalType, FFB_GROUPS.functionalLevel, FFB_GROUPS.supportNeedLevel];
  const [row] = await tx.query<CatalogueRows>(
    `SELECT
       coalesce((SELECT json_agg(json_build_object('code', f.code, 'display', f.display, 'definition', f.definition,
                   'group_code', f.parent_code) ORDER BY f.sort_order, f.display)
                   FROM ffb_concepts f WHERE f.parent_code = ANY($1::text[])), '[]') AS "concepts",
       coalesce((SELECT json_agg(json_build_object('code', t.code, 'name', t.name) ORDER BY t.sort_order) FROM target_groups t), '[]') AS "targetGroups",
       coalesce((SELECT json_agg(json_build_object('code', k.code, 'name', k.name, 'ladderStep', k.ladder_step,
                   'defaultLegalBasis', k.default_legal_basis) ORDER BY k.ladder_step, k.name)
                   FROM intervention_kinds k), '[]') AS "interventionKinds",
       coalesce((SELECT json_agg(json_build_object('code', l.code, 'name', l.name) ORDER BY l.sort_order) FROM legal_bases l), '[]') AS "legalBases"`,
    [groups],
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
