/** Test fixtures for the plan tests: FFB codes by name, a valid goal body, goals written directly. */
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';
import { FUNCTIONAL_LEVEL_ORDER, NOT_ASSESSED_LEVEL } from '../../../domain/ffb.js';

export const FFB = {
  /** Aktivitet og deltagelse → */
  egenomsorg: 'da3f488f-1742-4d00-b247-a7d47500b36b',
  relationer: '3856b434-f72e-42a5-b9d1-0cc93f48434b',
  praktiskeOpgaver: 'eef71492-65f5-4297-aa95-3c3a6866ddef',
  samfundsliv: 'dfbe6ff6-223b-436a-b864-8ba29bda41e2',
  /** Conditions (tilstande): Praktiske opgaver → */
  laveMad: 'b947f321-7cdb-4b33-9653-f3ff800572b0',
  koebeInd: '01770afa-cd17-41fe-a966-b8895e4d55d8',
  /** Samfundsliv → */
  varetageOekonomi: '70443014-3faf-402d-abcf-396bfad32eb9',
  /** Egenomsorg → */
  spise: '464a2ab6-a7df-4b3a-b74d-7873f4cfe668',
  /** Funktioner og forhold → Mentale funktioner: not a life area a goal may address. */
  mentaleFunktioner: '25c5c614-305f-46cd-9891-55d564fc30cf',
  udvikle: 'd41c8072-52f8-42b5-9375-ddbea454d27f',
  fastholde: '10752a63-00b4-4958-b7f4-9f3a18f74266',
  ingen: FUNCTIONAL_LEVEL_ORDER[0],
  let: FUNCTIONAL_LEVEL_ORDER[1],
  moderat: FUNCTIONAL_LEVEL_ORDER[2],
  ikkeVurderet: NOT_ASSESSED_LEVEL,
} as const;

/** A valid POST /citizens/:id/goals body. */
export const goalBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Jeg vil selv kunne handle ind i Netto',
  whatMatters: 'At klare mig selv og have råd til kaffe med min søster',
  ffbConditionCode: FFB.koebeInd,
  goalTypeCode: FFB.udvikle,
  targetLevelCode: FFB.let,
  startDate: '2026-01-15',
  subGoals: [
    { text: 'Lave en indkøbsseddel', dueDate: '2026-02-15', successCriterion: 'Sedlen er skrevet tre tirsdage i træk' },
    { text: 'Gå turen til Netto med en medarbejder', dueDate: '2026-03-15', successCriterion: 'Turen er gået to gange' },
  ],
  actions: [{ text: 'Træne indkøb hver tirsdag', responsible: 'Kontaktperson' }, { text: 'Budget med økonomirådgiver' }],
  ...overrides,
});

/**
 * Writes a goal straight into the database (a fixture, as the connection's own role), for tests
 * that need goals with chosen dates and statuses. Returns its id.
 */
export async function insertGoalRow(
  db: Db,
  w: World,
  citizenId: string,
  opts: { title?: string; nextFollowUpDate?: string | null; status?: string; startDate?: string; conditionCode?: string | null } = {},
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO goals (municipality_id, citizen_id, title, ffb_area_code, goal_type_code, target_level_code, start_date,
                        next_follow_up_date, status, status_reason, created_by, ffb_condition_code)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $9 = 'active' THEN NULL ELSE 'test' END, $10, $11) RETURNING id`,
    [w.municipalityId, citizenId, opts.title ?? 'Mål', FFB.egenomsorg, FFB.udvikle, FFB.let, opts.startDate ?? '2025-01-01',
      opts.nextFollowUpDate === undefined ? '2030-01-01' : opts.nextFollowUpDate, opts.status ?? 'active', w.users.staff.id,
      opts.conditionCode === undefined ? FFB.spise : opts.conditionCode],
  );
  return row.id;
}

/** Rows in `table` matching `where` (tests check that bad input wrote nothing). */
export async function countRows(db: Db, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return n;
}
