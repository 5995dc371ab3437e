/**
 * Rules of the citizen's plan (Borgerens Plan): when a goal's follow-up is due, how the next date
 * is found, what a follow-up must contain, and the order the FFB scales are shown in.
 */
import { addMonthsIso, isIsoDate } from './dates.js';
import { FFB_GROUPS, FUNCTIONAL_LEVEL_ORDER, NOT_ASSESSED_LEVEL, type Concept } from './ffb.js';

/** Used when the citizen has no facility whose interval applies (e.g. a case worker's citizen at home). */
export const DEFAULT_FOLLOW_UP_MONTHS = 3;

export const GOAL_STATUSES = ['active', 'achieved', 'paused', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const FOLLOW_UP_PROGRESS = ['improved', 'unchanged', 'declined'] as const;
export type FollowUpProgress = (typeof FOLLOW_UP_PROGRESS)[number];

/** Support-need levels (Støttebehovsniveau) from none to complete; 'Ikke vurderet' is shown last. */
export const SUPPORT_NEED_LEVEL_ORDER = [
  'ae9f388a-91c3-46cf-af55-f81952f2977c', // Intet støttebehov
  'dd628e73-d6c9-4837-a2b8-aa62d73bd6ae', // Let støttebehov
  '401a397b-b3aa-4ca3-8b23-bd8f99dd3f76', // Moderat støttebehov
  'b99a0790-4d70-4152-b149-3fe58b745583', // Højt støttebehov
  'e99763d6-6c43-4969-ad52-2b1a7055f9dc', // Fuldstændigt støttebehov
  '2254dac8-8aa3-4334-8502-9720194f49ad', // Ikke vurderet
];

/** Functional levels best → worst, then 'Ikke vurderet' (the order pickers and charts use). */
export const FUNCTIONAL_LEVEL_DISPLAY_ORDER = [...FUNCTIONAL_LEVEL_ORDER, NOT_ASSESSED_LEVEL];

/**
 * Sorts catalogue entries by a fixed code order; codes the order does not know keep their
 * relative place after the known ones (a newer code-system version must not disappear).
 */
export function orderByCodes<T extends { code: string }>(items: T[], order: readonly string[]): T[] {
  const rank = (code: string) => {
    const i = order.indexOf(code);
    return i < 0 ? order.length : i;
  };
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item.code) - rank(b.item.code) || a.i - b.i)
    .map(({ item }) => item);
}

/** The default next follow-up: `from` plus the facility's interval (or three months). */
export function defaultNextFollowUp(from: string, intervalMonths: number | null | undefined): string {
  return addMonthsIso(from, intervalMonths ?? DEFAULT_FOLLOW_UP_MONTHS);
}

/**
 * Where a follow-up date sits relative to `today` (both YYYY-MM-DD, local Copenhagen dates):
 * before today is overdue; today up to and including today + `days` is upcoming.
 */
export function dueClass(date: string | null, today: string, days: number): 'overdue' | 'upcoming' | 'later' | 'none' {
  if (!date) return 'none';
  if (date < today) return 'overdue';
  return date <= addDaysIso(today, days) ? 'upcoming' : 'later';
}

/** Is an active goal past its follow-up date? Paused and closed goals are never overdue. */
export const isGoalOverdue = (goal: { status: string; nextFollowUpDate: string | null }, today: string) =>
  goal.status === 'active' && dueClass(goal.nextFollowUpDate, today, 0) === 'overdue';

/** `date` plus whole days, as YYYY-MM-DD (UTC arithmetic on a calendar date: no DST drift). */
export function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Is `code` a functional-ability level ('Ikke vurderet' included)? */
export const isFunctionalLevel = (code: string, concepts: Map<string, Concept>) =>
  concepts.get(code)?.parentCode === FFB_GROUPS.functionalLevel;

export interface FollowUpInput {
  followUpDate: string;
  levelCode?: string;
  continues: boolean;
  nextFollowUpDate?: string;
}

/**
 * Checks a follow-up against the goal and the calendar: not in the future, not before the goal
 * started, a reached level that is a functional level, and a next date after the follow-up
 * (none when the goal does not continue). Returns field errors (empty when valid).
 */
export function checkFollowUp(
  input: FollowUpInput,
  ctx: { today: string; goalStartDate: string; concepts: Map<string, Concept> },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isIsoDate(input.followUpDate)) errors.followUpDate = 'Ugyldig dato.';
  else if (input.followUpDate > ctx.today) errors.followUpDate = 'En opfølgning kan ikke dateres i fremtiden.';
  else if (input.followUpDate < ctx.goalStartDate) errors.followUpDate = 'Opfølgningen kan ikke ligge før målets startdato.';
  if (input.levelCode !== undefined && !isFunctionalLevel(input.levelCode, ctx.concepts)) {
    errors.levelCode = 'Vælg et funktionsevneniveau.';
  }
  if (input.nextFollowUpDate !== undefined) {
    if (!input.continues) errors.nextFollowUpDate = 'Et mål der ikke fortsætter, har ingen næste opfølgning.';
    else if (input.nextFollowUpDate <= input.followUpDate) errors.nextFollowUpDate = 'Næste opfølgning skal ligge efter denne opfølgning.';
  }
  return errors;
}

/** The goal's next follow-up after a follow-up: none if it stops, else the given date or the default. */
export function nextDateAfterFollowUp(input: FollowUpInput, intervalMonths: number | null): string | null {
  if (!input.continues) return null;
  return input.nextFollowUpDate ?? defaultNextFollowUp(input.followUpDate, intervalMonths);
}
