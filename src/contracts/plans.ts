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
    ffbAreaCode: FfbCode.describe('One of the six Aktivitet og deltagelse areas (FFB).'),
    goalTypeCode: FfbCode.describe('Måltype: udvikle, fastholde, begrænse tab.'),
    targetLevelCode: FfbCode.describe("The functional level the goal aims for (not 'Ikke vurderet')."),
    responsibleUserId: z.uuid('Ukendt medarbejder.').optional().describe('A user of the same municipality responsible for the goal.'),
    responsibleExternal: ResponsibleExternal.optional().describe('An outside actor responsible (free text), instead of a user.'),
    startDate: CareDate,
    nextFollowUpDate: CareDate.optional().describe("Defaults to startDate + the facility's follow-up interval (3 months without one)."),
    subGoals: z.array(StepText).max(30).default([]),
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
const SubGoalEdit = z.union([StepText, z.strictObject({ id: z.uuid().optional(), text: StepText, done: z.boolean().default(false) })]);
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
    ffbAreaCode: FfbCode.optional(),
    goalTypeCode: FfbCode.optional(),
    targetLevelCode: FfbCode.optional(),
    responsibleUserId: z.uuid('Ukendt medarbejder.').nullable().optional().describe('null clears it. Setting one of the two responsible fields replaces the other.'),
    responsibleExternal: ResponsibleExternal.nullable().optional(),
    nextFollowUpDate: CareDate.optional(),
    subGoals: z.array(SubGoalEdit).max(30).optional().describe('Replaces the sub-goals: strings are new ones, objects with an id keep and change that one.'),
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

export const FollowUpBody = z.strictObject({
  followUpDate: CareDate,
  progress: z.enum(FOLLOW_UP_PROGRESS, 'Vælg, hvordan det er gået: fremgang, uændret eller tilbagegang.'),
  levelCode: FfbCode.optional().describe('The functional level reached, if assessed.'),
  note: z.string().trim().min(1, 'Skriv et notat om opfølgningen.').max(5000),
  continues: z.boolean().describe('false ends the follow-ups: the goal has no next date.'),
  nextFollowUpDate: CareDate.optional().describe("Defaults to followUpDate + the facility's interval."),
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

/** A goal, with what the signed-in user may do on its citizen (the citizen's abilities, by action). */
export const Goal = z.object({
  id: z.string(),
  citizenId: z.string(),
  /** The goal in the citizen's own words. */
  title: z.string(),
  whatMatters: z.string(),
  ffbArea: Coded,
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
  subGoals: z.array(z.object({ id: z.string(), text: z.string(), done: z.boolean() })),
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
  author: Ref,
  createdAt: z.string(),
}).meta({ id: 'FollowUp' });
export type FollowUp = z.infer<typeof FollowUp>;

/** A journal note linked to a goal: its first 160 characters. */
export const GoalNote = NoteExcerpt.meta({ id: 'GoalNote' });
export type GoalNote = z.infer<typeof GoalNote>;

/** GET /goals/:goalId. `notes` (linked journal notes) is absent unless the user reads the citizen's journal. */
export const GoalDetail = Goal.extend({ followUps: z.array(FollowUp), notes: z.array(GoalNote).optional() }).meta({ id: 'GoalDetail' });
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
