import { todayIso } from '../../lib/dates';

/** Figures as Danish leaders read them: "91,7 %", "13.441". */
const pctFmt = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
const countFmt = new Intl.NumberFormat('da-DK');

/** A percentage with at most one decimal and a non-breaking space before the sign. */
export const formatPct = (pct: number) => `${pctFmt.format(pct)}\u00a0%`;

export const formatCount = (n: number) => countFmt.format(n);

/** Occupied of available as a percentage with one decimal (the server's rounding); null without places. */
export function pctOf(occupied: number, available: number): number | null {
  return available > 0 ? Math.round((occupied / available) * 1000) / 10 : null;
}

const collator = new Intl.Collator('da', { numeric: true });

/** Names in Danish order with numbers by value: "Lejlighed 2" before "Lejlighed 10". */
export const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

/** A place planned with a later start: it counts and takes move-ins only from `activeFrom`. */
export const isPlanned = (place: { active: boolean; activeFrom: string }) => place.active && place.activeFrom > todayIso();
