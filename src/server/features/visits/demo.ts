import { plusDays } from '../../db/demo/random.js';
import { defineDemo, type DemoWorld } from '../../db/demo/stage.js';
import type { TableColumns } from '../../db/demo/tables.js';

const VISIT_TABLES = {
  visits: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', unit_id: 'uuid', planned_date: 'date', planned_start: 'time', planned_minutes: 'int',
    note: 'text', status: 'text', actual_start: 'time', actual_end: 'time', outcome_note: 'text', recorded_by: 'uuid', created_by: 'uuid',
    // Recorded at the visit's end (done) or its planned start (cancelled, not at home).
    recorded_at: { expr: `CASE WHEN x.status <> 'planned' THEN (x.planned_date + coalesce(x.actual_end, x.planned_start)) AT TIME ZONE 'Europe/Copenhagen' END` },
    created_at: { expr: `(x.planned_date - 7 + time '09:00') AT TIME ZONE 'Europe/Copenhagen'` },
  },
  visit_staff: { municipality_id: 'uuid', visit_id: 'uuid', user_id: 'uuid', part: 'text' },
} satisfies TableColumns;

const PURPOSES = ['Hjælp med post og regninger', 'Indkøb sammen', 'Oprydning og tøjvask', 'Madplan for ugen', 'Følges til lægen', 'Samtale om ugen', 'Gåtur', 'Træning i at tage bussen'];
const DONE_NOTES = ['Gik godt.', 'Vi nåede det, vi havde aftalt.', 'Borgeren var træt, vi tog det roligt.', 'God stemning, aftalt næste gang.', ''];
const CANCELLED = ['Aflyst af borgeren (syg).', 'Aflyst: medarbejder syg, ny tid aftalt.', 'Flyttet efter aftale med borgeren.'];
const NOT_HOME = ['Ingen lukkede op, ringede uden svar.', 'Borgeren var ikke hjemme, efterlod seddel.'];
/** Weeks of visit history. */
const WEEKS = 8;

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * Visits of the home-support teams (units of facilities without places) to their citizens: 1–3 a
 * week on weekdays for the last eight weeks, recorded (mostly done, some cancelled or not at home),
 * and planned for the coming week; one citizen in eight has not been seen for three weeks or more.
 * The named home-support login has a visit planned today for their first citizen.
 */
function generateVisits({ spec, citizens, org, rng, today, nowMinute, out }: DemoWorld<keyof typeof VISIT_TABLES>): void {
  const teams = new Map(org.facilities.filter((f) => f.places.length === 0).flatMap((f) => f.units.map((u) => [u.id, u.staffIds] as const)));
  const named = spec.namedUsers.filter((u) => u.role === 'staff').map((u) => org.userIds.get(u.username));
  const seenToday = new Set<string>();
  for (const c of citizens) {
    const staff = teams.get(c.unitId);
    if (!staff?.length) continue;
    const perWeek = rng.int(1, 3);
    const unseenSince = rng.chance(1 / 8) ? rng.int(21, 40) : 0;
    const slot = rng.int(8, 15) * 60 + rng.pick([0, 30]);
    const lead = staff.includes(c.contactPersonId) ? c.contactPersonId : staff[0];
    for (let back = WEEKS * 7; back >= -7; back--) {
      const day = plusDays(today, -back);
      if (day < c.since || (unseenSince && back < unseenSince && back >= 0)) continue;
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const firstNamed = back === 0 && !unseenSince && named.includes(lead) && !seenToday.has(lead);
      if (!firstNamed && (weekday === 0 || weekday === 6 || !rng.chance(perWeek / 5))) continue;
      const start = firstNamed ? Math.max(nowMinute + 60, 10 * 60) : slot;
      if (start + 60 > 22 * 60) continue;
      const minutes = rng.pick([30, 45, 60, 90]);
      const id = rng.uuid();
      const planned = [lead, ...(rng.chance(0.15) ? [rng.pick(staff)] : [])];
      const past = back > 0 || (back === 0 && start + minutes < nowMinute && !firstNamed);
      const roll = rng.next();
      const status = !past ? 'planned' : roll < 0.85 ? 'done' : roll < 0.93 ? 'cancelled' : 'not_home';
      if (firstNamed) seenToday.add(lead);
      const actualStart = status === 'done' ? start + rng.int(-10, 15) : null;
      const actualEnd = actualStart === null ? null : actualStart + minutes + rng.int(-15, 20);
      out.visits.push({
        id, municipality_id: c.municipalityId, citizen_id: c.id, unit_id: c.unitId, planned_date: day, planned_start: hhmm(start), planned_minutes: minutes,
        note: rng.pick(PURPOSES), status,
        actual_start: actualStart === null ? null : hhmm(actualStart), actual_end: actualEnd === null ? null : hhmm(actualEnd),
        outcome_note: status === 'done' ? rng.pick(DONE_NOTES) : status === 'cancelled' ? rng.pick(CANCELLED) : status === 'not_home' ? rng.pick(NOT_HOME) : '',
        recorded_by: status === 'planned' ? null : lead, created_by: lead,
      });
      for (const user of new Set(planned)) out.visit_staff.push({ municipality_id: c.municipalityId, visit_id: id, user_id: user, part: 'planned' });
      if (status === 'done') for (const user of new Set(planned)) out.visit_staff.push({ municipality_id: c.municipalityId, visit_id: id, user_id: user, part: 'performed' });
    }
  }
}

export const visitsDemo = defineDemo({ tables: VISIT_TABLES, stage: generateVisits });
