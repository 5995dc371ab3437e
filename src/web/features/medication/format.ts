import type { TFunction } from 'i18next';
import type { MedicineLine } from '../../../contracts/medication';
import { formatDate } from '../../lib/dates';

const ZONE = 'Europe/Copenhagen';
const numberFmt = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 3 });

/** A dose as Danish staff write it: 2,5. */
export const formatNumber = (n: number) => numberFmt.format(n);

/** A number typed with a comma or a point; what is not a number is sent as typed, so the server names the field. */
export function parseNumber(s: string): number | string {
  const t = s.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : s;
}

/** How the line is given: at its times with the dose at each, or a PN dose with its daily maximum. */
export function doseText(line: Pick<MedicineLine, 'kind' | 'schedule' | 'singleDose' | 'doseUnit' | 'pnMaxPer24h' | 'dailyDose'>, t: TFunction): string {
  const unit = line.doseUnit;
  if (line.kind === 'pn') {
    return t('medication.pnDose', { dose: formatNumber(line.singleDose), unit, max: formatNumber(line.pnMaxPer24h ?? 0) });
  }
  const times = line.schedule.map((s) => t('medication.atTime', { dose: formatNumber(s.dose), unit, time: s.time })).join(' · ');
  return line.dailyDose === null ? times : `${times} ${t('medication.daily', { dose: formatNumber(line.dailyDose), unit })}`;
}

/** The offset of Copenhagen from UTC at `at`, in milliseconds. */
function zoneOffset(at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - Math.floor(at.getTime() / 1000) * 1000;
}

/** Now as a datetime-local value in Copenhagen ('YYYY-MM-DDTHH:MM'). */
export function nowLocal(now = new Date()): string {
  return new Date(now.getTime() + zoneOffset(now)).toISOString().slice(0, 16);
}

/** A datetime-local value read as Copenhagen time, as an ISO timestamp (or as typed when it is not one). */
export function localToIso(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return value;
  const asUtc = new Date(`${value}:00Z`);
  return new Date(asUtc.getTime() - zoneOffset(new Date(asUtc.getTime() - zoneOffset(asUtc)))).toISOString();
}

/** From when to when a line runs: "1. jan. 2026 – 31. mar. 2026", or "Fra 1. jan. 2026" without a stop date. */
export const periodText = (line: Pick<MedicineLine, 'startDate' | 'stopDate'>, t: TFunction) =>
  line.stopDate ? t('medication.period', { from: formatDate(line.startDate), to: formatDate(line.stopDate) }) : t('medication.periodOpen', { from: formatDate(line.startDate) });
