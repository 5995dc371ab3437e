/** The clock time `minutes` after `start` (HH:MM), kept within the day. */
export function endOf(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number);
  const end = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}
