import type { TeamCitizen, Visit } from '../../../contracts/visits.js';
import type { TeamCitizenRow, VisitRow, WeekVisitRow } from './queries.js';
import { isoTimestamp as iso } from '../../present.js';
import { daysBetween } from '../../../domain/dates.js';

const staffOf = (row: VisitRow, part: 'planned' | 'performed') => row.staff.filter((s) => s.part === part).map(({ id, name }) => ({ id, name }));

/** A visit as the API sends it; `mayRecord`: the actor may record it (the policy's 'record' on its team). */
export function presentVisit(row: VisitRow, mayRecord: boolean): Visit {
  return {
    id: row.id,
    citizenId: row.citizen_id,
    team: { id: row.unit_id, name: row.unit_name },
    date: row.planned_date,
    startTime: row.planned_start,
    plannedMinutes: row.planned_minutes,
    note: row.note,
    plannedStaff: staffOf(row, 'planned'),
    status: row.status,
    actualStart: row.actual_start,
    actualEnd: row.actual_end,
    actualMinutes: row.actual_minutes,
    performedBy: staffOf(row, 'performed'),
    outcomeNote: row.outcome_note,
    recordedBy: row.recorded_by_name,
    recordedAt: row.recorded_at ? iso(row.recorded_at) : null,
    version: row.version,
    abilities: { record: mayRecord && row.status === 'planned' },
  };
}

export const presentWeekVisit = (row: WeekVisitRow, mayRecord: boolean) => ({
  ...presentVisit(row, mayRecord),
  citizen: { id: row.citizen_id, name: `${row.first_name} ${row.last_name}` },
});

export function presentTeamCitizen(row: TeamCitizenRow, today: string, days: number): TeamCitizen {
  const since = row.last_visit ? daysBetween(row.last_visit, today) : null;
  return {
    citizen: { id: row.id, name: `${row.first_name} ${row.last_name}` },
    lastVisit: row.last_visit,
    daysSinceLastVisit: since,
    overdue: since === null || since >= days,
    nextVisit: row.next_visit,
    dueThisWeek: row.due_this_week,
  };
}
