/**
 * The citizen's plan (C4): goals with sub-goals and actions, follow-ups, the due list and the plan
 * as a PDF. Request schemas the server validates by, response schemas it answers by.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates.js';
import { FOLLOW_UP_PROGRESS, GOAL_STATUSES } from '../domain/plans.js';
import { CareDate, hasChange, nothingToChange, Ref, Version } from './common.js';
import { NoteExcerpt } from './journal.js';

const FfbCode = z.string('Vælg en værdi.').trim().min(1, 'Vælg en værdi.').max(100);
const Title = z.string().trim().min(1, 'Skriv målet med borgerens egne ord.').max(300);
const WhatMatters = z.string().trim().max(5000);
const ResponsibleExternal = z.string().trim().min(1).max(200);
const StepText = z.string().trim().min(1, 'Teksten mangler.').max(500);
const StepResponsible = z.string().trim().max(200);
const SUCCESS_CRITERION = 'Skriv et succeskriterium: hvordan kan I se, at delmålet er nået?';
const SuccessCriterion = z.string(SUCCESS_CRITERION).trim().min(1, SUCCESS_CRITERION).max(1000);
const SubGoalDue = z
  .string('Vælg en dato for delmålet.')
  .refine((s) => isIsoDate(s) && s >= '1900-01-01' && s <= '2199-12-31', 'Ugyldig dato (ÅÅÅÅ-MM-DD).');

export const SUB_GOAL_EVALUATIONS = ['achieved', 'partly', 'not_achieved'] as const;
export const SubGoalEvaluationSchema = z.enum(SUB_GOAL_EVALUATIONS, 'Vælg opnået, delvist opnået eller ikke opnået.');
export type SubGoalEvaluationResult = z.infer<typeof SubGoalEvaluationSchema>;

/** A sub-goal's evaluation: achieved, partly or not, on a date, with a note. */
const SubGoalEvaluationBody = z.strictObject({
  result: SubGoalEvaluationSchema,
  date: CareDate,
  note: z.string().trim().max(2000).default(''),
});

/** A sub-goal (delmål): what, by when, and how one sees it is reached (required). */
const SubGoalBody = z.strictObject({
  text: StepText,
  dueDate: SubGoalDue.describe('When the sub-goal should be reached.'),
  successCriterion: SuccessCriterion.describe('How one sees that the sub-goal is reached (required).'),
});

export const GoalParams = z.strictObject({ goalId: z.uuid('Ukendt mål-id.') });

export const GoalStatusSchema = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof GoalStatusSchema>;
export const ProgressSchema = z.enum(FOLLOW_UP_PROGRESS);
export type Progress = z.infer<typeof ProgressSchema>;

export const GoalListQuery = z.strictObject({
  status: GoalStatusSchema.optional().describe('Only goals with this status; all when left out.'),
});
export type GoalListQuery = z.infer<typeof GoalListQuery>;

const bothResponsible = (b: { responsibleUserId?: string | null; responsibleExternal?: string | null }) =>
  !(b.responsibleUserId && b.responsibleExternal);
const bothResponsibleIssue = {
  message: 'Vælg enten en medarbejder eller en ekstern ansvarlig, ikke begge.',
  path: ['responsibleExternal'],
};

export const GoalCreateBody = z
  .strictObject({
    title: Title.describe("The goal in the citizen's own words."),
    whatMatters: WhatMatters.default('').describe('What matters to the citizen: hopes, dreams, resources.'),
    ffbConditionCode: FfbCode.describe("An FFB condition (tilstand) under one of the six Aktivitet og deltagelse areas, e.g. 'Lave mad'; the area follows from it."),
    interventionId: z.uuid('Ukendt indsats.').optional().describe("The citizen's service (indsats) the goal belongs to; defaults to their current service on the caller's unit, else their current one."),
    goalTypeCode: FfbCode.describe('Måltype: udvikle, fastholde, begrænse tab.'),
    targetLevelCode: FfbCode.describe("The functional level the goal aims for (not 'Ikke vurderet')."),
    responsibleUserId: z.uuid('Ukendt medarbejder.').optional().describe('A user of the same municipality responsible for the goal.'),
    responsibleExternal: ResponsibleExternal.optional().describe('An outside actor responsible (free text), instead of a user.'),
    startDate: CareDate,
    nextFollowUpDate: CareDate.optional().describe("Defaults to startDate + the facility's follow-up interval (3 months without one)."),
    subGoals: z.array(SubGoalBody).max(30).default([]),
    actions: z.array(z.strictObject({ text: StepText, responsible: StepResponsible.optional() })).max(30).default([]),
  })
  .refine(bothResponsible, bothResponsibleIssue)
  .refine((b) => !b.nextFollowUpDate || !isIsoDate(b.startDate) || b.nextFollowUpDate >= b.startDate, {
    message: 'Næste opfølgning kan ikke ligge før startdatoen.',
    path: ['nextFollowUpDate'],
  });
export type GoalCreateBody = z.infer<typeof GoalCreateBody>;
/** What a client sends (before defaults). */
export type GoalCreateRequest = z.input<typeof GoalCreateBody>;

/** A sub-goal or action in an edit: with `id` it changes that step, without it adds one; steps left out are removed. */
const SubGoalEdit = SubGoalBody.extend({
  id: z.uuid().optional(),
  evaluation: SubGoalEvaluationBody.nullable().optional().describe('The evaluation; null or left out: not evaluated yet.'),
});
const ActionEdit = z.strictObject({
  id: z.uuid().optional(),
  text: StepText,
  responsible: StepResponsible.optional(),
  done: z.boolean().default(false),
});

export const GoalPatchBody = z
  .strictObject({
    version: Version.describe('The version the client read; a stale one answers 409.'),
    title: Title.optional(),
    whatMatters: WhatMatters.optional(),
    ffbConditionCode: FfbCode.optional().describe('Required when the goal has no condition yet (goals from before conditions).'),
    goalTypeCode: FfbCode.optional(),
    targetLevelCode: FfbCode.optional(),
    responsibleUserId: z.uuid('Ukendt medarbejder.').nullable().optional().describe('null clears it. Setting one of the two responsible fields replaces the other.'),
    responsibleExternal: ResponsibleExternal.nullable().optional(),
    nextFollowUpDate: CareDate.optional(),
    subGoals: z.array(SubGoalEdit).max(30).optional().describe('Replaces the sub-goals: items without an id are new ones, items with an id keep and change that one.'),
    actions: z.array(ActionEdit).max(30).optional(),
  })
  .refine(bothResponsible, bothResponsibleIssue)
  .refine(hasChange, nothingToChange('version'));
export type GoalPatchBody = z.infer<typeof GoalPatchBody>;
export type GoalPatchRequest = z.input<typeof GoalPatchBody>;

export const GoalStatusBody = z
  .strictObject({
    version: Version,
    status: z.enum(GOAL_STATUSES, 'Vælg en af mulighederne: aktivt, opnået, sat på pause eller opgivet.'),
    reason: z.string().trim().max(1000).optional().describe('Why the goal was achieved, paused or dropped (required then).'),
  })
  .refine((b) => b.status === 'active' || (b.reason ?? '').length > 0, {
    message: 'Skriv hvorfor målet ændrer status.',
    path: ['reason'],
  });
export type GoalStatusBody = z.infer<typeof GoalStatusBody>;

const AssessmentText = z.string().trim().max(5000).default('');

/** POST /citizens/:citizenId/assessments: an FFB assessment of one condition. */
export const AssessmentBody = z.strictObject({
  conditionCode: FfbCode.describe('An FFB condition under Aktivitet og deltagelse.'),
  assessedOn: CareDate,
  levelCode: FfbCode.describe("A functional level on FFB's scale (not 'Ikke vurderet')."),
  note: AssessmentText.describe('The professional assessment.'),
  citizenView: AssessmentText.describe("The citizen's own view."),
});
export type AssessmentBody = z.infer<typeof AssessmentBody>;
export type AssessmentRequest = z.input<typeof AssessmentBody>;

const WishText = z.string('Skriv borgerens ønske med egne ord.').trim().min(1, 'Skriv borgerens ønske med egne ord.').max(2000);
/** POST /citizens/:citizenId/wishes: what matters to the citizen, in their words. */
export const WishBody = z.strictObject({ text: WishText, wishDate: CareDate });
export type WishBody = z.infer<typeof WishBody>;
export const WishParams = z.strictObject({ wishId: z.uuid('Ukendt ønske-id.') });
export const WishPatchBody = z
  .strictObject({ version: Version, text: WishText.optional(), wishDate: CareDate.optional() })
  .refine(hasChange, nothingToChange('version'));
export type WishPatchBody = z.infer<typeof WishPatchBody>;

export const FollowUpBody = z.strictObject({
  followUpDate: CareDate,
  progress: z.enum(FOLLOW_UP_PROGRESS, 'Vælg, hvordan det er gået: fremgang, uændret eller tilbagegang.'),
  levelCode: FfbCode.optional().describe('The functional level reached, if assessed.'),
  note: z.string().trim().min(1, 'Skriv et notat om opfølgningen.').max(5000),
  continues: z.boolean().describe('false ends the follow-ups: the goal has no next date.'),
  nextFollowUpDate: CareDate.optional().describe("Defaults to followUpDate + the facility's interval."),
  authorityStatusCode: FfbCode.optional().describe("The outcome for the authority: FFB's Status på indsats (continue / end / end and refer on)."),
  assessment: z
    .strictObject({ levelCode: FfbCode, note: AssessmentText, citizenView: AssessmentText })
    .optional()
    .describe("A new FFB assessment of the goal's condition, dated followUpDate."),
});
export type FollowUpBody = z.infer<typeof FollowUpBody>;
export type FollowUpRequest = z.input<typeof FollowUpBody>;

export const DueListQuery = z.strictObject({
  orgUnitId: z.uuid('Ukendt enhed.').optional().describe('Narrow to citizens placed under this org unit.'),
  days: z.coerce.number().int().min(1, 'Mindst 1 dag.').max(90, 'Højst 90 dage.').default(14).describe('How many days ahead count as upcoming.'),
});
export type DueListQuery = z.infer<typeof DueListQuery>;


// ---- Answers ----

/** A code of the FFB catalogue with its Danish display name. */
export const Coded = z.object({ code: z.string(), display: z.string() }).meta({ id: 'Coded' });
export type Coded = z.infer<typeof Coded>;

/** Who follows a goal up: a colleague (userId, name), someone outside (external), or nobody (all null). */
export const Responsible = z.object({ userId: z.string().nullable(), name: z.string().nullable(), external: z.string().nullable() }).meta({ id: 'Responsible' });
export type Responsible = z.infer<typeof Responsible>;

/** The service (indsats) a goal belongs to; `current` false once it has ended (its goals are history). */
export const GoalService = z.object({
  id: z.string(),
  kindName: z.string(),
  unitName: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  current: z.boolean(),
}).meta({ id: 'GoalService' });
export type GoalService = z.infer<typeof GoalService>;

export const SubGoal = z.object({
  id: z.string(),
  text: z.string(),
  /** null on sub-goals from before dates and criteria (needsCompletion). */
  dueDate: z.string().nullable(),
  successCriterion: z.string().nullable(),
  evaluation: z.object({ result: SubGoalEvaluationSchema, date: z.string(), note: z.string() }).nullable(),
  /** Evaluated as achieved. */
  done: z.boolean(),
  /** Lacks a due date or success criterion: to be completed on the next edit. */
  needsCompletion: z.boolean(),
}).meta({ id: 'SubGoal' });
export type SubGoal = z.infer<typeof SubGoal>;

/** A goal, with what the signed-in user may do on its citizen (the citizen's abilities, by action). */
export const Goal = z.object({
  id: z.string(),
  citizenId: z.string(),
  /** The goal in the citizen's own words. */
  title: z.string(),
  whatMatters: z.string(),
  ffbArea: Coded,
  /** The FFB condition; null on goals from before conditions, until staff choose one. */
  ffbCondition: Coded.nullable(),
  service: GoalService.nullable(),
  goalType: Coded,
  targetLevel: Coded,
  /** The level reached at the latest follow-up that assessed it. */
  currentLevel: Coded.nullable(),
  responsible: Responsible,
  startDate: z.string(),
  /** null once the follow-ups have ended. */
  nextFollowUpDate: z.string().nullable(),
  /** Active and its follow-up date has passed. */
  overdue: z.boolean(),
  status: GoalStatusSchema,
  statusReason: z.string().nullable(),
  subGoals: z.array(SubGoal),
  actions: z.array(z.object({ id: z.string(), text: z.string(), responsible: z.string().nullable(), done: z.boolean() })),
  version: z.int(),
  /** ISO timestamps. */
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.record(z.string(), z.boolean()),
}).meta({ id: 'Goal' });
export type Goal = z.infer<typeof Goal>;

export const FollowUp = z.object({
  id: z.string(),
  followUpDate: z.string(),
  progress: ProgressSchema,
  level: Coded.nullable(),
  note: z.string(),
  continues: z.boolean(),
  nextFollowUpDate: z.string().nullable(),
  /** FFB's Status på indsats; null on follow-ups from before. */
  authorityStatus: Coded.nullable(),
  author: Ref,
  createdAt: z.string(),
}).meta({ id: 'FollowUp' });

export const Assessment = z.object({
  id: z.string(),
  condition: Coded,
  area: Coded,
  assessedOn: z.string(),
  level: Coded,
  note: z.string(),
  citizenView: z.string(),
  assessedBy: Ref,
  /** The follow-up it was recorded with, if any. */
  followUpId: z.string().nullable(),
  createdAt: z.string(),
}).meta({ id: 'Assessment' });
export type Assessment = z.infer<typeof Assessment>;

export const Wish = z.object({
  id: z.string(),
  citizenId: z.string(),
  text: z.string(),
  wishDate: z.string(),
  version: z.int(),
  updatedBy: Ref,
  updatedAt: z.string(),
}).meta({ id: 'Wish' });
export type Wish = z.infer<typeof Wish>;
export type FollowUp = z.infer<typeof FollowUp>;

/** A journal note linked to a goal: its first 160 characters. */
export const GoalNote = NoteExcerpt.meta({ id: 'GoalNote' });
export type GoalNote = z.infer<typeof GoalNote>;

/** GET /goals/:goalId. `notes` (linked journal notes) is absent unless the user reads the citizen's journal. */
export const GoalDetail = Goal.extend({
  followUps: z.array(FollowUp),
  notes: z.array(GoalNote).optional(),
  /** The latest FFB assessment of the goal's condition (what a follow-up reads and may renew). */
  latestAssessment: Assessment.nullable(),
}).meta({ id: 'GoalDetail' });
export type GoalDetail = z.infer<typeof GoalDetail>;

/** POST /goals/:goalId/follow-ups: the follow-up recorded and the goal as it now stands. */
export const FollowUpRecorded = z.object({ followUp: FollowUp, goal: Goal }).meta({ id: 'FollowUpRecorded' });
export type FollowUpRecorded = z.infer<typeof FollowUpRecorded>;

/** GET /follow-ups/due: one goal whose follow-up is overdue or coming up. */
export const DueItem = z.object({
  goalId: z.string(),
  goalTitle: z.string(),
  citizenId: z.string(),
  citizenName: z.string(),
  unitName: z.string().nullable(),
  facilityName: z.string().nullable(),
  responsible: Responsible,
  date: z.string(),
  /** Days since the follow-up date: positive when overdue, 0 today, negative ahead. */
  daysOverdue: z.int(),
}).meta({ id: 'DueItem' });
export type DueItem = z.infer<typeof DueItem>;

export const DueList = z.object({ overdue: z.array(DueItem), upcoming: z.array(DueItem) }).meta({ id: 'DueList' });
export type DueList = z.infer<typeof DueList>;

/** GET /ffb-codes: the FFB conditions a goal or assessment sits on (with their area) and FFB's statuses on a service. */
export const FfbCodes = z.object({
  conditions: z.array(z.object({ code: z.string(), display: z.string(), definition: z.string().nullable(), area: Coded })),
  authorityStatuses: z.array(Coded),
}).meta({ id: 'FfbCodes' });
export type FfbCodes = z.infer<typeof FfbCodes>;
