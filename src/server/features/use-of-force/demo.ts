import { plusDays } from '../../db/demo/random.js';
import { defineDemo, type DemoWorld } from '../../db/demo/stage.js';
import type { TableColumns } from '../../db/demo/tables.js';
import type { CitizenState } from '../../db/demo/people.js';
import { daysBetween } from '../../../domain/dates.js';

const local = (col: string) => `(x.${col}::timestamp AT TIME ZONE 'Europe/Copenhagen')`;
/** A leader over the report's unit (unit leader first), as the one who forwarded it. */
const leaderOver = `(SELECT r.user_id FROM user_roles r JOIN org_units at ON at.municipality_id = r.municipality_id AND at.id = r.org_unit_id
   JOIN org_units u ON u.municipality_id = x.municipality_id AND u.id = x.unit_id
  WHERE r.municipality_id = x.municipality_id AND r.role IN ('unit_leader', 'facility_leader') AND u.path LIKE at.path || '%'
  ORDER BY r.role DESC, r.user_id LIMIT 1)`;

const FORCE_TABLES = {
  use_of_force_decisions: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', measure_code: 'text', requested_on: 'date', decided_on: 'date', valid_from: 'date', valid_to: 'date',
    request_form_version: 'int', request_answers_json: { input: 'text' }, request_answers: { expr: 'x.request_answers_json::jsonb' },
    combined_overdue: { input: 'boolean' }, combined_overdue_at: { expr: `CASE WHEN x.combined_overdue THEN now() END` },
    recorded_by: 'uuid', recorded_at: { expr: `(x.decided_on + time '10:00') AT TIME ZONE 'Europe/Copenhagen'` },
  },
  use_of_force_uses: {
    municipality_id: 'uuid', decision_id: 'uuid', used: { input: 'text' }, used_at: { expr: local('used') }, minutes: 'int', note: 'text', registered_by: 'uuid',
    registered_at: { expr: `${local('used')} + interval '20 minutes'` },
  },
  use_of_force_reports: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', unit_id: 'uuid', form_code: 'text', form_version: 'int', decision_id: 'uuid',
    occurred: { input: 'text' }, occurred_at: { expr: local('occurred') },
    measure_list: { input: 'text' }, measures: { expr: `string_to_array(x.measure_list, '|')` },
    answers_json: { input: 'text' }, answers: { expr: 'x.answers_json::jsonb' },
    reported_by: 'uuid', reported_at: { expr: `${local('occurred')} + interval '3 hours'` }, staff_due: 'date', forward_due: 'date',
    leader_statement: 'text', forwarded: { input: 'boolean' },
    forwarded_by: { expr: `CASE WHEN x.forwarded THEN ${leaderOver} END` },
    forwarded_at: { expr: `CASE WHEN x.forwarded THEN (x.forward_due - 1 + time '11:30') AT TIME ZONE 'Europe/Copenhagen' END` },
    acting_municipality_name: {
      expr: `CASE WHEN x.forwarded THEN (SELECT d.name FROM interventions i JOIN danish_municipalities d ON d.code = i.acting_municipality_code
              WHERE i.municipality_id = x.municipality_id AND i.citizen_id = x.citizen_id AND i.unit_id = x.unit_id ORDER BY i.start_date DESC LIMIT 1) END`,
    },
    acting_municipality_code: {
      expr: `CASE WHEN x.forwarded THEN (SELECT i.acting_municipality_code FROM interventions i
              WHERE i.municipality_id = x.municipality_id AND i.citizen_id = x.citizen_id AND i.unit_id = x.unit_id ORDER BY i.start_date DESC LIMIT 1) END`,
    },
    inspectorate: { expr: `CASE WHEN x.forwarded THEN coalesce((SELECT s.name FROM municipalities m JOIN danish_municipalities d ON d.code = m.code
              JOIN socialtilsyn_regions s ON s.region = d.region WHERE m.id = x.municipality_id), 'Socialtilsynet') END` },
    overdue: { input: 'boolean' }, overdue_at: { expr: `CASE WHEN x.overdue THEN now() END` },
  },
} satisfies TableColumns;

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

const SKEMA1 = [
  {
    measures: '§ 124 d, stk. 2',
    answers: {
      durationMinutes: 4, situation: 'Borgeren gik ind i en anden beboers lejlighed uinviteret og blev meget urolig, da beboeren bad borgeren gå.',
      triedFirst: 'Verbal guidning, tilbud om kaffe i fællesstuen og afledning med borgerens musik.', participants: 'To medarbejdere fra vagten.',
      injuries: 'Ingen', citizenView: 'Borgeren sagde bagefter, at det var okay, men at hun blev bange.',
    },
  },
  {
    measures: '§ 124 c',
    answers: {
      durationMinutes: 2, situation: 'Borgeren var ved at kaste fjernsynet på gulvet efter en telefonsamtale.',
      triedFirst: 'Rolig tale og afstand; borgeren blev tilbudt at gå en tur.', participants: 'Én medarbejder.', injuries: 'Ingen', prevention: 'Aftale om at vi er med ved telefonsamtaler med familien.',
    },
  },
];

/**
 * Use of force in the demo: Skema 1 reports across the facilities with places (most forwarded with
 * the leader's statement, one waiting for the leader within its deadline, one overdue), a § 136 c
 * annex and a Skema 4; pre-approved decisions with their uses counted, and one expired without its
 * Skema 2. The named staff login's first citizen has the fresh report the leader forwards.
 */
function generateUseOfForce({ spec, citizens, org, rng, today, nowMinute, out }: DemoWorld<keyof typeof FORCE_TABLES>): void {
  const named = org.userIds.get('medarbejder');
  if (!named) return; // the demo municipality with the named logins only
  const leaderAt = spec.namedUsers.find((u) => u.username === 'leder')?.at;
  // Facilities with places, the named leader's first: their citizens are the ones the leader sees.
  const residences = [...new Set(citizens.filter((c) => c.facility.places.length > 0).map((c) => c.facility))]
    .sort((a, b) => Number(b.spec.name === leaderAt) - Number(a.spec.name === leaderAt)).slice(0, 4);
  if (residences.length === 0) return;
  const first = (f: (typeof residences)[number]) => citizens.find((c) => c.facility === f && (f !== residences[0] || c.contactPersonId === named)) ?? citizens.find((c) => c.facility === f)!;
  const report = (c: CitizenState, daysAgo: number, form: string, measures: string, answers: object, forwarded: boolean, reporter = c.contactPersonId) => {
    const day = plusDays(today, -daysAgo);
    const forwardDue = plusDays(day, 3);
    out.use_of_force_reports.push({
      id: rng.uuid(), municipality_id: c.municipalityId, citizen_id: c.id, unit_id: c.unitId, form_code: form, form_version: 1, decision_id: null,
      occurred: `${day}T${daysAgo === 0 ? hhmm(Math.max(0, nowMinute - 90)) : `${String(rng.int(8, 20)).padStart(2, '0')}:${rng.pick(['05', '20', '40'])}`}`, measure_list: measures, answers_json: JSON.stringify(answers),
      reported_by: reporter, staff_due: plusDays(day, 1), forward_due: forwardDue,
      leader_statement: forwarded ? 'Indgrebet var nødvendigt og forholdsmæssigt. Vi har drøftet situationen på personalemødet og justeret borgerens pædagogiske plan.' : null,
      forwarded, overdue: !forwarded && forwardDue < today,
    });
  };
  residences.forEach((f, i) => {
    const c = first(f);
    report(c, 20 + i * 9, 'skema1', SKEMA1[i % 2].measures, SKEMA1[i % 2].answers, true);
  });
  const home = first(residences[0]);
  // Registered by the named staff member this morning: the leader's to state and forward.
  report(home, 0, 'skema1', SKEMA1[0].measures, SKEMA1[0].answers, false, named);
  // Overdue: six days old, not forwarded.
  const late = citizens.find((c) => c.facility === residences[0] && c !== home) ?? home;
  report(late, 6, 'skema1', SKEMA1[1].measures, SKEMA1[1].answers, false);
  report(first(residences[Math.min(1, residences.length - 1)]), 35, 'bilag-136c', '§ 136 c', {
    hygieneSituation: 'Tandbørstning om aftenen', durationMinutes: 3, situation: 'Borgeren havde sår i munden og afviste tandbørstning.', participants: 'To medarbejdere.', injuries: 'Ingen',
  }, true);
  const moved = first(residences[residences.length - 1]);
  report(moved, 60, 'skema4', '§ 129 a', {
    movedFrom: 'Eget hjem', movedTo: moved.facility.spec.name, moveReason: 'Væsentlig fare for andre beboere i den tidligere bolig; flytningen var besluttet på forhånd.',
    participants: 'Kontaktperson og sagsbehandler.',
  }, true);

  const decision = (c: CitizenState, measure: string, from: string, to: string, uses: number) => {
    const id = rng.uuid();
    out.use_of_force_decisions.push({
      id, municipality_id: c.municipalityId, citizen_id: c.id, measure_code: measure, requested_on: plusDays(from, -21), decided_on: plusDays(from, -3),
      valid_from: from, valid_to: to, request_form_version: 1,
      request_answers_json: JSON.stringify({ situation: 'Borgeren går ud om natten og bliver væk.', triedFirst: 'Nattevagt ved døren, aftaler med borgeren, lys i gangen.' }),
      combined_overdue: to < today, recorded_by: c.contactPersonId,
    });
    const last = to < today ? to : plusDays(today, -1);
    const span = Math.max(1, daysBetween(from, last));
    for (let n = 0; n < uses; n++) {
      const day = plusDays(from, Math.floor(((n + 1) * span) / (uses + 1)));
      out.use_of_force_uses.push({
        municipality_id: c.municipalityId, decision_id: id, used: `${day}T0${rng.int(1, 5)}:${rng.pick(['10', '30', '50'])}`,
        minutes: null, note: rng.pick(['Alarmen gik, borgeren fulgt tilbage til sin lejlighed.', 'Døren låst op for borgeren efter aftale.', '']), registered_by: c.contactPersonId,
      });
    }
  };
  decision(home, '§ 128 b, stk. 1 og 2', plusDays(today, -90), plusDays(today, 90), 7);
  decision(first(residences[residences.length > 2 ? 2 : 0]), '§ 125', plusDays(today, -40), plusDays(today, 140), 12);
  // Expired ten days ago, its Skema 2 not filed.
  decision(late, '§ 128 c', plusDays(today, -190), plusDays(today, -10), 5);
}

export const useOfForceDemo = defineDemo({ tables: FORCE_TABLES, stage: generateUseOfForce });
