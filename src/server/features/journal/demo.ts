import { plusDays, type Rng } from '../../db/demo/random.js';
import { defineDemo, type DemoWorld } from '../../db/demo/stage.js';
import type { TableColumns } from '../../db/demo/tables.js';
import { GOAL_NOTE_PHRASES, NOTE_CLOSINGS, NOTE_MIDDLES, NOTE_OPENINGS } from '../../db/demo/vocabulary.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';

const JOURNAL_TABLES = {
  journal_notes: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', author_id: 'uuid', body: 'text', kind: 'text', unit_id: 'uuid', intervention_id: 'uuid',
    written_at: { type: 'timestamp', expr: `x.written_at AT TIME ZONE 'Europe/Copenhagen'` },
    created_at: { expr: `x.written_at AT TIME ZONE 'Europe/Copenhagen'` },
  },
  journal_note_goals: { municipality_id: 'uuid', note_id: 'uuid', goal_id: 'uuid' },
} satisfies TableColumns;

/**
 * Every note's first version, as the journal keeps it; and (one statement) each note's service:
 * the intervention its unit delivered on the day, and a topic — an FFB condition under the
 * activity-and-participation areas, picked by the note's id — for professional notes and observations.
 */
// Each note's first revision; professional notes and observations get a topic (an FFB condition, spread by the note's id).
const FIRST_REVISIONS = `WITH revisions AS (
    INSERT INTO journal_note_revisions (municipality_id, note_id, version, body, author_id, created_at)
    SELECT municipality_id, id, 1, body, author_id, written_at FROM journal_notes RETURNING note_id),
  conditions AS (
    SELECT c.code, row_number() OVER (ORDER BY c.code) - 1 AS k, count(*) OVER () AS total
      FROM ffb_concepts c JOIN ffb_concepts area ON area.code = c.parent_code WHERE area.parent_code = '${FFB_GROUPS.activityAndParticipation}')
  UPDATE journal_notes n
     SET topic_code = (SELECT t.code FROM conditions t WHERE t.k = get_byte(decode(md5(n.id::text), 'hex'), 0) % t.total)
   WHERE n.kind IN ('professional', 'observation')`;

/** Night watch and health notes (helbredsnotater: medicine, PN, contact with the doctor), with {navn}. */
const NIGHT_OBSERVATIONS = [
  'Tilsyn kl. 01: {navn} sov roligt.',
  'Tilsyn kl. 03: {navn} var vågen og gik lidt rundt i fællesrummet, faldt til ro efter en kop te.',
  '{navn} ringede på kl. 02.30, havde haft mareridt. Snakkede lidt, sov igen kl. 03.',
  'Natten forløb roligt. {navn} var på toilet to gange.',
  '{navn} sov uroligt og råbte i søvne omkring kl. 04. Ingen behov for at gå ind.',
];
const HEALTH_NOTES = [
  'PN givet kl. {kl} efter ordination (smerter i ryggen). Effekt vurderet efter en time: god.',
  'Morgenmedicin givet fra dosispose. {navn} tog den selv med vand.',
  '{navn} havde feber (38,4). Egen læge kontaktet, aftalt at se tiden an og måle igen i aften.',
  'Blodtryk målt efter aftale med lægen: 135/85. Noteret til lægen.',
  '{navn} afviste aftenmedicinen. Forsøgt igen efter en halv time, taget. Lægen orienteret i morgen.',
  'Sår på venstre fod renset og forbundet efter sygeplejerskens instruks.',
];
const KINDS_BY_DAY: Array<[string, number]> = [['daily', 0.7], ['professional', 0.12], ['observation', 0.1], ['health', 0.08]];
const KINDS_BY_NIGHT: Array<[string, number]> = [['observation', 0.5], ['daily', 0.35], ['health', 0.15]];

/** About two notes a week per citizen; on the last two days most citizens get one, as a handover would show. */
const NOTES_PER_DAY = 2 / 7;
/** Older than a quarter, about one a week: the history is there to look up, and a first start stays quick. */
const OLD_DAYS = 90;
const OLD_NOTES_PER_DAY = 1 / 7;
const RECENT_DAYS = 2;
const RECENT_NOTES_PER_DAY = 0.7;
const GOAL_NOTE_SHARE = 0.2;
/** Most notes are written on the day and evening shifts (07–22); the rest by the night watch. */
const NIGHT_SHARE = 0.15;

/** 24-hour care (a stay on a place): near-daily notes over the last weeks, and the night watch writes too. */
const DENSE_DAYS = 30;
const DENSE_NOTES_PER_DAY = 0.9;
const NIGHT_NOTES_PER_NIGHT = 0.35;

/** When in the day a note is written, in minutes since midnight. */
function minuteOfNote(rng: Rng, night = rng.chance(NIGHT_SHARE)): number {
  if (!night) return rng.int(7 * 60, 22 * 60 - 1);
  return (22 * 60 + rng.int(0, 9 * 60 - 1)) % (24 * 60);
}

const isNight = (minute: number) => minute >= 22 * 60 || minute < 7 * 60;

/** A kind drawn from its shares. */
function pickKind(rng: Rng, shares: Array<[string, number]>): string {
  let roll = rng.next();
  for (const [kind, share] of shares) if ((roll -= share) < 0) return kind;
  return shares[0][0];
}

/**
 * A year of journal notes up to `clock.nowMinute` today (never later: the handover of a fresh
 * demo shows the last hours), ~2 per citizen per week (one in the older months) — near-daily over the last month in 24-hour
 * care, with the night watch's observations — each written by staff on the unit where the citizen
 * lived that day; daily notes mostly, some professional notes, observations and health notes;
 * about one in five daily notes works on one of the citizen's goals and is linked to it.
 */
function generateJournal({ citizens, org, goals, rng, today, nowMinute, journalDays: days, out }: DemoWorld<keyof typeof JOURNAL_TABLES>): void {
  const staffByUnit = new Map(org.facilities.flatMap((f) => f.units.map((u) => [u.id, u.staffIds] as const)));
  const roundTheClock = new Set(org.facilities.filter((f) => f.spec.places > 0).flatMap((f) => f.units.map((u) => u.id)));
  const dates = Array.from({ length: days + 1 }, (_, back) => plusDays(today, -back));
  for (const c of citizens) {
    const fill = (s: string) => s.replaceAll('{navn}', c.firstName);
    for (let back = days; back >= 0; back--) {
      const day = dates[back];
      const period = c.periods.find((p) => p.start <= day && (p.end === null || p.end > day));
      const dense = back < DENSE_DAYS && !!period?.unitId && roundTheClock.has(period.unitId);
      const minutes: number[] = [];
      if (rng.chance(dense ? DENSE_NOTES_PER_DAY : back < RECENT_DAYS ? RECENT_NOTES_PER_DAY : back >= OLD_DAYS ? OLD_NOTES_PER_DAY : NOTES_PER_DAY)) minutes.push(minuteOfNote(rng));
      if (dense && rng.chance(NIGHT_NOTES_PER_NIGHT)) minutes.push(minuteOfNote(rng, true));
      for (const minute of minutes) writeNote(day, minute, back);
    }

    function writeNote(day: string, minute: number, back: number) {
      if (back === 0 && minute >= nowMinute) return;
      const period = c.periods.find((p) => p.start <= day && (p.end === null || p.end > day));
      const staff = period?.unitId ? staffByUnit.get(period.unitId) : undefined;
      if (!staff?.length) return;
      const id = rng.uuid();
      const open = (goals.get(c.id) ?? []).filter((g) => g.start <= day);
      const hh = String(Math.floor(minute / 60)).padStart(2, '0');
      const mm = String(minute % 60).padStart(2, '0');
      const kind = pickKind(rng, isNight(minute) ? KINDS_BY_NIGHT : KINDS_BY_DAY);
      let body: string;
      if (kind === 'health') {
        body = fill(rng.pick(HEALTH_NOTES)).replace('{kl}', `${hh}.${mm}`);
      } else if (kind === 'observation' && isNight(minute)) {
        body = fill(rng.pick(NIGHT_OBSERVATIONS));
      } else if (open.length && rng.chance(GOAL_NOTE_SHARE)) {
        const goal = rng.pick(open);
        body = `${fill(rng.pick(GOAL_NOTE_PHRASES)).replace('{mål}', goal.title)} ${rng.pick(NOTE_CLOSINGS)}`;
        out.journal_note_goals.push({ municipality_id: c.municipalityId, note_id: id, goal_id: goal.id });
      } else {
        const parts = [fill(rng.pick(NOTE_OPENINGS))];
        if (rng.chance(0.7)) parts.push(rng.pick(NOTE_MIDDLES));
        if (rng.chance(0.6)) parts.push(rng.pick(NOTE_CLOSINGS));
        body = parts.join(' ');
      }
      out.journal_notes.push({
        id, municipality_id: c.municipalityId, citizen_id: c.id, author_id: rng.pick(staff), body, written_at: `${day} ${hh}:${mm}`,
        kind, unit_id: period!.unitId, intervention_id: period!.interventionId,
      });
    }
  }
}

export const journalDemo = defineDemo({ tables: JOURNAL_TABLES, stage: generateJournal, afterInsert: FIRST_REVISIONS });
