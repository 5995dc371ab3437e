import { z } from 'zod';
import { isIsoDate } from '../../../domain/dates.js';
import { FOLLOW_UP_PROGRESS, GOAL_STATUSES } from '../../../domain/plans.js';
import { CareDate, hasChange, nothingToChange, Version } from '../../../contracts/common.js';

const FfbCode = z.string('Vælg en værdi.').trim().min(1, 'Vælg en værdi.').max(100);
const Title = z.string().trim().min(1, 'Skriv målet med borgerens egne ord.').max(300);
const WhatMatters = z.string().trim().max(5000);
const ResponsibleExternal = z.string().trim().min(1).max(200);
const StepText = z.string().trim().min(1, 'Teksten mangler.').max(500);
const StepResponsible = z.string().trim().max(200);

export const GoalParams = z.strictObject({ goalId: z.uuid('Ukendt mål-id.') });

export const GoalListQuery = z.strictObject({
  /** Only goals with this status; all when left out. */
  status: z.enum(GOAL_STATUSES).optional(),
});

const bothResponsible = (b: { responsibleUserId?: string | null; responsibleExternal?: string | null }) =>
  !(b.responsibleUserId && b.responsibleExternal);
const bothResponsibleIssue = {
  message: 'Vælg enten en medarbejder eller en ekstern ansvarlig, ikke begge.',
  path: ['responsibleExternal'],
};

export const GoalCreateBody = z
  .strictObject({
    /** The goal in the citizen's own words. */
    title: Title,
    /** What matters to the citizen: hopes, dreams, resources. */
    whatMatters: WhatMatters.default(''),
    /** One of the six Aktivitet og deltagelse areas (FFB). */
    ffbAreaCode: FfbCode,
    /** Måltype: udvikle, fastholde, begrænse tab. */
    goalTypeCode: FfbCode,
    /** The functional level the goal aims for (not 'Ikke vurderet'). */
    targetLevelCode: FfbCode,
    /** A user of the same municipality responsible for the goal. */
    responsibleUserId: z.uuid('Ukendt medarbejder.').optional(),
    /** An outside actor responsible (free text), instead of a user. */
    responsibleExternal: ResponsibleExternal.optional(),
    startDate: CareDate,
    /** Defaults to startDate + the facility's follow-up interval (3 months without one). */
    nextFollowUpDate: CareDate.optional(),
    subGoals: z.array(StepText).max(30).default([]),
    actions: z.array(z.strictObject({ text: StepText, responsible: StepResponsible.optional() })).max(30).default([]),
  })
  .refine(bothResponsible, bothResponsibleIssue)
  .refine((b) => !b.nextFollowUpDate || !isIsoDate(b.startDate) || b.nextFollowUpDate >= b.startDate, {
    message: 'Næste opfølgning kan ikke ligge før startdatoen.',
    path: ['nextFollowUpDate'],
  });
export type GoalCreateBody = z.infer<typeof GoalCreateBody>;

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
    /** The version the client read; a stale one answers 409. */
    version: Version,
    title: Title.optional(),
    whatMatters: WhatMatters.optional(),
    ffbAreaCode: FfbCode.optional(),
    goalTypeCode: FfbCode.optional(),
    targetLevelCode: FfbCode.optional(),
    /** null clears it. Setting one of the two responsible fields replaces the other. */
    responsibleUserId: z.uuid('Ukendt medarbejder.').nullable().optional(),
    responsibleExternal: ResponsibleExternal.nullable().optional(),
    nextFollowUpDate: CareDate.optional(),
    /** Replaces the sub-goals: strings are new ones, objects with an id keep and change that one. */
    subGoals: z.array(SubGoalEdit).max(30).optional(),
    actions: z.array(ActionEdit).max(30).optional(),
  })
  .refine(bothResponsible, bothResponsibleIssue)
  .refine(hasChange, nothingToChange('version'));
export type GoalPatchBody = z.infer<typeof GoalPatchBody>;

export const GoalStatusBody = z
  .strictObject({
    version: Version,
    status: z.enum(GOAL_STATUSES, 'Vælg en af mulighederne: aktivt, opnået, sat på pause eller opgivet.'),
    /** Why the goal was achieved, paused or dropped (required then). */
    reason: z.string().trim().max(1000).optional(),
  })
  .refine((b) => b.status === 'active' || (b.reason ?? '').length > 0, {
    message: 'Skriv hvorfor målet ændrer status.',
    path: ['reason'],
  });
export type GoalStatusBody = z.infer<typeof GoalStatusBody>;

export const FollowUpBody = z.strictObject({
  followUpDate: CareDate,
  progress: z.enum(FOLLOW_UP_PROGRESS, 'Vælg, hvordan det er gået: fremgang, uændret eller tilbagegang.'),
  /** The functional level reached, if assessed. */
  levelCode: FfbCode.optional(),
  note: z.string().trim().min(1, 'Skriv et notat om opfølgningen.').max(5000),
  /** false ends the follow-ups: the goal has no next date. */
  continues: z.boolean(),
  /** Defaults to followUpDate + the facility's interval. */
  nextFollowUpDate: CareDate.optional(),
});
export type FollowUpBody = z.infer<typeof FollowUpBody>;

export const DueListQuery = z.strictObject({
  /** Narrow to citizens placed under this org unit. */
  orgUnitId: z.uuid('Ukendt enhed.').optional(),
  /** How many days ahead count as upcoming. */
  days: z.coerce.number().int().min(1, 'Mindst 1 dag.').max(90, 'Højst 90 dage.').default(14),
});
