import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { MedicineRound, RoundCitizen, RoundFlags } from '../../../contracts/medicine-rounds.js';
import { checkPnDose, pnWindowAt } from '../../../domain/medication/pn-window.js';
import { doseState, dueDoses, roundSlots, slotBounds, type RoundSlot } from '../../../domain/medication/round.js';
import { daysBefore } from '../../../domain/medication/clock.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { presentAdministration, presentDose, presentPnLine } from './presenter.js';
import {
  flaggedPn, pnGivenSince, roundAdministrations, roundCitizens, scheduledAdministrations, settingsFor,
  type AdministrationRow, type LineRow, type RoundCitizenRow, type Settings,
} from './queries.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const doseKey = (lineId: string, at: Date | string) => `${lineId}|${new Date(at).getTime()}`;
const nameOf = (c: { id: string; first_name: string; last_name: string }) => ({ id: c.id, name: `${c.first_name} ${c.last_name}` });

/** The slot running at `now`. */
export const slotAt = (now: Date): RoundSlot => roundSlots.find((s) => {
  const { from, to } = slotBounds(todayInCopenhagen(now), s);
  return now >= from && now < to;
})!;

/** PN doses in the review period per citizen, and whether that calls for review with the doctor. */
async function pnReview(tx: Queryable, ctx: RequestCtx, citizenIds: string[], settings: Settings, now: Date) {
  const rows = citizenIds.length ? await pnGivenSince(tx, ctx, citizenIds, new Date(now.getTime() - settings.pn_review_days * DAY)) : [];
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.citizen_id, (counts.get(r.citizen_id) ?? 0) + 1);
  return (id: string) => ({ pnRecentCount: counts.get(id) ?? 0, pnReviewDue: (counts.get(id) ?? 0) >= settings.pn_review_doses });
}

/** The PN doses the round reads around `now`: the window's (26 hours either side), and those missing their effect a week back. */
const pnSpan = (now: Date) => ({ from: new Date(now.getTime() - 26 * HOUR), to: new Date(now.getTime() + 26 * HOUR), openSince: new Date(now.getTime() - 7 * DAY) });

/** The PN lines' state now (from their doses `rows`): what was given in the window, what may still be given, doses missing their effect. */
function pnState(rows: AdministrationRow[], settings: Settings, now: Date) {
  const window = pnWindowAt(settings.pn_window, now);
  return (line: LineRow) => {
    const own = rows.filter((r) => r.line_id === line.id);
    const check = checkPnDose(settings.pn_window, Number(line.pnMax), own.map((r) => ({ at: new Date(r.given_at), dose: Number(r.dose) })), now, Number(line.singleDose));
    const shown = own.filter((r) => r.effect === null || (new Date(r.given_at) >= window.from && new Date(r.given_at) < window.to));
    return presentPnLine(line, check, window, shown);
  };
}

/**
 * A unit's round for a day's slot: each citizen the unit serves that day, their fixed doses due in the
 * slot (registered, or upcoming, due, late, missed by `now`), their running PN lines and paused lines.
 */
export async function buildRound(tx: Queryable, ctx: RequestCtx, unit: { id: string; name: string }, date: string, slot: RoundSlot, now = new Date()): Promise<MedicineRound['data']> {
  const settings = await settingsFor(tx, ctx, unit.id);
  const citizens = await roundCitizens(tx, ctx, [unit.id], date);
  const bounds = slotBounds(date, slot);
  const lines = citizens.flatMap((c) => c.lines);
  const fixed = lines.filter((l) => l.kind === 'fixed');
  const pnLines = lines.filter((l) => l.kind === 'pn' && l.status === 'active');
  const registered = new Map<string, AdministrationRow>();
  const given = fixed.length || pnLines.length
    ? await roundAdministrations(tx, ctx, fixed.map((l) => l.id), bounds, pnLines.map((l) => l.id), pnSpan(now))
    : { scheduled: [], pn: [] };
  for (const r of given.scheduled) registered.set(doseKey(r.line_id, r.scheduled_for!), r);
  const pnOf = pnState(given.pn, settings, now);
  const reviewOf = await pnReview(tx, ctx, citizens.map((c) => c.id), settings, now);
  const present = (c: RoundCitizenRow): RoundCitizen => ({
    citizen: nameOf(c),
    doses: c.lines.flatMap((l) =>
      dueDoses(l, date, slot).map((d) => {
        const reg = registered.get(doseKey(l.id, d.scheduledFor));
        return presentDose(l, d, reg ? 'registered' : doseState(d, bounds.to, now, settings.late_after_minutes), reg);
      }),
    ).sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor)),
    pnLines: c.lines.filter((l) => l.kind === 'pn' && l.status === 'active').map(pnOf),
    paused: c.lines.filter((l) => l.status === 'paused').map((l) => ({ lineId: l.id, genericName: l.genericName, strength: l.strength, reason: l.statusReason })),
    ...reviewOf(c.id),
  });
  return {
    unit: { id: unit.id, name: unit.name },
    date,
    slot,
    from: bounds.from.toISOString(),
    to: bounds.to.toISOString(),
    settings: { pnWindow: settings.pn_window, lateAfterMinutes: settings.late_after_minutes, pnReviewDoses: settings.pn_review_doses, pnReviewDays: settings.pn_review_days },
    citizens: citizens.map(present),
  };
}

/** How many days back the leader's list looks. */
export const FLAG_DAYS = 2;

/**
 * "Forsinkede og glemte doser" for the units a leader follows up: fixed doses of the last days still
 * unregistered and late or missed, PN doses recorded over the maximum, PN doses missing their effect.
 */
export async function buildFlags(tx: Queryable, ctx: RequestCtx, units: Array<{ id: string; name: string }>, now = new Date()): Promise<{ data: RoundFlags['data']; citizenIds: string[] }> {
  const today = todayInCopenhagen(now);
  const since = slotBounds(daysBefore(today, FLAG_DAYS), 'night').from;
  const doses: RoundFlags['data']['doses'] = [];
  const citizenIds = new Set<string>();
  for (const unit of units) {
    const settings = await settingsFor(tx, ctx, unit.id);
    const citizens = await roundCitizens(tx, ctx, [unit.id], today);
    const fixed = citizens.flatMap((c) => c.lines.filter((l) => l.kind === 'fixed').map((l) => ({ c, l })));
    if (!fixed.length) continue;
    const registered = new Set((await scheduledAdministrations(tx, ctx, fixed.map((f) => f.l.id), since, now)).map((r) => doseKey(r.line_id, r.scheduled_for!)));
    for (let back = FLAG_DAYS; back >= 0; back--) {
      const date = daysBefore(today, back);
      for (const slot of roundSlots) {
        const bounds = slotBounds(date, slot);
        if (bounds.from > now) continue;
        for (const { c, l } of fixed) {
          for (const d of dueDoses(l, date, slot)) {
            if (registered.has(doseKey(l.id, d.scheduledFor))) continue;
            const state = doseState(d, bounds.to, now, settings.late_after_minutes);
            if (state !== 'late' && state !== 'missed') continue;
            citizenIds.add(c.id);
            doses.push({ citizen: nameOf(c), unit, genericName: l.genericName, strength: l.strength, scheduledFor: d.scheduledFor.toISOString(), dose: d.dose, state });
          }
        }
      }
    }
  }
  const pn = units.length ? await flaggedPn(tx, ctx, units.map((u) => u.id), new Date(now.getTime() - 7 * DAY)) : [];
  const withCitizen = (r: (typeof pn)[number]) => {
    citizenIds.add(r.citizen_id);
    return { ...presentAdministration(r), citizen: nameOf({ id: r.citizen_id, first_name: r.first_name, last_name: r.last_name }), genericName: r.generic_name };
  };
  return {
    data: {
      since: since.toISOString(),
      doses: doses.sort((a, b) => b.scheduledFor.localeCompare(a.scheduledFor)),
      overMax: pn.filter((r) => r.over_max_reason !== null).map(withCitizen),
      missingEffect: pn.filter((r) => r.effect === null).map(withCitizen),
    },
    citizenIds: [...citizenIds],
  };
}
