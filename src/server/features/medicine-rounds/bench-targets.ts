import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { benchId } from '../../db/demo/bench-stage.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { copenhagenInstant, daysBefore } from '../../../domain/medication/clock.js';

/**
 * What bench/run.ts measures of the medicine round (issue 13), as the first staff member of unit 1:
 * the unit's round this morning, and registering yesterday's 08:00 dose of its first citizen's first
 * line — the bench data registered it, so `cleanup` deletes it (on the bench's own connection, outside
 * the server's time) before each request and each replay of the floor. Each target's `load` gives the
 * requests an autocannon run sends to measure CPU per request (the registrations: doses freed for it).
 */
export async function medicineRoundTargets(c: pg.Client, staff: { cookie: string; csrfToken: string }) {
  const m = benchId('municipality', 1);
  const unit = benchId('unit', 1);
  const today = todayInCopenhagen();
  const [line] = (
    await c.query<{ id: string }>(
      `SELECT l.id FROM bench_citizens b JOIN medicine_lines l ON l.citizen_id = b.id AND l.kind = 'fixed' WHERE b.unit = 1 ORDER BY b.n, l.id LIMIT 1`,
    )
  ).rows;
  if (!line) return [];
  const scheduledFor = copenhagenInstant(daysBefore(today, 1), '08:00').toISOString();
  const round = `/api/medicine-rounds/${unit}?date=${today}&slot=morning`;
  return [
    {
      name: 'Medicinrunde (staff, one unit, morning)',
      cookie: staff.cookie,
      paths: [round],
      load: { prepare: async () => [{ method: 'GET', path: round, headers: { cookie: staff.cookie } }] },
    },
    {
      name: 'Medicinregistrering (staff, one dose)',
      cookie: staff.cookie,
      paths: ['/api/medicine-administrations'],
      post: {
        csrf: staff.csrfToken,
        status: 201,
        body: { clientId: 'a6f0c1f2-3b4c-4d5e-8f60-718293a4b5c6', lineId: line.id, scheduledFor, outcome: 'given' },
        // By the dose's key (municipality, line, time): one index probe among ten million rows.
        cleanup: () => c.query('DELETE FROM medicine_administrations WHERE municipality_id = $1 AND line_id = $2 AND scheduled_for = $3', [m, line.id, scheduledFor]),
      },
      load: { prepare: () => registrationLoad(c, staff, m, today, LOAD_DAYS) },
    },
  ];
}

/** Days of unit 1's fixed doses (200 a day) the CPU load registers anew: more than it sends. */
const LOAD_DAYS = 8;

/**
 * For CPU per registration under load: every fixed dose of unit 1's citizens on the `days` days
 * before yesterday, deleted here and then registered again by the load, one request each (a fresh
 * client id; none repeats, so each is a first registration as in the measured request).
 */
async function registrationLoad(c: pg.Client, staff: { cookie: string; csrfToken: string }, m: string, today: string, days: number) {
  const doses = (
    await c.query<{ line_id: string; scheduled_for: Date }>(
      `SELECT l.id AS line_id, (($1::date - d) + (s->>'time')::time) AT TIME ZONE 'Europe/Copenhagen' AS scheduled_for
         FROM bench_citizens b JOIN medicine_lines l ON l.citizen_id = b.id AND l.kind = 'fixed'
        CROSS JOIN generate_series(2, $2::int + 1) d CROSS JOIN jsonb_array_elements(l.schedule) s
        WHERE b.unit = 1 ORDER BY d DESC, scheduled_for, l.id`,
      [today, days],
    )
  ).rows;
  await c.query(
    `DELETE FROM medicine_administrations a USING unnest($1::uuid[], $2::timestamptz[]) d(line_id, scheduled_for)
      WHERE a.municipality_id = $3 AND a.line_id = d.line_id AND a.scheduled_for = d.scheduled_for`,
    [doses.map((d) => d.line_id), doses.map((d) => d.scheduled_for), m],
  );
  return doses.map((d) => ({
    method: 'POST',
    path: '/api/medicine-administrations',
    headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: randomUUID(), lineId: d.line_id, scheduledFor: d.scheduled_for.toISOString(), outcome: 'given' }),
  }));
}
