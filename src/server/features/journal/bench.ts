import { benchIdSql as id, withoutIndexes, type BenchWorld } from '../../db/demo/bench-stage.js';
import { NOTE_CLOSINGS, NOTE_MIDDLES, NOTE_OPENINGS } from '../../db/demo/vocabulary.js';

const BULK_TABLES = ['journal_notes', 'journal_note_goals', 'journal_note_revisions'];

/**
 * The journal, with its tables' keys and indexes dropped during the load: days back in chunks (so
 * progress shows), oldest first, as notes are appended in life; some linked to the citizen's goals.
 */
export async function journalBench(world: BenchWorld): Promise<void> {
  const { step, log, scale, municipalityId: m, today } = world;
  await withoutIndexes(world, BULK_TABLES, async () => {
    const chunk = Math.ceil(scale.days / 20);
    let notes = 0;
    const tNotes = performance.now();
    for (let to = scale.days; to >= 1; to -= chunk) {
      const from = Math.max(1, to - chunk + 1);
      notes += await step(`journal notes, days ${to}…${from} back`, `
        INSERT INTO journal_notes (id, municipality_id, citizen_id, author_id, written_at, body, created_at)
        SELECT gen_random_uuid(), $1, b.id, b.staff[1 + (b.n * 7 + d * 13 + k) % cardinality(b.staff)], t, body, t
          FROM generate_series($3::int, $4::int, -1) d
          CROSS JOIN bench_citizens b
          CROSS JOIN LATERAL generate_series(1, $5::int + ((b.n * 31 + d * 17) % $6::int = 0)::int) k
          CROSS JOIN LATERAL (SELECT $2::timestamptz - d * interval '1 day' + (420 + (b.n * 53 + d * 29 + k * 211) % 900) * interval '1 minute' AS t,
            replace(($7::text[])[1 + (b.n + d * 3 + k) % cardinality($7::text[])], '{navn}', b.first_name) || ' ' ||
            ($8::text[])[1 + (b.n * 5 + d + k * 7) % cardinality($8::text[])] || ' ' ||
            ($9::text[])[1 + (b.n + d * 11 + k) % cardinality($9::text[])] AS body) x`,
        [m, `${today}T00:00:00+01:00`, to, from, scale.notesPerDay.base, scale.notesPerDay.extraEvery, NOTE_OPENINGS, NOTE_MIDDLES, NOTE_CLOSINGS]);
    }
    log(`  journal notes: ${notes.toLocaleString('da-DK')} rows in ${((performance.now() - tNotes) / 1000).toFixed(0)} s`);
    await step('notes linked to goals', `
      INSERT INTO journal_note_goals (municipality_id, note_id, goal_id)
      SELECT n.municipality_id, n.id, g.id
        FROM journal_notes n
        JOIN bench_citizens b ON b.id = n.citizen_id
        JOIN goals g ON g.id = ${id('goal', "b.n || '-' || (1 + (hashtext(n.id::text) & 1023) % b.goals)")}
       WHERE (hashtext(n.id::text) >> 10) & 1023 < $1::int AND n.written_at >= g.start_date`, [Math.round(scale.goalNoteShare * 1024)]);
    if (scale.revisions) {
      await step('note revisions (version 1)', `
        INSERT INTO journal_note_revisions (municipality_id, note_id, version, body, author_id, created_at)
        SELECT municipality_id, id, 1, body, author_id, written_at FROM journal_notes`);
    }
  });
}
