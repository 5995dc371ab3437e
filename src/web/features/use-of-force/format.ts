import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/dates';

/** A deadline as the lists show it: its day, and whether it was kept or missed. */
export function deadlineText(t: TFunction, d: { due: string; done: boolean; late: boolean }) {
  const date = formatDate(d.due);
  if (d.late) return t('useOfForce.deadlineLate', { date });
  return d.done ? t('useOfForce.deadlineOk', { date }) : t('useOfForce.deadlineOpen', { date });
}

/** The short name of a form ("Skema 1", "Bilag til § 136 c") from its official title. */
export const formName = (title: string) => title.split(':')[0];

/** Now in Copenhagen as date and time inputs want it. */
export function nowParts(now = new Date()): { date: string; time: string } {
  const s = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', dateStyle: 'short', timeStyle: 'short' }).format(now);
  const [date, time] = s.split(' ');
  return { date, time };
}
