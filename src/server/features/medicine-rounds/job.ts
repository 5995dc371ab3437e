import type { Db } from '../../db/index.js';
import type { JobDefinition } from '../../jobs/index.js';

export const EFFECT_REMINDER_JOB = 'medicine-effect-reminders';

/**
 * Marks the PN doses whose effect is due (given `effect_reminder_minutes` ago) and still not recorded:
 * the round then asks for the effect ("Mangler effekt"), and the leader's list shows them. A job in
 * the queue, every minute, so no reminder is lost to a restart. Returns how many it marked.
 */
export async function markEffectsDue(db: Db, now: Date = new Date()): Promise<number> {
  const rows = await db.query(
    `UPDATE medicine_administrations SET effect_reminded_at = $1
      WHERE scheduled_for IS NULL AND effect IS NULL AND effect_reminded_at IS NULL AND effect_due_at <= $1
      RETURNING id`,
    [now],
  );
  return rows.length;
}

export const effectReminderJob: JobDefinition = {
  name: EFFECT_REMINDER_JOB,
  schedule: { cron: '* * * * *', options: { tz: 'Europe/Copenhagen' } },
  pollingIntervalSeconds: 30,
  run: async (db, _data, log) => {
    const marked = await markEffectsDue(db);
    if (marked) log('info', 'PN effects due', { marked });
  },
};
