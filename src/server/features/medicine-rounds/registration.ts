import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { VisibleCitizen } from '../../access/gate.js';
import { AppError, badRequest, conflict } from '../../errors.js';
import type { GivePnInput, RegisterDoseInput } from '../../../contracts/medicine-rounds.js';
import { todayInCopenhagen, ZONE } from '../../../domain/dates.js';
import { checkPnDose } from '../../../domain/medication/pn-window.js';
import { dueDoses, slotBounds, slotOfTime } from '../../../domain/medication/round.js';
import { roundUnitIds } from './access.js';
import { presentAdministration } from './presenter.js';
import {
  findAdministration, findRetryOrDose, insertAdministration, lockLine, pnAdministrations, settingsFor, type AdministrationRow, type LineRow, type NewAdministration,
} from './queries.js';

const HOUR = 3_600_000;
const clock = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
const localTime = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const number = (x: number) => x.toLocaleString('da-DK', { maximumFractionDigits: 3 });

/** A registration written, or the same one found again (a retry with its client id). */
export interface Registered {
  row: AdministrationRow;
  replayed: boolean;
}

/** Medicine paused or stopped is not given: refused before anything is written. */
function assertRunning(line: LineRow) {
  if (line.status === 'paused') throw new AppError(409, 'line_paused', `${line.genericName} er pauseret og må ikke gives nu.`);
  if (line.status === 'stopped') throw new AppError(409, 'line_stopped', `${line.genericName} er seponeret og må ikke gives.`);
}

/** The unit the registration is made for: one serving the citizen whose citizens the actor treats now (the gate has checked one exists). */
const unitFor = (ctx: RequestCtx, citizen: VisibleCitizen) => citizen.unitIds.find((u) => roundUnitIds(ctx.actor).includes(u))!;

/** A retry of a registration already written returns it; a client id used for another line is refused. */
function retryOf(row: AdministrationRow | undefined, lineId: string): Registered | undefined {
  if (!row) return undefined;
  if (row.line_id !== lineId) throw new AppError(409, 'client_id_used', 'Registreringens id er allerede brugt til en anden dosis. Genindlæs siden.');
  return { row, replayed: true };
}

async function replay(tx: Queryable, citizen: VisibleCitizen, clientId: string, lineId: string): Promise<Registered | undefined> {
  return retryOf(await findAdministration(tx, citizen.municipalityId, { clientId }), lineId);
}

/** Writes the registration; if a key was taken meanwhile, the retry is answered, or the dose's first registration named in a 409. */
async function write(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, a: NewAdministration): Promise<Registered> {
  const row = await insertAdministration(tx, ctx, citizen, a);
  if (row) return { row, replayed: false };
  const again = await replay(tx, citizen, a.clientId, a.line.id);
  if (again) return again;
  const first = (await findAdministration(tx, citizen.municipalityId, { lineId: a.line.id, scheduledFor: a.scheduledFor!.toISOString() }))!;
  throw alreadyRegistered(first);
}

/** 409 naming who registered the dose and when, with their registration. */
export const alreadyRegistered = (first: AdministrationRow) =>
  conflict(`Dosen er allerede registreret af ${first.registered_by_name} ${clock.format(new Date(first.registered_at))}.`, presentAdministration(first));

/** A scheduled dose of a fixed line: once, at its time in the schedule (tapering applied), its slot begun. */
export async function registerDose(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, line: LineRow, body: RegisterDoseInput, now = new Date()): Promise<Registered> {
  const at = new Date(body.scheduledFor);
  const found = await findRetryOrDose(tx, citizen.municipalityId, { clientId: body.clientId, lineId: line.id, scheduledFor: at.toISOString() });
  const retried = retryOf(found.retry, line.id);
  if (retried) return retried;
  if (line.kind !== 'fixed') throw badRequest('Ugyldige oplysninger.', { lineId: 'PN-medicin gives med knappen Giv PN.' });
  assertRunning(line);
  const date = todayInCopenhagen(at);
  const slot = slotOfTime(localTime.format(at));
  const due = dueDoses(line, date, slot).find((d) => d.scheduledFor.getTime() === at.getTime());
  if (!due) throw badRequest('Ugyldige oplysninger.', { scheduledFor: 'Der er ingen dosis af denne medicin på det tidspunkt.' });
  if (slotBounds(date, slot).from > now) throw badRequest('Ugyldige oplysninger.', { scheduledFor: 'Dosen kan først registreres, når dens tidsrum er begyndt.' });
  if (found.dose) throw alreadyRegistered(found.dose);
  return write(tx, ctx, citizen, {
    line, unitId: unitFor(ctx, citizen), clientId: body.clientId, scheduledFor: at, outcome: body.outcome, reason: body.outcome === 'given' ? '' : body.reason,
    dose: due.dose, givenAt: now, pnReason: null, overMaxReason: null, effectDueAt: null,
  });
}

/**
 * A PN dose: refused when it would pass the line's maximum in its window (rolling 24 hours or the
 * calendar day, per the facility), unless it was already given and comes with `overMaxReason`:
 * then it is recorded, flagged. The line is locked meanwhile, so two tablets cannot both slip under.
 */
export async function givePn(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, line: LineRow, body: GivePnInput, now = new Date()): Promise<Registered> {
  const retried = await replay(tx, citizen, body.clientId, line.id);
  if (retried) return retried;
  if (line.kind !== 'pn') throw badRequest('Ugyldige oplysninger.', { lineId: 'Fast medicin registreres i medicinrunden.' });
  assertRunning(line);
  const givenAt = body.givenAt ? new Date(body.givenAt) : now;
  if (givenAt.getTime() > now.getTime() + 60_000) throw badRequest('Ugyldige oplysninger.', { givenAt: 'Tidspunktet må ikke ligge i fremtiden.' });
  const day = todayInCopenhagen(givenAt);
  if (day < line.startDate || (line.stopDate !== null && day > line.stopDate)) {
    throw badRequest('Ugyldige oplysninger.', { givenAt: 'Medicinen var ikke ordineret på det tidspunkt.' });
  }
  const unitId = unitFor(ctx, citizen);
  const settings = await settingsFor(tx, ctx, unitId);
  await lockLine(tx, citizen, line.id);
  const given = await pnAdministrations(tx, citizen.municipalityId, [line.id], new Date(givenAt.getTime() - 26 * HOUR), new Date(givenAt.getTime() + 26 * HOUR));
  const dose = body.dose ?? Number(line.singleDose);
  const max = Number(line.pnMax);
  const check = checkPnDose(settings.pn_window, max, given.map((g) => ({ at: new Date(g.given_at), dose: Number(g.dose) })), givenAt, dose);
  if (check.exceeds && !body.overMaxReason) {
    const window = settings.pn_window === 'calendar_day' ? 'i dag' : 'inden for 24 timer';
    throw new AppError(
      409, 'pn_max_exceeded',
      `Dosen overskrider maksimum på ${number(max)} ${line.doseUnit} ${window}: der er givet ${number(check.givenInWindow)} ${line.doseUnit}, og der kan højst gives ${number(check.remaining)} ${line.doseUnit} nu.`,
      undefined, { pn: { max, givenInWindow: check.givenInWindow, remaining: check.remaining } }, { commit: true },
    );
  }
  return write(tx, ctx, citizen, {
    line, unitId, clientId: body.clientId, scheduledFor: null, outcome: 'given', reason: '', dose, givenAt, pnReason: body.pnReason,
    overMaxReason: check.exceeds ? body.overMaxReason! : null, effectDueAt: new Date(givenAt.getTime() + settings.effect_reminder_minutes * 60_000),
  });
}
