import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { can, type CitizenFacts } from '../../access/index.js';
import { requireCitizen, type VisibleCitizen } from '../../access/gate.js';
import { AppError, badRequest, notFound } from '../../errors.js';
import { minuteOfDayInCopenhagen, todayInCopenhagen } from '../../../domain/dates.js';
import { incidentFacts } from './presenter.js';

/**
 * The gate of one incident: 404 unless the actor reads it (its reporter, a leader of its unit) and
 * sees every citizen it names (the citizen gate, so a report about a citizen who left the actor's
 * care is not there). Returns the admitted citizens, whom the audit row names.
 */
export async function admitIncident(
  tx: Queryable,
  ctx: RequestCtx,
  row: { municipality_id: string; unit_id: string; unit_path: string; reported_by: string } | undefined,
  citizenIds: Array<string | null | undefined>,
  what: string,
): Promise<VisibleCitizen[]> {
  if (!row || !can(ctx.actor, 'read', 'incident', incidentFacts(row))) throw notFound(what);
  const named = citizenIds.filter((id): id is string => typeof id === 'string');
  return Promise.all(named.map((id) => requireCitizen(tx, ctx, id, 'read', what)));
}

/** Does a list row's every named citizen pass the citizen rules (the list's twin of the gate)? */
export const seesAll = (ctx: RequestCtx, citizens: Array<CitizenFacts | null>) =>
  citizens.every((c) => c === null || can(ctx.actor, 'read', 'citizen', c));

/** 400 when the day (and the time, today) lies in the future in Copenhagen: an incident is reported after it happened. */
export function assertNotFuture(date: string, time?: string, dateField = 'date') {
  const today = todayInCopenhagen();
  if (date > today) throw badRequest('Ugyldige oplysninger.', { [dateField]: 'Datoen må ikke ligge i fremtiden.' });
  if (time && date === today) {
    const [hh, mm] = time.split(':').map(Number);
    if (hh * 60 + mm > minuteOfDayInCopenhagen()) throw badRequest('Ugyldige oplysninger.', { time: 'Klokkeslættet må ikke ligge i fremtiden.' });
  }
}

/** Changed by someone else since it was read: nothing is written, the client reads it again. */
export const stale = () => new AppError(409, 'conflict', 'Registreringen er ændret af en anden. Hent den igen og prøv igen.');
