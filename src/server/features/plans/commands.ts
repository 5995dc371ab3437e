import type { Queryable } from '../../db/index.js';
import type { VisibleCitizen } from '../../access/gate.js';
import type { RequestCtx } from '../../context.js';
import { badRequest } from '../../errors.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { CONDITION_MESSAGE, checkGoalCodes, conditionArea, isAssessedLevel, isAuthorityStatus } from '../../../domain/ffb.js';
import { checkFollowUp, defaultNextFollowUp, nextDateAfterFollowUp } from '../../../domain/plans.js';
import type { AssessmentBody, FollowUpBody, GoalCreateBody, GoalPatchBody, GoalStatusBody } from '../../../contracts/plans.js';
import { insertAssessment } from './assessments.queries.js';
import {
  defaultInterventionId,
  followUpIntervalMonths,
  getCitizenIntervention,
  getGoal,
  insertFollowUp,
  insertGoal,
  isActiveColleague,
  loadConcepts,
  replaceSteps,
  updateGoal,
  type GoalChanges,
  type GoalRow,
  type StepInput,
  type StepRow,
} from './queries.js';

export const ASSESSMENT_LEVEL_MESSAGE = 'Vælg et funktionsevneniveau på FFB\'s skala: fra ingen til fuldstændig nedsat funktionsevne.';

const invalid = (fields: Record<string, string>) => badRequest('Nogle felter er ikke udfyldt korrekt.', fields);
const throwIfAny = (fields: Record<string, string>) => {
  if (Object.keys(fields).length > 0) throw invalid(fields);
};

type Codes = { ffbConditionCode: string; goalTypeCode: string; targetLevelCode: string };

/**
 * Field errors for a goal's FFB codes and responsible user (which must be an active colleague),
 * and the area its condition lies in.
 */
async function checkGoalReferences(
  tx: Queryable,
  ctx: RequestCtx,
  codes: Codes,
  responsibleUserId: string | null | undefined,
): Promise<{ errors: Record<string, string>; areaCode: string }> {
  const concepts = await loadConcepts(tx, [codes.ffbConditionCode, codes.goalTypeCode, codes.targetLevelCode]);
  const errors = checkGoalCodes({ conditionCode: codes.ffbConditionCode, goalTypeCode: codes.goalTypeCode, targetLevelCode: codes.targetLevelCode }, concepts);
  if (responsibleUserId && !(await isActiveColleague(tx, ctx, responsibleUserId))) {
    errors.responsibleUserId = 'Vælg en aktiv medarbejder i kommunen.';
  }
  return { errors, areaCode: conditionArea(codes.ffbConditionCode, concepts) ?? '' };
}

/**
 * The service a new goal belongs to: the one named (it must be the citizen's and not have ended
 * before the goal starts), else the citizen's current service on the actor's unit, else their
 * current one; null for a citizen without a service.
 */
async function goalIntervention(
  tx: Queryable,
  ctx: RequestCtx,
  citizen: VisibleCitizen,
  body: GoalCreateBody,
): Promise<{ interventionId: string | null; errors: Record<string, string> }> {
  if (!body.interventionId) return { interventionId: await defaultInterventionId(tx, ctx, citizen.id, todayInCopenhagen()), errors: {} };
  const found = await getCitizenIntervention(tx, ctx, citizen.id, body.interventionId);
  if (!found) return { interventionId: null, errors: { interventionId: 'Vælg en af borgerens indsatser.' } };
  if (found.end_date && found.end_date <= body.startDate) {
    return { interventionId: null, errors: { interventionId: 'Indsatsen er afsluttet før målets startdato.' } };
  }
  return { interventionId: found.id, errors: {} };
}

/**
 * Creates a goal with its sub-goals and actions. The first follow-up defaults to the start date
 * plus the interval of the facility the citizen lives on. Throws 400 with field errors.
 */
export async function createGoal(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, body: GoalCreateBody): Promise<GoalRow> {
  const { errors, areaCode } = await checkGoalReferences(tx, ctx, body, body.responsibleUserId);
  const service = await goalIntervention(tx, ctx, citizen, body);
  throwIfAny({ ...errors, ...service.errors });
  const interval = body.nextFollowUpDate ? null : await followUpIntervalMonths(tx, ctx, citizen.id, todayInCopenhagen());
  const goalId = await insertGoal(tx, ctx, citizen.id, {
    title: body.title,
    whatMatters: body.whatMatters,
    ffbAreaCode: areaCode,
    ffbConditionCode: body.ffbConditionCode,
    interventionId: service.interventionId,
    goalTypeCode: body.goalTypeCode,
    targetLevelCode: body.targetLevelCode,
    responsibleUserId: body.responsibleUserId ?? null,
    responsibleExternal: body.responsibleExternal ?? null,
    startDate: body.startDate,
    nextFollowUpDate: body.nextFollowUpDate ?? defaultNextFollowUp(body.startDate, interval),
  });
  await replaceSteps(tx, ctx, goalId, 'sub_goal', body.subGoals);
  await replaceSteps(tx, ctx, goalId, 'action', body.actions);
  return (await getGoal(tx, goalId))!;
}

/** Field errors for step ids that are not this goal's steps of that kind, or that repeat. */
function checkStepIds(field: string, steps: StepInput[] | undefined, existing: StepRow[], kind: StepRow['kind']): Record<string, string> {
  const errors: Record<string, string> = {};
  const known = new Set(existing.filter((s) => s.kind === kind).map((s) => s.id));
  const seen = new Set<string>();
  steps?.forEach((s, i) => {
    if (!s.id) return;
    if (!known.has(s.id) || seen.has(s.id)) errors[`${field}.${i}.id`] = 'Ukendt eller gentaget punkt på dette mål.';
    seen.add(s.id);
  });
  return errors;
}

/** Who is responsible after an edit: setting one of user/external clears the other; null clears just that one. */
function responsibleChanges(goal: GoalRow, body: GoalPatchBody): GoalChanges {
  if (body.responsibleUserId) return { responsibleUserId: body.responsibleUserId, responsibleExternal: null };
  if (body.responsibleExternal) return { responsibleExternal: body.responsibleExternal, responsibleUserId: null };
  return {
    responsibleUserId: body.responsibleUserId === null ? null : goal.responsible_user_id,
    responsibleExternal: body.responsibleExternal === null ? null : goal.responsible_external,
  };
}

/**
 * Edits a goal if `body.version` is still current. Returns the goal as it is now, or 'stale'
 * when someone else changed it first (nothing written). Throws 400 with field errors.
 */
export async function editGoal(tx: Queryable, ctx: RequestCtx, goal: GoalRow, body: GoalPatchBody): Promise<GoalRow | 'stale'> {
  // A goal from before conditions is edited only with a condition chosen (its area alone is too coarse).
  const conditionCode = body.ffbConditionCode ?? goal.ffb_condition?.code;
  const codes = {
    ffbConditionCode: conditionCode ?? '',
    goalTypeCode: body.goalTypeCode ?? goal.goal_type.code,
    targetLevelCode: body.targetLevelCode ?? goal.target_level.code,
  };
  const subGoals = body.subGoals;
  const checked = await checkGoalReferences(tx, ctx, codes, body.responsibleUserId);
  if (!conditionCode) checked.errors.ffbConditionCode = `Målet er fra før tilstande. ${CONDITION_MESSAGE}`;
  const errors = {
    ...checked.errors,
    ...checkStepIds('subGoals', subGoals, goal.steps, 'sub_goal'),
    ...checkStepIds('actions', body.actions, goal.steps, 'action'),
  };
  if (body.nextFollowUpDate && body.nextFollowUpDate < goal.start_date) {
    errors.nextFollowUpDate = 'Næste opfølgning kan ikke ligge før målets startdato.';
  }
  throwIfAny(errors);
  const updated = await updateGoal(tx, goal.id, body.version, {
    title: body.title,
    whatMatters: body.whatMatters,
    ffbConditionCode: codes.ffbConditionCode,
    ffbAreaCode: checked.areaCode,
    goalTypeCode: codes.goalTypeCode,
    targetLevelCode: codes.targetLevelCode,
    ...responsibleChanges(goal, body),
    nextFollowUpDate: body.nextFollowUpDate,
  });
  if (!updated) return 'stale';
  if (subGoals) await replaceSteps(tx, ctx, goal.id, 'sub_goal', subGoals);
  if (body.actions) await replaceSteps(tx, ctx, goal.id, 'action', body.actions);
  return (await getGoal(tx, goal.id))!;
}

/**
 * Records a follow-up and moves the goal on: its current level (when assessed) and its next
 * follow-up (given, or the facility's interval after this one; none when the goal stops).
 * Only active goals are followed up. Throws 400 with field errors.
 */
export async function recordFollowUp(tx: Queryable, ctx: RequestCtx, goal: GoalRow, body: FollowUpBody): Promise<{ followUpId: string; goal: GoalRow }> {
  if (goal.status !== 'active') throw badRequest('Kun aktive mål kan følges op. Genoptag målet først.');
  const today = todayInCopenhagen();
  const codes = [body.levelCode, body.authorityStatusCode, body.assessment?.levelCode].filter((c): c is string => !!c);
  const concepts = codes.length ? await loadConcepts(tx, codes) : new Map();
  const errors = checkFollowUp(body, { today, goalStartDate: goal.start_date, concepts });
  if (body.authorityStatusCode && !isAuthorityStatus(body.authorityStatusCode, concepts)) {
    errors.authorityStatusCode = 'Vælg status på indsatsen: fortsæt, afslut eller afslut og visitér til ny.';
  }
  if (body.assessment) {
    if (!goal.ffb_condition) errors['assessment.levelCode'] = 'Vælg først målets tilstand; så kan den vurderes.';
    else if (!isAssessedLevel(body.assessment.levelCode, concepts)) errors['assessment.levelCode'] = ASSESSMENT_LEVEL_MESSAGE;
  }
  throwIfAny(errors);
  const interval = body.continues && !body.nextFollowUpDate ? await followUpIntervalMonths(tx, ctx, goal.citizen_id, today) : null;
  const next = nextDateAfterFollowUp(body, interval);
  const followUpId = await insertFollowUp(tx, ctx, goal, {
    followUpDate: body.followUpDate,
    progress: body.progress,
    levelCode: body.levelCode ?? null,
    note: body.note,
    continues: body.continues,
    nextFollowUpDate: next,
    authorityStatusCode: body.authorityStatusCode ?? null,
  });
  if (body.assessment && goal.ffb_condition) {
    await insertAssessment(tx, ctx, goal.citizen_id, {
      conditionCode: goal.ffb_condition.code,
      assessedOn: body.followUpDate,
      levelCode: body.assessment.levelCode,
      note: body.assessment.note,
      citizenView: body.assessment.citizenView,
      followUpId,
    });
  }
  await updateGoal(tx, goal.id, null, { currentLevelCode: body.levelCode ?? body.assessment?.levelCode, nextFollowUpDate: next });
  return { followUpId, goal: (await getGoal(tx, goal.id))! };
}

/**
 * Changes a goal's status if `body.version` is still current; 'stale' otherwise. A goal taken up
 * again without a next follow-up gets one (today + the facility's interval), or it would never
 * reach the due list again.
 */
export async function changeGoalStatus(tx: Queryable, ctx: RequestCtx, goal: GoalRow, body: GoalStatusBody): Promise<GoalRow | 'stale'> {
  let nextFollowUpDate: string | undefined;
  if (body.status === 'active' && !goal.next_follow_up_date) {
    const today = todayInCopenhagen();
    nextFollowUpDate = defaultNextFollowUp(today, await followUpIntervalMonths(tx, ctx, goal.citizen_id, today));
  }
  const updated = await updateGoal(tx, goal.id, body.version, {
    status: body.status,
    statusReason: body.reason || null,
    nextFollowUpDate,
  });
  if (!updated) return 'stale';
  return (await getGoal(tx, goal.id))!;
}

/**
 * Records an FFB assessment of one of the citizen's conditions: a condition under the six areas,
 * a level on FFB's scale (not 'Ikke vurderet'), not dated in the future. Throws 400 with field errors.
 */
export async function recordAssessment(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, body: AssessmentBody): Promise<string> {
  const concepts = await loadConcepts(tx, [body.conditionCode, body.levelCode]);
  const errors: Record<string, string> = {};
  if (!conditionArea(body.conditionCode, concepts)) errors.conditionCode = CONDITION_MESSAGE;
  if (!isAssessedLevel(body.levelCode, concepts)) errors.levelCode = ASSESSMENT_LEVEL_MESSAGE;
  if (body.assessedOn > todayInCopenhagen()) errors.assessedOn = 'En vurdering kan ikke dateres i fremtiden.';
  throwIfAny(errors);
  return insertAssessment(tx, ctx, citizen.id, { ...body, followUpId: null });
}
