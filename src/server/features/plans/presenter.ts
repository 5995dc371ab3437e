import { daysBetween, todayInCopenhagen } from '../../../domain/dates.js';
import { isGoalOverdue } from '../../../domain/plans.js';
import type { FollowUpRow, GoalNoteRow, GoalRow, ServiceRow, StepRow } from './queries.js';
import type { AssessmentRow } from './assessments.queries.js';
import type { WishRow } from './wishes.queries.js';
import type { DueRow } from './due-list.queries.js';
import { isoTimestamp as iso } from '../../present.js';
import type { Assessment, DueItem, FollowUp, Goal, GoalNote, GoalService, SubGoal, Wish } from '../../../contracts/plans.js';

/** The service a goal belongs to; `current` until its end date has come. */
function presentService(row: ServiceRow | null, today: string): GoalService | null {
  if (!row) return null;
  return {
    id: row.id,
    kindName: row.kind_name,
    unitName: row.unit_name,
    startDate: row.start_date,
    endDate: row.end_date,
    current: row.end_date === null || row.end_date > today,
  };
}

function presentSubGoal(s: StepRow): SubGoal {
  return {
    id: s.id,
    text: s.text,
    dueDate: s.due_date,
    successCriterion: s.success_criterion,
    evaluation: s.evaluation ? { result: s.evaluation, date: s.evaluated_on!, note: s.evaluation_note ?? '' } : null,
    done: s.done,
    needsCompletion: s.due_date === null || s.success_criterion === null,
  };
}

/** A goal as the API shows it (contracts/plans.ts `Goal`), with what the signed-in user may do. */
export function presentGoal(row: GoalRow, abilities: Record<string, boolean>, today = todayInCopenhagen()): Goal {
  return {
    id: row.id,
    citizenId: row.citizen_id,
    title: row.title,
    whatMatters: row.what_matters,
    ffbArea: row.ffb_area,
    ffbCondition: row.ffb_condition,
    service: presentService(row.service, today),
    goalType: row.goal_type,
    targetLevel: row.target_level,
    currentLevel: row.current_level,
    responsible: { userId: row.responsible_user_id, name: row.responsible_name, external: row.responsible_external },
    startDate: row.start_date,
    nextFollowUpDate: row.next_follow_up_date,
    overdue: isGoalOverdue({ status: row.status, nextFollowUpDate: row.next_follow_up_date }, today),
    status: row.status,
    statusReason: row.status_reason,
    subGoals: row.steps.filter((s) => s.kind === 'sub_goal').map(presentSubGoal),
    actions: row.steps.filter((s) => s.kind === 'action').map((s) => ({ id: s.id, text: s.text, responsible: s.responsible, done: s.done })),
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    abilities,
  };
}

export function presentFollowUp(row: FollowUpRow): FollowUp {
  return {
    id: row.id,
    followUpDate: row.follow_up_date,
    progress: row.progress,
    level: row.level,
    note: row.note,
    continues: row.continues,
    nextFollowUpDate: row.next_follow_up_date,
    authorityStatus: row.authority_status,
    author: { id: row.author_id, name: row.author_name },
    createdAt: iso(row.created_at),
  };
}

export function presentGoalNote(row: GoalNoteRow): GoalNote {
  return { id: row.id, writtenAt: iso(row.written_at), body: row.body, authorName: row.author_name };
}

/** One line of the due list; `daysOverdue` is negative for upcoming follow-ups (−3: due in three days). */
export function presentDueItem(row: DueRow, today: string): DueItem {
  return {
    goalId: row.goal_id,
    goalTitle: row.goal_title,
    citizenId: row.citizen_id,
    citizenName: `${row.first_name} ${row.last_name}`,
    unitName: row.unit_name,
    facilityName: row.facility_name,
    responsible: { userId: row.responsible_user_id, name: row.responsible_name, external: row.responsible_external },
    date: row.date,
    daysOverdue: daysBetween(row.date, today),
  };
}

export function presentAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    condition: row.condition,
    area: row.area,
    assessedOn: row.assessed_on,
    level: row.level,
    note: row.note,
    citizenView: row.citizen_view,
    assessedBy: { id: row.assessed_by_id, name: row.assessed_by_name },
    followUpId: row.follow_up_id,
    createdAt: iso(row.created_at),
  };
}

export function presentWish(row: WishRow): Wish {
  return {
    id: row.id,
    citizenId: row.citizen_id,
    text: row.text,
    wishDate: row.wish_date,
    version: row.version,
    updatedBy: { id: row.updated_by_id, name: row.updated_by_name },
    updatedAt: iso(row.updated_at),
  };
}
