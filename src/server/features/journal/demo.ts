import { plusDays, type Rng } from '../../db/demo/random.js';
import { defineDemo, type DemoWorld } from '../../db/demo/stage.js';
import type { TableColumns } from '../../db/demo/tables.js';
import { GOAL_NOTE_PHRASES, NOTE_CLOSINGS, NOTE_MIDDLES, NOTE_OPENINGS } from '../../db/demo/vocabulary.js';

const JOURNAL_TABLES = {
  journal_notes: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', author_id: 'uuid', body: 'text',
    written_at: { type: 'timestamp', expr: `x.written_at AT TIME ZONE 'Europe/Copenhagen'` },
    created_at: { expr: `x.written_at AT TIME ZONE 'Europe/Copenhagen'` },
  },
  journal_note_goals: { municipality_id: 'uuid', note_id: 'uuid', goal_id: 'uuid' },
} satisfies TableColumns;

/** Every note's first version, as the journal keeps it. */
const FIRST_REVISIONS = `INSERT INTO journal_note_revisions (municipality_id, note_id, version, body, author_id, created_at)
  SELECT municipality_id, id, 1, body, author_id, written_at FROM journal_notes`;

/** About two notes a week per citizen; on the last two days most citizens get one, as a handover would show. */
const NOTES_PER_DAY = 2 / 7;
const RECENT_DAYS = 2;
const RECENT_NOTES_PER_DAY = 0.7;
const GOAL_NOTE_SHARE = 0.2;
/** Most notes are written on the day and evening shifts (07–22); the rest by the night watch. */
const NIGHT_SHARE = 0.15;

/** When in the day a note is written, in minutes since midnight. */
function minuteOfNote(rng: Rng): number {
  if (!rng.chance(NIGHT_SHARE)) return rng.int(7 * 60, 22 * 60 - 1);
  return (22 * 60 + rng.int(0, 9 * 60 - 1)) % (24 * 60);
}

/**
 * A year of journal notes up to `clock.nowMinute` today (never later: the handover of a fresh
 * demo shows the last hours), ~2 per citizen per week, each written by staff on the unit where
 * the citizen lived that day; about one in five works on one of the citizen's goals and is linked to it.
 */
function generateJournal({ citizens, org, goals, rng, today, nowMinute, journalDays: days, out }: DemoWorld<keyof typeof JOURNAL_TABLES>): void {
  const staffByUnit = new Map(org.facilities.flatMap((f) => f.units.map((u) => [u.id, u.staffIds] as const)));
  const dates = Array.from({ length: days + 1 }, (_, back) => plusDays(today, -back));
  for (const c of citizens) {
    const fill = (s: string) => s.replaceAll('{navn}', c.firstName);
    for (let back = days; back >= 0; back--) {
      if (!rng.chance(back < RECENT_DAYS ? RECENT_NOTES_PER_DAY : NOTES_PER_DAY)) continue;
      const minute = minuteOfNote(rng);
      if (back === 0 && minute >= nowMinute) continue;
      const day = dates[back];
      const period = c.periods.find((p) => p.start <= day && (p.end === null || p.end > day));
      const staff = period?.unitId ? staffByUnit.get(period.unitId) : undefined;
      if (!staff?.length) continue;
      const id = rng.uuid();
      const open = (goals.get(c.id) ?? []).filter((g) => g.start <= day);
      let body: string;
      if (open.length && rng.chance(GOAL_NOTE_SHARE)) {
        const goal = rng.pick(open);
        body = `${fill(rng.pick(GOAL_NOTE_PHRASES)).replace('{mål}', goal.title)} ${rng.pick(NOTE_CLOSINGS)}`;
        out.journal_note_goals.push({ municipality_id: c.municipalityId, note_id: id, goal_id: goal.id });
      } else {
        const parts = [fill(rng.pick(NOTE_OPENINGS))];
        if (rng.chance(0.7)) parts.push(rng.pick(NOTE_MIDDLES));
        if (rng.chance(0.6)) parts.push(rng.pick(NOTE_CLOSINGS));
        body = parts.join(' ');
      }
      const hh = String(Math.floor(minute / 60)).padStart(2, '0');
      const mm = String(minute % 60).padStart(2, '0');
      out.journal_notes.push({
        id, municipality_id: c.municipalityId, citizen_id: c.id, author_id: rng.pick(staff), body, written_at: `${day} ${hh}:${mm}`,
      });
    }
  }
}

export const journalDemo = defineDemo({ tables: JOURNAL_TABLES, stage: generateJournal, afterInsert: FIRST_REVISIONS });
