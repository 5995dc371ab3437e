/** Dates and times as Danish staff read them, always in Europe/Copenhagen. */
const ZONE = 'Europe/Copenhagen';

const dateFmt = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFmt = new Intl.DateTimeFormat('da-DK', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: ZONE,
});
const timeFmt = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
const isoDayFmt = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: ZONE });

/** A date of care ('YYYY-MM-DD', a local date) as "3. mar. 2026". */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return dateFmt.format(new Date(Date.UTC(y, m - 1, d)));
}

/** A timestamp as "3. mar. 2026 14.05" in Copenhagen time. */
export function formatDateTime(iso: string): string {
  return dateTimeFmt.format(new Date(iso));
}

/** A timestamp's clock time, "14.05", in Copenhagen time. */
export function formatTime(iso: string): string {
  return timeFmt.format(new Date(iso));
}

/** Today's date in Copenhagen as 'YYYY-MM-DD'. */
export function todayIso(now = new Date()): string {
  return isoDayFmt.format(now);
}
