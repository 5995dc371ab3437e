import type pg from 'pg';
import { benchId } from '../../db/demo/bench-stage.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { copenhagenInstant, daysBefore } from '../../../domain/medication/clock.js';

/**
 * What bench/run.ts measures of the medicine round (issue 13), as the first staff member of unit 1:
 * the unit's round this morning, and registering yesterday's 08:00 dose of its first citizen's first
 * line — the bench data registered it, so `cleanup` deletes it (on the bench's own connection, outside
 * the server's time) before each request and each replay of the floor.
 */
export async function medicineRoundTargets(c: pg.Client, staff: { cookie: string; csrfToken: string }) {
  const unit = benchId('unit', 1);
  const today = todayInCopenhagen();
  const [line] = (
    await c.query<{ id: string }>(
      `SELECT l.id FROM bench_citizens b JOIN medicine_lines l ON l.citizen_id = b.id AND l.kind = 'fixed' WHERE b.unit = 1 ORDER BY b.n, l.id LIMIT 1`,
    )
  ).rows;
  if (!line) return [];
  const scheduledFor = copenhagenInstant(daysBefore(today, 1), '08:00').toISOString();
  return [
    { name: 'Medicinrunde (staff, one unit, morning)', cookie: staff.cookie, paths: [`/api/medicine-rounds/${unit}?date=${today}&slot=morning`] },
    {
      name: 'Medicinregistrering (staff, one dose)',
      cookie: staff.cookie,
      paths: ['/api/medicine-administrations'],
      post: {
        csrf: staff.csrfToken,
        status: 201,
        body: { clientId: 'a6f0c1f2-3b4c-4d5e-8f60-718293a4b5c6', lineId: line.id, scheduledFor, outcome: 'given' },
        cleanup: () => c.query('DELETE FROM medicine_administrations WHERE line_id = $1 AND scheduled_for = $2', [line.id, scheduledFor]),
      },
    },
  ];
}
