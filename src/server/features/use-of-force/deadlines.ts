/** A deadline rule: so many calendar days or weekdays (Monday–Friday) after a day. */
export interface DeadlineRuleTerms {
  days: number;
  dayKind: 'calendar' | 'weekdays';
}

const addCalendarDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/**
 * The last day to act under `rule`, counted from `from` (YYYY-MM-DD; the day itself not counted).
 * Weekdays skip Saturdays and Sundays (public holidays are not counted out: the rule's source
 * says which days count, and an admin sets calendar days where weekdays do not fit).
 */
export function dueDate(from: string, rule: DeadlineRuleTerms): string {
  if (rule.dayKind === 'calendar') return addCalendarDays(from, rule.days);
  let day = from;
  for (let left = rule.days; left > 0; ) {
    day = addCalendarDays(day, 1);
    if (!isWeekend(day)) left--;
  }
  return day;
}

/** Past due: `today` is after the last day and it is not done. */
export const isLate = (due: string, doneOn: string | null, today: string) => (doneOn ?? today) > due;
