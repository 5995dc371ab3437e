import { isIsoDate } from '../../../domain/dates';
import { DEVELOP_GOAL_TYPE } from '../../../domain/ffb';
import { defaultNextFollowUp } from '../../../domain/plans';
import type { Catalogue, Concept, NamedCode } from '../../../contracts/catalogue';
import type { FfbCodes, Goal } from '../../../contracts/plans.js';
import type { GoalCreateRequest } from '../../../contracts/plans.js';
import type { GoalChanges } from './api';
import { itemLabel } from './labels';

/** Who is responsible, as the form offers it. */
export type ResponsibleChoice = 'none' | 'me' | 'contact' | 'keep' | 'external';

export interface StepValue {
  id?: string;
  text: string;
  responsible: string;
  done: boolean;
}

/** A sub-goal (delmål) as the form holds it: evaluation '' while not evaluated. */
export interface SubGoalValue {
  id?: string;
  text: string;
  dueDate: string;
  successCriterion: string;
  evaluation: '' | 'achieved' | 'partly' | 'not_achieved';
  evaluatedOn: string;
  evaluationNote: string;
}

export const emptySubGoal = (): SubGoalValue => ({ text: '', dueDate: '', successCriterion: '', evaluation: '', evaluatedOn: '', evaluationNote: '' });

export interface GoalFormValues {
  title: string;
  whatMatters: string;
  ffbConditionCode: string;
  goalTypeCode: string;
  targetLevelCode: string;
  responsible: ResponsibleChoice;
  responsibleExternal: string;
  startDate: string;
  nextFollowUpDate: string;
  subGoals: SubGoalValue[];
  actions: StepValue[];
}

/** The people the responsible choice can name. */
export interface ResponsibleContext {
  meId: string;
  contactPerson: { id: string; name: string } | null;
}

/**
 * A new goal, filled in as most goals are: developing the citizen's abilities, the user
 * responsible, starting today, and followed up after the facility's interval (the date the server
 * would pick), so only the citizen's words, the life area and the target level are left.
 */
export function emptyGoal(today: string, intervalMonths: number): GoalFormValues {
  return {
    title: '',
    whatMatters: '',
    ffbConditionCode: '',
    goalTypeCode: DEVELOP_GOAL_TYPE,
    targetLevelCode: '',
    responsible: 'me',
    responsibleExternal: '',
    startDate: today,
    nextFollowUpDate: defaultNextFollowUp(today, intervalMonths),
    subGoals: [],
    actions: [],
  };
}

/** A new start date; the next follow-up moves along with it unless the user chose their own. */
export function withStartDate(v: GoalFormValues, startDate: string, intervalMonths: number): GoalFormValues {
  const suggestion = (start: string) => (isIsoDate(start) ? defaultNextFollowUp(start, intervalMonths) : '');
  const untouched = v.nextFollowUpDate === '' || v.nextFollowUpDate === suggestion(v.startDate);
  return { ...v, startDate, nextFollowUpDate: untouched ? suggestion(startDate) : v.nextFollowUpDate };
}

function responsibleOf(goal: Goal, ctx: ResponsibleContext): ResponsibleChoice {
  const { userId, external } = goal.responsible ?? {};
  if (userId === ctx.meId) return 'me';
  if (userId && userId === ctx.contactPerson?.id) return 'contact';
  if (userId) return 'keep';
  return external ? 'external' : 'none';
}

/** The form's values for an existing goal. */
export function fromGoal(goal: Goal, ctx: ResponsibleContext): GoalFormValues {
  return {
    title: goal.title,
    whatMatters: goal.whatMatters,
    ffbConditionCode: goal.ffbCondition?.code ?? '',
    goalTypeCode: goal.goalType.code,
    targetLevelCode: goal.targetLevel.code,
    responsible: responsibleOf(goal, ctx),
    responsibleExternal: goal.responsible?.external ?? '',
    startDate: goal.startDate,
    nextFollowUpDate: goal.nextFollowUpDate ?? '',
    subGoals: goal.subGoals.map((s) => ({
      id: s.id,
      text: s.text,
      dueDate: s.dueDate ?? '',
      successCriterion: s.successCriterion ?? '',
      evaluation: s.evaluation?.result ?? '',
      evaluatedOn: s.evaluation?.date ?? '',
      evaluationNote: s.evaluation?.note ?? '',
    })),
    actions: goal.actions.map((a) => ({ id: a.id, text: a.text, responsible: a.responsible ?? '', done: a.done })),
  };
}

function responsibleFields(v: GoalFormValues, ctx: ResponsibleContext, keptUserId: string | null) {
  switch (v.responsible) {
    case 'me':
      return { responsibleUserId: ctx.meId, responsibleExternal: null };
    case 'contact':
      return { responsibleUserId: ctx.contactPerson?.id ?? null, responsibleExternal: null };
    case 'keep':
      return { responsibleUserId: keptUserId, responsibleExternal: null };
    case 'external':
      return { responsibleUserId: null, responsibleExternal: v.responsibleExternal.trim() || null };
    default:
      return { responsibleUserId: null, responsibleExternal: null };
  }
}

const nonEmpty = (s: { text: string }) => s.text.trim() !== '';

/** A sub-goal in the API's shape (a new one without id or evaluation). */
const subGoalInput = (s: SubGoalValue) => ({
  ...(s.id ? { id: s.id } : {}),
  text: s.text,
  dueDate: s.dueDate,
  successCriterion: s.successCriterion,
  ...(s.id ? { evaluation: s.evaluation ? { result: s.evaluation, date: s.evaluatedOn, note: s.evaluationNote } : null } : {}),
});

/** What a goal is about, the same fields when it is created and edited. */
function goalBasics(v: GoalFormValues) {
  return { title: v.title, whatMatters: v.whatMatters, ffbConditionCode: v.ffbConditionCode, goalTypeCode: v.goalTypeCode, targetLevelCode: v.targetLevelCode };
}

/** The body of POST /citizens/:id/goals; empty optional fields are left out for the server's defaults. */
export function toCreateInput(v: GoalFormValues, ctx: ResponsibleContext): GoalCreateRequest {
  const resp = responsibleFields(v, ctx, null);
  return {
    ...goalBasics(v),
    ...(resp.responsibleUserId ? { responsibleUserId: resp.responsibleUserId } : {}),
    ...(resp.responsibleExternal ? { responsibleExternal: resp.responsibleExternal } : {}),
    startDate: v.startDate,
    ...(v.nextFollowUpDate ? { nextFollowUpDate: v.nextFollowUpDate } : {}),
    subGoals: v.subGoals.filter(nonEmpty).map(subGoalInput),
    actions: v.actions.filter(nonEmpty).map((a) => ({ text: a.text, ...(a.responsible.trim() ? { responsible: a.responsible } : {}) })),
  };
}

/** Comparable edit fields of a form state, in the PATCH body's shape. */
function patchFields(v: GoalFormValues, ctx: ResponsibleContext, keptUserId: string | null) {
  return {
    ...goalBasics(v),
    ...responsibleFields(v, ctx, keptUserId),
    nextFollowUpDate: v.nextFollowUpDate || undefined,
    subGoals: v.subGoals.filter(nonEmpty).map(subGoalInput),
    actions: v.actions
      .filter(nonEmpty)
      .map((a) => ({ ...(a.id ? { id: a.id } : {}), text: a.text, ...(a.responsible.trim() ? { responsible: a.responsible } : {}), done: a.done })),
  };
}

/** Only what the user changed compared with the version they started from: the PATCH body minus version. */
export function toPatch(v: GoalFormValues, base: Goal, ctx: ResponsibleContext): GoalChanges {
  const kept = base.responsible?.userId ?? null;
  const mine = patchFields(v, ctx, kept);
  const theirs = patchFields(fromGoal(base, ctx), ctx, kept);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(mine) as Array<keyof typeof mine>) {
    if (JSON.stringify(mine[key]) !== JSON.stringify(theirs[key]) && mine[key] !== undefined) changes[key] = mine[key];
  }
  // The API takes the two responsible fields together: send both when either changed.
  if ('responsibleUserId' in changes || 'responsibleExternal' in changes) {
    changes.responsibleUserId = mine.responsibleUserId;
    changes.responsibleExternal = mine.responsibleExternal;
  }
  return changes as GoalChanges;
}

/** The form's fields the user changed compared with the version they started from. */
export function changedFields(values: GoalFormValues, original: GoalFormValues): Set<keyof GoalFormValues> {
  const keys = Object.keys(values) as Array<keyof GoalFormValues>;
  const changed = new Set(keys.filter((k) => JSON.stringify(values[k]) !== JSON.stringify(original[k])));
  // The external name only matters together with the choice of responsible.
  if (changed.has('responsibleExternal')) changed.add('responsible');
  if (changed.has('responsible')) changed.add('responsibleExternal');
  return changed;
}

/**
 * Re-applying after a conflict: the version now saved, with only the fields this user changed
 * taken from their form, so a colleague's change to another field is not undone.
 */
export function mergeOnto(current: GoalFormValues, values: GoalFormValues, original: GoalFormValues): GoalFormValues {
  const merged = { ...current };
  for (const key of changedFields(values, original)) (merged as Record<string, unknown>)[key] = values[key];
  return merged;
}

/** A field as a person reads it, for the conflict comparison. */
export interface FieldDifference {
  field: string;
  mine: string;
  current: string;
  /** The user edited this field; otherwise re-applying keeps the saved value. */
  changedByMe: boolean;
}

/**
 * What differs between the values being saved (edited from `base`) and the goal as it is now on
 * the server, field by field, in words (catalogue labels, not codes).
 */
export function describeDifferences(
  v: GoalFormValues,
  base: Goal,
  current: Goal,
  ctx: ResponsibleContext & { meName: string },
  catalogue: Catalogue | undefined,
  t: (key: string) => string,
  conditions?: FfbCodes['conditions'],
): FieldDifference[] {
  const original = fromGoal(base, ctx);
  const now = fromGoal(current, ctx);
  const label = (list: keyof Catalogue, code: string) => {
    const item = (catalogue?.[list] as Array<Concept | NamedCode> | undefined)?.find((i) => i.code === code);
    return item ? itemLabel(item) : code;
  };
  // 'keep' names whoever was responsible in the version that side started from.
  const responsible = (x: GoalFormValues, goal: Goal) => {
    if (x.responsible === 'me') return ctx.meName;
    if (x.responsible === 'contact') return ctx.contactPerson?.name ?? '';
    if (x.responsible === 'keep') return goal.responsible?.name ?? '';
    if (x.responsible === 'external') return x.responsibleExternal;
    return t('plans.noResponsible');
  };
  const steps = (list: Array<{ text: string; responsible?: string; dueDate?: string }>) =>
    list
      .filter(nonEmpty)
      .map((s) => s.text + (s.responsible ? ` (${s.responsible})` : '') + (s.dueDate ? ` (${s.dueDate})` : ''))
      .join('; ') || '–';
  const condition = (code: string) => conditions?.find((c) => c.code === code)?.display ?? code;
  const mine = changedFields(v, original);
  const rows: Array<[string, keyof GoalFormValues, string, string]> = [
    ['plans.fields.title', 'title', v.title, now.title],
    ['plans.fields.whatMatters', 'whatMatters', v.whatMatters, now.whatMatters],
    ['plans.fields.ffbCondition', 'ffbConditionCode', condition(v.ffbConditionCode), condition(now.ffbConditionCode)],
    ['plans.fields.goalType', 'goalTypeCode', label('goalTypes', v.goalTypeCode), label('goalTypes', now.goalTypeCode)],
    ['plans.fields.targetLevel', 'targetLevelCode', label('functionalLevels', v.targetLevelCode), label('functionalLevels', now.targetLevelCode)],
    ['plans.fields.responsible', 'responsible', responsible(v, base), responsible(now, current)],
    ['plans.fields.nextFollowUp', 'nextFollowUpDate', v.nextFollowUpDate, now.nextFollowUpDate],
    ['plans.fields.subGoals', 'subGoals', steps(v.subGoals), steps(now.subGoals)],
    ['plans.fields.actions', 'actions', steps(v.actions), steps(now.actions)],
  ];
  return rows
    .filter(([, , a, b]) => a.trim() !== b.trim())
    .map(([key, field, a, b]) => ({ field: t(key), mine: a || '–', current: b || '–', changedByMe: mine.has(field) }));
}
