import type { Administration, PnLine, RoundDose } from '../../../contracts/medicine-rounds.js';
import type { DueDose } from '../../../domain/medication/round.js';
import type { PnCheck } from '../../../domain/medication/pn-window.js';
import type { AdministrationRow, LineRow } from './queries.js';

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

export function presentAdministration(a: AdministrationRow): Administration {
  const pn = a.scheduled_for === null;
  return {
    id: a.id,
    lineId: a.line_id,
    lineVersion: a.line_version,
    outcome: a.outcome,
    reason: a.reason,
    dose: Number(a.dose),
    givenAt: iso(a.given_at),
    scheduledFor: isoOrNull(a.scheduled_for),
    pnReason: a.pn_reason,
    overMaxReason: a.over_max_reason,
    effect: a.effect,
    effectAt: isoOrNull(a.effect_at),
    effectBy: a.effect_by_name,
    effectDueAt: isoOrNull(a.effect_due_at),
    missingEffect: pn && a.effect === null,
    effectReminded: a.effect_reminded_at !== null,
    registeredBy: a.registered_by_name,
    registeredAt: iso(a.registered_at),
  };
}

const lineInfo = (l: LineRow) => ({
  lineId: l.id,
  lineVersion: l.version,
  genericName: l.genericName,
  tradeName: l.tradeName,
  form: l.form,
  strength: l.strength,
  doseUnit: l.doseUnit,
  instructions: l.instructions,
  doseDispensed: l.doseDispensed,
});

export function presentDose(l: LineRow, d: DueDose, state: RoundDose['state'], registration: AdministrationRow | undefined): RoundDose {
  return {
    ...lineInfo(l),
    time: d.time,
    scheduledFor: d.scheduledFor.toISOString(),
    dose: d.dose,
    state,
    registration: registration ? presentAdministration(registration) : null,
  };
}

export function presentPnLine(l: LineRow, check: PnCheck, window: { from: Date; to: Date }, doses: AdministrationRow[]): PnLine {
  return {
    ...lineInfo(l),
    indication: l.indication,
    singleDose: Number(l.singleDose),
    maxPer24h: Number(l.pnMax),
    givenInWindow: check.givenInWindow,
    remaining: check.remaining,
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
    doses: doses.map(presentAdministration),
  };
}
