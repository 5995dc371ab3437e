/** Test fixtures for the plan tests: FFB codes by name, a valid goal body, goals written directly. */
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';
import { FUNCTIONAL_LEVEL_ORDER, NOT_ASSESSED_LEVEL } from '../../../domain/ffb.js';

export const FFB = {
  /** Aktivitet og deltagelse → */
  egenomsorg: 'da3f488f-1742-4d00-b247-a7d47500b36b',
  relationer: '3856b434-f72e-42a5-b9d1-0cc93f48434b',
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
  ffbAreaCode: FFB.egenomsorg,
  goalTypeCode: FFB.udvikle,
  targetLevelCode: FFB.let,
  startDate: '2026-01-15',
  subGoals: ['Lave en indkøbsseddel', 'Gå turen til Netto med en medarbejder'],
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
  opts: { title?: string; nextFollowUpDate?: string | null; status?: string; startDate?: string } = {},
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO goals (municipality_id, citizen_id, title, ffb_area_code, goal_type_code, target_level_code, start_date,
                        next_follow_up_date, status, status_reason, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $9 = 'active' THEN NULL ELSE 'test' END, $10) RETURNING id`,
    [w.municipalityId, citizenId, opts.title ?? 'Mål', FFB.egenomsorg, FFB.udvikle, FFB.let, opts.startDate ?? '2025-01-01',
      opts.nextFollowUpDate === undefined ? '2030-01-01' : opts.nextFollowUpDate, opts.status ?? 'active', w.users.staff.id],
  );
  return row.id;
}

/** Rows in `table` matching `where` (tests check that bad input wrote nothing). */
export async function countRows(db: Db, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return n;
}
