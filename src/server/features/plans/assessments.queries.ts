import type { Queryable } from '../../db/index.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { RequestCtx } from '../../context.js';
import { codeDisplay, type CodeDisplay } from './queries.js';

export interface AssessmentValues {
  conditionCode: string;
  assessedOn: string;
  levelCode: string;
  note: string;
  citizenView: string;
  followUpId: string | null;
}

/** Records an FFB assessment of one of the citizen's conditions; returns its id. */
export async function insertAssessment(tx: Queryable, ctx: RequestCtx, citizenId: string, v: AssessmentValues): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO ffb_assessments (municipality_id, citizen_id, condition_code, assessed_on, level_code, note, citizen_view, follow_up_id, assessed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [ctx.actor.municipalityId, citizenId, v.conditionCode, v.assessedOn, v.levelCode, v.note, v.citizenView, v.followUpId, ctx.actor.userId],
  );
  return row.id;
}

export interface AssessmentRow {
  id: string;
  condition: CodeDisplay;
  area: CodeDisplay;
  assessed_on: string;
  level: CodeDisplay;
  note: string;
  citizen_view: string;
  assessed_by_id: string;
  assessed_by_name: string;
  follow_up_id: string | null;
  created_at: Date;
}

/**
 * The gated citizen's FFB assessments, newest first (by date, then as recorded); narrowed to one
 * condition, `latest` keeps just the newest one.
 */
export async function listAssessments(
  tx: Queryable,
  ctx: RequestCtx,
  citizen: VisibleCitizen,
  opts: { conditionCode?: string; onlyId?: string; latest?: boolean } = {},
): Promise<AssessmentRow[]> {
  return tx.query<AssessmentRow>(
    `SELECT a.id, ${codeDisplay('c')} AS condition, ${codeDisplay('ar')} AS area, a.assessed_on, ${codeDisplay('l')} AS level,
            a.note, a.citizen_view, a.assessed_by AS assessed_by_id, u.display_name AS assessed_by_name, a.follow_up_id, a.created_at
       FROM ffb_assessments a
       JOIN ffb_concepts c ON c.code = a.condition_code
       JOIN ffb_concepts ar ON ar.code = c.parent_code
       JOIN ffb_concepts l ON l.code = a.level_code
       JOIN users u ON u.municipality_id = a.municipality_id AND u.id = a.assessed_by
      WHERE a.municipality_id = $1 AND a.citizen_id = $2 AND ($3::text IS NULL OR a.condition_code = $3) AND ($4::uuid IS NULL OR a.id = $4)
      ORDER BY a.assessed_on DESC, a.created_at DESC
      ${opts.latest ? 'LIMIT 1' : ''}`,
    [ctx.actor.municipalityId, citizen.id, opts.conditionCode ?? null, opts.onlyId ?? null],
  );
}

export interface ConditionRow {
  code: string;
  display: string;
  definition: string | null;
  area: CodeDisplay;
}

/** The 31 FFB conditions under the six activity-and-participation areas, by area then name. */
export async function listConditions(tx: Queryable, activityAndParticipation: string): Promise<ConditionRow[]> {
  return tx.query<ConditionRow>(
    `SELECT c.code, c.display, c.definition, ${codeDisplay('a')} AS area
       FROM ffb_concepts a JOIN ffb_concepts c ON c.parent_code = a.code
      WHERE a.parent_code = $1
      ORDER BY a.display, c.display`,
    [activityAndParticipation],
  );
}

/** The children of an FFB group (e.g. Status på indsats), in the code system's order. */
export async function listGroup(tx: Queryable, group: string): Promise<CodeDisplay[]> {
  return tx.query<CodeDisplay>('SELECT code, display FROM ffb_concepts WHERE parent_code = $1 ORDER BY sort_order', [group]);
}
