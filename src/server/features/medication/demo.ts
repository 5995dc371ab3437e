import { plusDays, Rng } from '../../db/demo/random.js';
import { defineDemo, type DemoWorld } from '../../db/demo/stage.js';
import type { Row, TableColumns } from '../../db/demo/tables.js';
import type { CitizenState } from '../../db/demo/people.js';
import { daysBetween } from '../../../domain/dates.js';
import { lineSnapshot } from './queries.js';
import {
  CHANGE_REASONS, DOCTOR_NOTES, EFFECTS, FIXED, PARACETAMOL_AROUND_THE_CLOCK, PAUSE_REASONS, PN, PRESCRIBERS, SIDE_EFFECTS, STOP_REASONS, type DemoDrug,
} from './demo-drugs.js';

/** A local time in Copenhagen ('YYYY-MM-DD HH:MM', a helper field) as the column's timestamp. */
const local = (input: string) => ({ expr: `(x.${input})::timestamp AT TIME ZONE 'Europe/Copenhagen'` });

const MEDICATION_TABLES = {
  medicine_lines: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', kind: 'text', trade_name: 'text', generic_name: 'text', atc_code: 'text', form: 'text',
    strength: 'text', dose_unit: 'text', single_dose: 'numeric', schedule_json: { input: 'text' }, schedule: { expr: 'x.schedule_json::jsonb' },
    daily_dose: 'numeric', pn_max_per_24h: 'numeric', indication: 'text', instructions: 'text', prescriber: 'text', dose_dispensed: 'boolean',
    start_date: 'date', stop_date: 'date', status: 'text', status_reason: 'text', version: 'int', created_by: 'uuid', updated_by: 'uuid',
    created_local: { input: 'text' }, updated_local: { input: 'text' }, created_at: local('created_local'), updated_at: local('updated_local'),
  },
  medicine_tapering_steps: { municipality_id: 'uuid', line_id: 'uuid', from_date: 'date', dose: 'numeric', created_by: 'uuid' },
  // Each version keeps the line as the card shows it (the snapshot the routes write), as it was then: the final line with `patch` over it.
  medicine_line_versions: {
    municipality_id: 'uuid', line_id: 'uuid', version: 'int', change: 'text', reason: 'text', changed_by: 'uuid',
    at_local: { input: 'text' }, changed_at: local('at_local'), patch: { input: 'text' },
    line: { expr: `(SELECT to_jsonb(s) FROM (${lineSnapshot('l.municipality_id = x.municipality_id AND l.id = x.line_id')}) s) || x.patch::jsonb` },
  },
  medicine_observations: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', line_id: 'uuid', kind: 'text', severity: 'text', text: 'text', created_by: 'uuid',
    observed_local: { input: 'text' }, observed_at: local('observed_local'), contacted_local: { input: 'text' }, doctor_contacted_at: local('contacted_local'),
    doctor_contact_note: 'text', doctor_contacted_by: 'uuid',
  },
} satisfies TableColumns;
type Out = DemoWorld<keyof typeof MEDICATION_TABLES>['out'];

/** Residents of 24-hour care (§ 107, § 108) have their medicine handled by staff. */
const CARE_KINDS = new Set(['long_term_residence', 'temporary_residence']);
/** Two in a municipality, besides the featured unit's one: a serious side effect the doctor has not heard of yet. */
const AWAITING_DOCTOR = 2;
/** Residents of the featured unit given doses at night (the night round's), besides their palette's lines. */
const NIGHT_DOSES = 2;

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * The medicine permissions, granted by the facility's leader: one nurse per facility, the medicine
 * course for everyone who wrote a card and for most other staff; medarbejder2 holds none (to show
 * the refusal), so the stage never makes them a card's author.
 */
const QUALIFICATIONS = `
WITH staff AS (
  SELECT r.municipality_id, r.user_id, u.username, f.path AS facility_path, row_number() OVER (PARTITION BY f.id ORDER BY u.username) AS n
    FROM user_roles r JOIN users u ON u.municipality_id = r.municipality_id AND u.id = r.user_id
    JOIN org_units o ON o.municipality_id = r.municipality_id AND o.id = r.org_unit_id
    JOIN org_units f ON f.municipality_id = o.municipality_id AND f.kind = 'facility' AND starts_with(o.path, f.path)
   WHERE r.role = 'staff' AND u.username <> 'medarbejder2'
)
INSERT INTO user_qualifications (municipality_id, user_id, qualification, granted_by, granted_at)
SELECT s.municipality_id, s.user_id, CASE WHEN s.n = 1 AND s.username <> 'medarbejder' THEN 'nurse' ELSE 'medicine_course' END, leader.user_id,
       now() - s.n * interval '41 days'
  FROM staff s
  JOIN LATERAL (SELECT lr.user_id FROM user_roles lr JOIN org_units lo ON lo.municipality_id = lr.municipality_id AND lo.id = lr.org_unit_id
                 WHERE lr.municipality_id = s.municipality_id AND lr.role = 'facility_leader' AND starts_with(s.facility_path, lo.path)
                 ORDER BY length(lo.path) DESC, lr.user_id LIMIT 1) leader ON true
 WHERE s.username = 'medarbejder' OR s.n % 4 <> 0 OR EXISTS (SELECT 1 FROM medicine_line_versions v WHERE v.municipality_id = s.municipality_id AND v.changed_by = s.user_id)`;

interface LineState {
  id: string;
  drug: DemoDrug;
  status: 'active' | 'paused' | 'stopped';
}

/**
 * Medicine cards for most residents of 24-hour care: 1–5 fixed lines at the rounds' times and 1–2
 * PN lines from their target groups' palette, about a third dose-dispensed; some lines changed,
 * paused or stopped (with their versions), a few tapering plans, and observations of effect and
 * side effects, some serious ones awaiting a doctor contact. The featured unit's first resident
 * (the staff login's) has one of each.
 */
function generateMedication({ spec, org, citizens, rng, today, out }: DemoWorld<keyof typeof MEDICATION_TABLES>): void {
  const unqualified = org.userIds.get('medarbejder2');
  let awaiting = 0;
  let tapered = 0;
  let featuredDone = false;
  let night = 0;
  // A generator of its own, so the night lines leave every other draw of the demo as it was.
  const nightRng = new Rng(spec.seed + 1);
  for (const c of citizens) {
    if (!CARE_KINDS.has(c.facility.spec.kind) || c.since > plusDays(today, -3)) continue;
    const featured: boolean = !featuredDone && c.unitKey === spec.featuredUnit;
    if (!featured && !rng.chance(0.85)) continue;
    featuredDone ||= featured;
    const groups = c.facility.spec.targetGroups.slice(0, rng.chance(0.4) ? 2 : 1);
    const pool = <T extends DemoDrug>(by: Record<string, T[]>) => [...new Map(groups.flatMap((g) => by[g] ?? []).map((d) => [d.generic, d])).values()];
    const fixed = rng.sample(pool(FIXED), rng.int(featured ? 2 : 1, 5));
    const pns = rng.sample(pool(PN), rng.int(1, 2));
    const gp = rng.pick(PRESCRIBERS.gp);
    // Cards are written by the contact person, or another of the unit's staff with the medicine permission.
    const staff = c.facility.units.find((u) => u.id === c.unitId)?.staffIds.filter((id) => id !== unqualified) ?? [];
    const author = staff.includes(c.contactPersonId) || !staff.length ? c.contactPersonId : staff[0];
    const card = new Card(c, author, rng, today, out, rng.chance(0.3), (d) => (d.prescriber === 'gp' ? gp : rng.pick(PRESCRIBERS[d.prescriber])));
    const lines = [...fixed, ...pns].map((drug, i) => card.line(drug, featured ? (i === 1 ? 'paused' : 'active') : rng.chance(0.05) ? 'paused' : 'active'));
    // Not the featured card (its lines show one of each), nor a card full already or with paracetamol PN.
    if (c.unitKey === spec.featuredUnit && !featured && night < NIGHT_DOSES && lines.length <= 5 && !lines.some((l) => l.drug.generic === 'paracetamol')) {
      night++;
      new Card(c, author, nightRng, today, out, false, () => gp).line(PARACETAMOL_AROUND_THE_CLOCK, 'active');
    }
    const unused = pool(FIXED).filter((d) => !fixed.includes(d));
    if (unused.length && (featured || rng.chance(0.12))) card.line(rng.pick(unused), 'stopped');
    const taper = lines.find((l) => l.drug.times && l.status === 'active' && l.drug.times.every(([, dose]) => dose >= 1));
    // A few tapering plans whatever the draw: the featured citizen's and the first two others'.
    if (taper && (featured || rng.chance(0.02) || tapered < 3)) {
      tapered++;
      card.taper(taper);
    }
    const awaits = featured || (awaiting < AWAITING_DOCTOR && rng.chance(0.03));
    if (awaits && !featured) awaiting++;
    if (featured || awaits || rng.chance(0.35)) card.observe(lines, awaits);
  }
}

/** One citizen's card as it is written: its lines, their versions, tapering plans and observations. */
class Card {
  constructor(
    private readonly c: CitizenState,
    /** Who writes the card (and its versions and tapering plans). */
    private readonly by: string,
    private readonly rng: DemoWorld['rng'],
    private readonly today: string,
    private readonly out: Out,
    private readonly dispensed: boolean,
    private readonly prescriberOf: (d: DemoDrug) => string,
  ) {}

  /** A local time on `day`, in the working day. */
  private at(day: string) {
    return `${day} ${hhmm(this.rng.int(8 * 60, 20 * 60))}`;
  }

  /** A day after `from` and before today (yesterday when `from` is yesterday already). */
  private between(from: string) {
    const yesterday = plusDays(this.today, -1);
    return from >= yesterday ? yesterday : plusDays(from, this.rng.int(1, daysBetween(from, yesterday)));
  }

  private version(line: string, version: number, change: string, reason: string, at: string, patch: Record<string, unknown>) {
    this.out.medicine_line_versions.push({
      municipality_id: this.c.municipalityId, line_id: line, version, change, reason, changed_by: this.by, at_local: at, patch: JSON.stringify({ version, ...patch }),
    });
  }

  line(drug: DemoDrug, status: LineState['status']): LineState {
    const { c, rng, today } = this;
    const id = rng.uuid();
    const start = [c.since, plusDays(today, -rng.int(20, 700))].sort()[1];
    const created = this.at(start);
    const schedule = (drug.times ?? []).map(([time, dose]) => ({ time, dose }));
    const daily = drug.times ? drug.times.reduce((s, [, dose]) => s + dose, 0) : null;
    const history: Array<[string, string, string, Record<string, unknown>]> = [];
    // An earlier dose the doctor changed (a fixed line given at one time).
    if (drug.times?.length === 1 && status !== 'stopped' && rng.chance(0.15)) {
      const old = drug.times[0][1] / 2;
      history.push(['changed', rng.pick(CHANGE_REASONS), this.at(this.between(start)), { schedule: [{ time: drug.times[0][0], dose: old }], daily_dose: old, single_dose: old }]);
    }
    const last = history.at(-1)?.[2].slice(0, 10) ?? start;
    const stopDay = status === 'stopped' ? this.between(last) : null;
    const reason = status === 'paused' ? rng.pick(PAUSE_REASONS) : status === 'stopped' ? rng.pick(STOP_REASONS) : '';
    if (status !== 'active') history.push([status, reason, this.at(stopDay ?? this.between(last)), {}]);
    const version = history.length + 1;
    const updated = history.at(-1)?.[2] ?? created;
    this.out.medicine_lines.push({
      id, municipality_id: c.municipalityId, citizen_id: c.id, kind: drug.pn ? 'pn' : 'fixed', trade_name: drug.trade, generic_name: drug.generic, atc_code: drug.atc,
      form: drug.form, strength: drug.strength, dose_unit: drug.unit, single_dose: drug.pn?.dose ?? drug.times![0][1], schedule_json: JSON.stringify(schedule), daily_dose: daily,
      pn_max_per_24h: drug.pn?.max ?? null, indication: drug.indication, instructions: drug.instructions ?? '', prescriber: this.prescriberOf(drug),
      dose_dispensed: this.dispensed && !drug.pn, start_date: start, stop_date: stopDay, status, status_reason: reason, version,
      created_by: this.by, updated_by: this.by, created_local: created, updated_local: updated,
    } satisfies Row);
    // Each version as it was: active with no stop date until paused or stopped, the old dose until changed.
    const before = { status: 'active', status_reason: '', stop_date: null };
    const changedAt = history.findIndex(([change]) => change === 'changed');
    this.version(id, 1, 'created', '', created, { ...before, ...(changedAt >= 0 ? history[changedAt][3] : {}) });
    history.forEach(([change, why, at], i) => this.version(id, i + 2, change, why, at, i + 2 < version ? before : {}));
    return { id, drug, status };
  }

  /** A tapering plan from next week, halving and then ending the dose; a new version of the line. */
  taper(line: LineState) {
    const { c, rng, today, out } = this;
    const dose = line.drug.times![0][1];
    const steps = [[plusDays(today, rng.int(3, 7)), dose / 2], [plusDays(today, rng.int(14, 21)), 0]] as const;
    for (const [from, d] of steps) out.medicine_tapering_steps.push({ municipality_id: c.municipalityId, line_id: line.id, from_date: from, dose: d, created_by: this.by });
    const row = out.medicine_lines.find((r) => r.id === line.id)!;
    const version = (row.version as number) + 1;
    const at = `${plusDays(today, -1)} 14:${String(rng.int(10, 59))}`;
    Object.assign(row, { version, updated_local: at });
    for (const v of out.medicine_line_versions) if (v.line_id === line.id) v.patch = JSON.stringify({ ...JSON.parse(v.patch as string), tapering: [] });
    this.version(line.id, version, 'changed', 'Nedtrapningsplan aftalt med lægen', at, {});
  }

  /** 1–3 observations over the last month; with `awaiting`, a serious side effect the doctor has not been told of yet. */
  observe(lines: LineState[], awaiting: boolean) {
    const { c, rng, today, out } = this;
    const open = lines.filter((l) => l.status !== 'stopped');
    const n = rng.int(1, 3);
    for (let i = 0; i < n + (awaiting ? 1 : 0); i++) {
      const serious = awaiting && i === n;
      const line = serious ? (open.find((l) => !l.drug.pn) ?? open[0]) : rng.pick(open);
      const day = plusDays(today, serious ? -1 : -rng.int(1, 30));
      const observed = this.at(day);
      const effect = !serious && line.drug.pn !== undefined && rng.chance(0.75);
      const severity = serious ? 'serious' : effect ? null : rng.pick(['mild', 'mild', 'moderate', 'serious'] as const);
      const contacted = severity === 'serious' && !serious;
      out.medicine_observations.push({
        id: rng.uuid(), municipality_id: c.municipalityId, citizen_id: c.id, line_id: line.id, kind: effect ? 'effect' : 'side_effect', severity,
        text: effect ? rng.pick(EFFECTS) : rng.pick(SIDE_EFFECTS[severity!]), created_by: c.contactPersonId, observed_local: observed,
        contacted_local: contacted ? `${day} 21:${String(rng.int(10, 59))}` : null, doctor_contact_note: contacted ? rng.pick(DOCTOR_NOTES) : '',
        doctor_contacted_by: contacted ? c.contactPersonId : null,
      });
    }
  }
}

export const medicationDemo = defineDemo({ tables: MEDICATION_TABLES, stage: generateMedication, afterInsert: QUALIFICATIONS });
