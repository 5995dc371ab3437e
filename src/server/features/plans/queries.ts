import type { Queryable } from '../../db/index.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { RequestCtx } from '../../context.js';
import type { Concept } from '../../../domain/ffb.js';
import type { FollowUpProgress, GoalStatus } from '../../../domain/plans.js';

export interface CodeDisplay {
  code: string;
  display: string;
}

export interface StepRow {
  id: string;
  kind: 'sub_goal' | 'action';
  text: string;
  responsible: string | null;
  done: boolean;
  due_date: string | null;
  success_criterion: string | null;
  evaluation: 'achieved' | 'partly' | 'not_achieved' | null;
  evaluated_on: string | null;
  evaluation_note: string | null;
}

export interface ServiceRow {
  id: string;
  kind_name: string;
  unit_name: string | null;
  start_date: string;
  end_date: string | null;
}

export interface GoalRow {
  id: string;
  municipality_id: string;
  citizen_id: string;
  title: string;
  what_matters: string;
  ffb_area: CodeDisplay;
  ffb_condition: CodeDisplay | null;
  intervention_id: string | null;
  service: ServiceRow | null;
  goal_type: CodeDisplay;
  target_level: CodeDisplay;
  current_level: CodeDisplay | null;
  responsible_user_id: string | null;
  responsible_name: string | null;
  responsible_external: string | null;
  start_date: string;
  next_follow_up_date: string | null;
  status: GoalStatus;
  status_reason: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  steps: StepRow[];
}

export const codeDisplay = (alias: string) => `json_build_object('code', ${alias}.code, 'display', ${alias}.display)`;

/** A goal with its codes' display names, the responsible user's name and its steps. */
const GOAL_SELECT = `
  SELECT g.id, g.municipality_id, g.citizen_id, g.title, g.what_matters,
         ${codeDisplay('area')} AS ffb_area, ${codeDisplay('type')} AS goal_type, ${codeDisplay('target')} AS target_level,
         CASE WHEN cond.code IS NULL THEN NULL ELSE ${codeDisplay('cond')} END AS ffb_condition,
         g.intervention_id,
         (SELECT json_build_object('id', i.id, 'kind_name', k.name, 'unit_name', iu.name, 'start_date', i.start_date, 'end_date', i.end_date)
            FROM interventions i
            JOIN intervention_kinds k ON k.code = i.kind_code
            LEFT JOIN org_units iu ON iu.municipality_id = i.municipality_id AND iu.id = i.unit_id
           WHERE i.municipality_id = g.municipality_id AND i.id = g.intervention_id) AS service,
         CASE WHEN cur.code IS NULL THEN NULL ELSE ${codeDisplay('cur')} END AS current_level,
         g.responsible_user_id, ru.display_name AS responsible_name, g.responsible_external,
         g.start_date, g.next_follow_up_date, g.status, g.status_reason, g.version, g.created_at, g.updated_at,
         coalesce((SELECT json_agg(json_build_object('id', s.id, 'kind', s.kind, 'text', s.text, 'responsible', s.responsible,
                     'done', s.done, 'due_date', s.due_date, 'success_criterion', s.success_criterion, 'evaluation', s.evaluation,
                     'evaluated_on', s.evaluated_on, 'evaluation_note', s.evaluation_note) ORDER BY s.sort_order, s.id)
                     FROM goal_steps s WHERE s.municipality_id = g.municipality_id AND s.goal_id = g.id), '[]') AS steps
    FROM goals g
    JOIN ffb_concepts area ON area.code = g.ffb_area_code
    JOIN ffb_concepts type ON type.code = g.goal_type_code
    JOIN ffb_concepts target ON target.code = g.target_level_code
    LEFT JOIN ffb_concepts cond ON cond.code = g.ffb_condition_code
    LEFT JOIN ffb_concepts cur ON cur.code = g.current_level_code
    LEFT JOIN users ru ON ru.id = g.responsible_user_id`;

/** One goal by id (row-level security keeps it to the actor's municipality); undefined if unknown. */
export async function getGoal(tx: Queryable, goalId: string): Promise<GoalRow | undefined> {
  const [row] = await tx.query<GoalRow>(`${GOAL_SELECT} WHERE g.id = $1`, [goalId]);
  return row;
}

const STATUS_ORDER = `array_position(ARRAY['active', 'paused', 'achieved', 'dropped'], g.status)`;

/** A citizen's goals: active first, then by the next follow-up, oldest goal first within a day. */
export async function listGoals(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, status?: GoalStatus): Promise<GoalRow[]> {
  return tx.query<GoalRow>(
    `${GOAL_SELECT}
      WHERE g.municipality_id = $1 AND g.citizen_id = $2 AND ($3::text IS NULL OR g.status = $3)
      ORDER BY ${STATUS_ORDER}, g.next_follow_up_date NULLS LAST, g.created_at`,
    [ctx.actor.municipalityId, citizen.id, status ?? null],
  );
}

/**
 * The follow-up interval of the facility a citizen lives on, as a scalar subquery on SQL
 * expressions: the nearest facility above (or at) the unit of their placement on `today`; NULL
 * when they have no placement on a unit. The citizen record shows it so a new goal's form can
 * offer the very date the server would default to.
 */
export const followUpIntervalSql = (municipality: string, citizen: string, today: string) =>
  `(SELECT f.follow_up_interval_months
      FROM interventions i
      JOIN org_units u ON u.id = i.unit_id
      JOIN org_units f ON f.municipality_id = u.municipality_id AND f.kind = 'facility' AND u.path LIKE f.path || '%'
     WHERE i.municipality_id = ${municipality} AND i.citizen_id = ${citizen} AND i.unit_id IS NOT NULL
       AND i.start_date <= ${today} AND (i.end_date IS NULL OR i.end_date > ${today})
     ORDER BY i.start_date DESC, length(f.path) DESC
     LIMIT 1)`;

/** The follow-up interval of the facility the citizen lives on today (followUpIntervalSql); null without a placement on a unit. */
export async function followUpIntervalMonths(tx: Queryable, ctx: RequestCtx, citizenId: string, today: string): Promise<number | null> {
  const [row] = await tx.query<{ months: number | null }>(`SELECT ${followUpIntervalSql('$1', '$2', '$3::date')} AS months`, [
    ctx.actor.municipalityId,
    citizenId,
    today,
  ]);
  return row?.months ?? null;
}

/** The FFB concepts among `codes` and their parents, keyed by code (what checkGoalCodes needs). */
export async function loadConcepts(tx: Queryable, codes: string[]): Promise<Map<string, Concept>> {
  const rows = await tx.query<{ code: string; parent_code: string | null }>(
    `SELECT code, parent_code FROM ffb_concepts
      WHERE code = ANY($1::text[]) OR code IN (SELECT parent_code FROM ffb_concepts WHERE code = ANY($1::text[]))`,
    [codes],
  );
  return new Map(rows.map((r) => [r.code, { code: r.code, parentCode: r.parent_code }]));
}

/** Is `userId` an active user of the actor's municipality? */
export async function isActiveColleague(tx: Queryable, ctx: RequestCtx, userId: string): Promise<boolean> {
  const rows = await tx.query('SELECT 1 FROM users WHERE id = $1 AND municipality_id = $2 AND active', [userId, ctx.actor.municipalityId]);
  return rows.length > 0;
}

/**
 * The service a new goal belongs to by default: the citizen's service running `today` on one of
 * `unitIds` (the actor's units), else any running today (the latest); null without one.
 */
export async function defaultInterventionId(tx: Queryable, ctx: RequestCtx, citizenId: string, today: string): Promise<string | null> {
  const [row] = await tx.query<{ id: string }>(
    `SELECT id FROM interventions
      WHERE municipality_id = $1 AND citizen_id = $2 AND start_date <= $3 AND (end_date IS NULL OR end_date > $3)
      ORDER BY coalesce(unit_id = ANY($4::uuid[]), false) DESC, start_date DESC, created_at DESC
      LIMIT 1`,
    [ctx.actor.municipalityId, citizenId, today, ctx.actor.careUnitIds],
  );
  return row?.id ?? null;
}

/** One of the citizen's services by id (undefined when it is not theirs). */
export async function getCitizenIntervention(tx: Queryable, ctx: RequestCtx, citizenId: string, interventionId: string) {
  const [row] = await tx.query<{ id: string; start_date: string; end_date: string | null }>(
    'SELECT id, start_date, end_date FROM interventions WHERE municipality_id = $1 AND citizen_id = $2 AND id = $3',
    [ctx.actor.municipalityId, citizenId, interventionId],
  );
  return row;
}

export interface GoalValues {
  title: string;
  whatMatters: string;
  ffbAreaCode: string;
  ffbConditionCode: string;
  interventionId: string | null;
  goalTypeCode: string;
  targetLevelCode: string;
  responsibleUserId: string | null;
  responsibleExternal: string | null;
  startDate: string;
  nextFollowUpDate: string;
}

/** Inserts a goal for the citizen; returns its id. */
export async function insertGoal(tx: Queryable, ctx: RequestCtx, citizenId: string, v: GoalValues): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO goals (municipality_id, citizen_id, title, what_matters, ffb_area_code, goal_type_code, target_level_code,
                        responsible_user_id, responsible_external, start_date, next_follow_up_date, created_by,
                        ffb_condition_code, intervention_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [ctx.actor.municipalityId, citizenId, v.title, v.whatMatters, v.ffbAreaCode, v.goalTypeCode, v.targetLevelCode,
      v.responsibleUserId, v.responsibleExternal, v.startDate, v.nextFollowUpDate, ctx.actor.userId, v.ffbConditionCode, v.interventionId],
  );
  return row.id;
}

/** Columns an edit may change, by the body field that carries them. */
const EDITABLE_COLUMNS = {
  title: 'title',
  whatMatters: 'what_matters',
  ffbAreaCode: 'ffb_area_code',
  ffbConditionCode: 'ffb_condition_code',
  goalTypeCode: 'goal_type_code',
  targetLevelCode: 'target_level_code',
  responsibleUserId: 'responsible_user_id',
  responsibleExternal: 'responsible_external',
  nextFollowUpDate: 'next_follow_up_date',
  currentLevelCode: 'current_level_code',
  status: 'status',
  statusReason: 'status_reason',
} as const;
export type GoalChanges = Partial<Record<keyof typeof EDITABLE_COLUMNS, string | null>>;

/**
 * Changes a goal if it still has the version the client read, bumping the version.
 * Returns false when the version was stale (the caller answers 409 with the goal as it is now).
 */
export async function updateGoal(tx: Queryable, goalId: string, version: number | null, changes: GoalChanges): Promise<boolean> {
  const params: unknown[] = [goalId];
  const sets = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => {
      params.push(value);
      return `${EDITABLE_COLUMNS[field as keyof typeof EDITABLE_COLUMNS]} = $${params.length}`;
    });
  let versionCheck = '';
  if (version !== null) {
    params.push(version);
    versionCheck = ` AND version = $${params.length}`;
  }
  const rows = await tx.query(
    `UPDATE goals SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1${versionCheck} RETURNING id`,
    params,
  );
  return rows.length === 1;
}

export interface StepInput {
  id?: string;
  text: string;
  responsible?: string | null;
  done?: boolean;
  dueDate?: string;
  successCriterion?: string;
  evaluation?: { result: NonNullable<StepRow['evaluation']>; date: string; note: string } | null;
}

/**
 * Makes the goal's sub-goals (or actions) exactly `steps`, in that order: steps with an id are
 * changed, those without are added, and the goal's other steps of that kind are removed.
 */
export async function replaceSteps(tx: Queryable, ctx: RequestCtx, goalId: string, kind: StepRow['kind'], steps: StepInput[]): Promise<void> {
  const keep = steps.flatMap((s) => (s.id ? [s.id] : []));
  await tx.query('DELETE FROM goal_steps WHERE municipality_id = $1 AND goal_id = $2 AND kind = $3 AND NOT (id = ANY($4::uuid[]))', [
    ctx.actor.municipalityId, goalId, kind, keep,
  ]);
  if (steps.length === 0) return;
  const rows = steps.map((s, i) => ({
    id: s.id ?? null, text: s.text, responsible: s.responsible ?? null, sort_order: i,
    // A sub-goal is done when evaluated as achieved; an action by its check box.
    done: kind === 'sub_goal' ? s.evaluation?.result === 'achieved' : (s.done ?? false),
    due_date: s.dueDate ?? null, success_criterion: s.successCriterion ?? null,
    evaluation: s.evaluation?.result ?? null, evaluated_on: s.evaluation?.date ?? null, evaluation_note: s.evaluation?.note ?? null,
  }));
  await tx.query(
    `INSERT INTO goal_steps (id, municipality_id, goal_id, kind, text, responsible, done, sort_order, due_date, success_criterion,
                             evaluation, evaluated_on, evaluation_note)
     SELECT coalesce(x.id, gen_random_uuid()), $1, $2, $3, x.text, x.responsible, x.done, x.sort_order, x.due_date, x.success_criterion,
            x.evaluation, x.evaluated_on, x.evaluation_note
       FROM jsonb_to_recordset($4::jsonb) AS x(id uuid, text text, responsible text, done boolean, sort_order int, due_date date,
                                               success_criterion text, evaluation text, evaluated_on date, evaluation_note text)
     ON CONFLICT (municipality_id, id) DO UPDATE SET text = excluded.text, responsible = excluded.responsible, done = excluded.done,
       sort_order = excluded.sort_order, due_date = excluded.due_date, success_criterion = excluded.success_criterion,
       evaluation = excluded.evaluation, evaluated_on = excluded.evaluated_on, evaluation_note = excluded.evaluation_note
     WHERE goal_steps.goal_id = excluded.goal_id AND goal_steps.kind = excluded.kind`,
    [ctx.actor.municipalityId, goalId, kind, JSON.stringify(rows)],
  );
}

export interface FollowUpValues {
  followUpDate: string;
  progress: string;
  levelCode: string | null;
  note: string;
  continues: boolean;
  nextFollowUpDate: string | null;
  authorityStatusCode: string | null;
}

/** Records a follow-up on a goal; returns its id. */
export async function insertFollowUp(tx: Queryable, ctx: RequestCtx, goal: GoalRow, v: FollowUpValues): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO follow_ups (municipality_id, goal_id, citizen_id, follow_up_date, progress, level_code, note, continues,
                             next_follow_up_date, author_id, authority_status_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [ctx.actor.municipalityId, goal.id, goal.citizen_id, v.followUpDate, v.progress, v.levelCode, v.note, v.continues,
      v.nextFollowUpDate, ctx.actor.userId, v.authorityStatusCode],
  );
  return row.id;
}

export interface FollowUpRow {
  id: string;
  follow_up_date: string;
  progress: FollowUpProgress;
  level: CodeDisplay | null;
  note: string;
  continues: boolean;
  next_follow_up_date: string | null;
  authority_status: CodeDisplay | null;
  author_id: string;
  author_name: string;
  created_at: Date;
}

/** Follow-ups on the gated citizen's goal (or just `onlyId`), newest first, with the author's name and the level's display name. */
export async function listFollowUps(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, goalId: string, onlyId?: string): Promise<FollowUpRow[]> {
  return tx.query<FollowUpRow>(
    `SELECT f.id, f.follow_up_date, f.progress,
            CASE WHEN l.code IS NULL THEN NULL ELSE ${codeDisplay('l')} END AS level,
            f.note, f.continues, f.next_follow_up_date, f.author_id, u.display_name AS author_name, f.created_at,
            CASE WHEN st.code IS NULL THEN NULL ELSE ${codeDisplay('st')} END AS authority_status
       FROM follow_ups f
       JOIN users u ON u.id = f.author_id
       LEFT JOIN ffb_concepts l ON l.code = f.level_code
       LEFT JOIN ffb_concepts st ON st.code = f.authority_status_code
      WHERE f.municipality_id = $1 AND f.citizen_id = $2 AND f.goal_id = $3 AND ($4::uuid IS NULL OR f.id = $4)
      ORDER BY f.follow_up_date DESC, f.created_at DESC`,
    [ctx.actor.municipalityId, citizen.id, goalId, onlyId ?? null],
  );
}

export interface GoalNoteRow {
  id: string;
  written_at: Date;
  body: string;
  author_name: string;
}

/** How many linked notes a goal page shows, newest first. */
export const GOAL_NOTES_LIMIT = 50;

/**
 * Journal notes linked to the gated citizen's goal (not those marked as written in error), newest
 * first, body cut to 160 characters.
 */
export async function listGoalNotes(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, goalId: string): Promise<GoalNoteRow[]> {
  return tx.query<GoalNoteRow>(
    `SELECT n.id, n.written_at, left(n.body, 160) AS body, u.display_name AS author_name
       FROM journal_note_goals ng
       JOIN journal_notes n ON n.id = ng.note_id
       JOIN users u ON u.id = n.author_id
      WHERE ng.municipality_id = $1 AND n.citizen_id = $2 AND ng.goal_id = $3 AND n.error_reason IS NULL AND n.kind <> 'health'
      ORDER BY n.written_at DESC
      LIMIT ${GOAL_NOTES_LIMIT}`,
    [ctx.actor.municipalityId, citizen.id, goalId],
  );
}
