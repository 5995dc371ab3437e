import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, formatTime, todayIso } from '../../lib/dates';

/** The day after an ISO date ('YYYY-MM-DD'), by the calendar. */
const nextDay = (isoDate: string) => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** When a cover ends, as the banner says it: "kl. 06.00", "i morgen kl. 06.00" or "3. mar. 2026 kl. 06.00". */
export function formatCoverEnd(t: TFunction, iso: string, now = new Date()): string {
  const time = formatTime(iso);
  const day = todayIso(new Date(iso));
  const today = todayIso(now);
  if (day === today) return t('covers.whenToday', { time });
  if (day === nextDay(today)) return t('covers.whenTomorrow', { time });
  return t('covers.whenDate', { date: formatDate(day), time });
}

/**
 * A cover's span as two lines, each kept whole in a narrow column: ["3. mar. 2026", "22.00–23.30"]
 * within a day, else ["3. mar. 2026, 22.00–", "4. mar. 2026, 06.00"].
 */
export function formatCoverPeriod(startIso: string, endIso: string): [string, string] {
  const startDay = todayIso(new Date(startIso));
  if (startDay === todayIso(new Date(endIso))) return [formatDate(startDay), `${formatTime(startIso)}–${formatTime(endIso)}`];
  return [`${formatDateTime(startIso)}–`, formatDateTime(endIso)];
}
