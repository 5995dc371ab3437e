import { FFB_GROUPS, FUNCTIONAL_LEVEL_ORDER } from '../../../domain/ffb.js';
import { benchIdSql as id, type BenchWorld } from '../../db/demo/bench-stage.js';
import { FOLLOW_UP_NOTES, GOALS_BY_AREA } from '../../db/demo/vocabulary.js';

/** Goals (~4 per citizen, as bench_citizens.goals says), their steps and a follow-up every three months. */
export async function plansBench({ c, step, municipalityId: m, today }: BenchWorld): Promise<void> {
  const areas = (await c.query<{ code: string; display: string }>('SELECT code, display FROM ffb_concepts WHERE parent_code = $1', [FFB_GROUPS.activityAndParticipation])).rows;
  const goalTypes = (await c.query<{ code: string }>('SELECT code FROM ffb_concepts WHERE parent_code = $1 ORDER BY display DESC', [FFB_GROUPS.goalType])).rows.map((r) => r.code);
  const ideas = areas.flatMap((a) => (GOALS_BY_AREA[a.display] ?? []).map((g) => ({ area: a.code, title: g.title, what: g.whatMatters })));

  // The next follow-up spread: 12 % overdue, 18 % within 14 days, the rest later.
  await c.query('DROP TABLE IF EXISTS bench_ideas');
  await c.query(`CREATE TEMP TABLE bench_ideas AS
    SELECT k, area, title, what FROM json_to_recordset($1::json) AS x(k int, area text, title text, what text)`, [JSON.stringify(ideas.map((x, k) => ({ ...x, k })))]);
  await step('goals', `
    INSERT INTO goals (id, municipality_id, citizen_id, title, what_matters, ffb_area_code, goal_type_code, target_level_code,
                       current_level_code, responsible_user_id, start_date, next_follow_up_date, status, status_reason, created_by)
    SELECT ${id('goal', "b.n || '-' || g")}, $1, b.id, i.title, i.what, i.area, ($3::text[])[1 + (b.n + g) % 3 / 2],
           ($4::text[])[2 + (b.n + g) % 2], ($4::text[])[3 + (b.n * g) % 2], c.contact_person_id,
           start, CASE WHEN achieved THEN NULL WHEN bucket < 12 THEN $2::date - (1 + bucket * 3) WHEN bucket < 30 THEN $2::date + (bucket - 12) % 15
                       ELSE $2::date + 15 + bucket % 75 END,
           CASE WHEN achieved THEN 'achieved' ELSE 'active' END, CASE WHEN achieved THEN 'Målet er nået.' END, c.contact_person_id
      FROM bench_citizens b JOIN citizens c ON c.id = b.id
      CROSS JOIN LATERAL generate_series(1, b.goals) g
      CROSS JOIN LATERAL (SELECT $2::date - (60 + (b.n * 13 + g * 97) % 1700) AS start, (b.n * 31 + g * 17) % 100 AS bucket, (b.n + g) % 12 = 0 AS achieved) x
      JOIN bench_ideas i ON i.k = (b.n * 7 + g) % (SELECT count(*) FROM bench_ideas)`,
    [m, today, goalTypes, FUNCTIONAL_LEVEL_ORDER]);
  await step('goal steps', `
    INSERT INTO goal_steps (municipality_id, goal_id, kind, text, responsible, sort_order)
    SELECT g.municipality_id, g.id, CASE WHEN k < 3 THEN 'sub_goal' ELSE 'action' END, 'Delskridt ' || k || ' mod målet', CASE WHEN k = 3 THEN 'Kontaktperson' END, k
      FROM goals g CROSS JOIN generate_series(1, 3) k WHERE g.municipality_id = $1`, [m]);
  await step('follow-ups every 3 months', `
    INSERT INTO follow_ups (municipality_id, goal_id, citizen_id, follow_up_date, progress, level_code, note, continues, next_follow_up_date, author_id, created_at)
    SELECT g.municipality_id, g.id, g.citizen_id, d::date, (ARRAY['improved', 'unchanged', 'declined'])[1 + k % 3], g.current_level_code,
           ($3::text[])[1 + k % cardinality($3::text[])], true, (d + interval '3 months')::date, g.created_by, d
      FROM goals g CROSS JOIN LATERAL generate_series(g.start_date + interval '3 months', $2::date - 1, interval '3 months') WITH ORDINALITY AS s(d, k)
     WHERE g.municipality_id = $1`,
    [m, today, [...FOLLOW_UP_NOTES.improved, ...FOLLOW_UP_NOTES.unchanged, ...FOLLOW_UP_NOTES.declined]]);
}
