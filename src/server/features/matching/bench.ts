import type pg from 'pg';
import { benchId, benchIdSql as id, type BenchWorld } from '../../db/demo/bench-stage.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';
import { SUPPORT_NEED_LEVEL_ORDER } from '../../../domain/visitation/support-need.js';

type Step = (label: string, sql: string, params?: unknown[]) => Promise<unknown>;

/** The referral the bench ranks (a new one for bench citizen 2, who is assigned to a case worker). */
export const BENCH_REFERRAL = benchId('referral', 0);

/**
 * What matching reads in the bench municipality, in bulk SQL and idempotent (a bench database
 * generated before matching gets it on the next run, bench-targets.ts): the places' physical
 * standards (two kinds per unit) and approved target groups, a profile per facility and per unit
 * (units refining some), a placed referral with flags for every resident (the resident mix), and
 * one submitted referral to rank with an assessment in all six areas.
 */
async function seedMatching(step: Step, m: string, today: string): Promise<void> {
  // Place number p and unit number u from their names ('Lejlighed p', 'Afdeling u').
  const numbered = `SELECT p.id, substring(p.name from '[0-9]+')::int AS p, substring(u.name from '[0-9]+')::int AS u
                      FROM places p JOIN org_units u ON u.municipality_id = p.municipality_id AND u.id = p.unit_id WHERE p.municipality_id = $1`;
  await step('matching: places’ physical standards', `
    UPDATE places q SET wheelchair_accessible = x.p % 10 < 6, own_bath = x.u % 10 < 7, own_kitchen = x.u % 5 < 2, area_m2 = 18 + (x.u % 5) * 4
      FROM (${numbered}) x WHERE q.municipality_id = $1 AND q.id = x.id AND q.area_m2 IS NULL`, [m]);
  await step('matching: places’ target groups', `
    INSERT INTO place_target_groups (municipality_id, place_id, target_group_code)
    SELECT DISTINCT $1::uuid, x.id, t.code FROM (${numbered}) x
      JOIN LATERAL (SELECT array_agg(code ORDER BY sort_order) AS codes FROM target_groups) g ON true
     CROSS JOIN LATERAL unnest(ARRAY[g.codes[1 + x.u % 8], CASE WHEN x.u % 2 = 0 THEN g.codes[1 + (x.u / 2) % 8] END]) t(code)
     WHERE t.code IS NOT NULL
    ON CONFLICT DO NOTHING`, [m]);
  const methods = `(SELECT array_agg(code ORDER BY sort_order) FROM visitation_methods)`;
  await step('matching: facility and unit profiles', `
    INSERT INTO org_unit_profiles (municipality_id, org_unit_id, public_description, area_municipality_code, district, age_from, age_to,
                                   methods, exclusion_criteria, max_support_level, daily_rate_dkk, pets_allowed, updated_by)
    SELECT $1, o.id, 'Botilbud efter § 108 for voksne.', '101', (ARRAY['Valby', 'Amager', 'Nørrebro', 'Bispebjerg', 'Vesterbro'])[1 + n % 5],
           18, CASE WHEN n % 5 = 0 THEN 67 ELSE 99 END,
           ARRAY[(${methods})[1 + n % 19], (${methods})[1 + (n * 7) % 19], (${methods})[1 + (n * 11) % 19]],
           CASE WHEN n % 9 = 0 THEN ARRAY['substanceUse'] WHEN n % 11 = 0 THEN ARRAY['dementia'] ELSE '{}' END,
           2 + n % 3, 1800 + (n * 337) % 3000, n % 5 = 0, ${id('user', '1')}
      FROM org_units o, LATERAL (SELECT substring(o.name from '[0-9]+')::int AS n) x
     WHERE o.municipality_id = $1 AND o.kind = 'facility'
    UNION ALL
    SELECT $1, o.id, '', NULL, NULL, NULL, NULL, CASE WHEN n % 3 = 0 THEN ARRAY[(${methods})[1 + n % 19]] ELSE '{}' END, '{}',
           CASE WHEN n % 4 = 0 THEN 4 END, CASE WHEN n % 4 = 0 THEN 5200 END, NULL, ${id('user', '1')}
      FROM org_units o, LATERAL (SELECT substring(o.name from '[0-9]+')::int AS n) x
     WHERE o.municipality_id = $1 AND o.kind = 'unit'
    ON CONFLICT DO NOTHING`, [m]);
  const plan = `'Et stabilt botilbud med støtte til hverdagen.', 'Socialpædagogisk støtte døgnet rundt.', 'Længerevarende', 'Ingen egen bolig.'`;
  const caseWorker = id('user', '5');
  await step('matching: residents’ placed referrals (flags)', `
    INSERT INTO referrals (municipality_id, id, citizen_id, type_code, case_worker_id, received_on, legal_basis, flags, urgency,
                           plan_purpose, plan_interventions, plan_expected_duration, plan_housing, state, decided_at, created_by, created_at)
    SELECT $1, ${id('referral', "'placed-' || c.id")}, c.id, 'new', ${caseWorker}, i.start_date - 60, '§108',
           array_remove(ARRAY[CASE WHEN h % 4 = 0 THEN 'outwardReacting' END, CASE WHEN h % 5 = 0 THEN 'substanceUse' END, CASE WHEN h % 7 = 0 THEN 'somaticCare' END]::text[], NULL),
           'normal', ${plan}, 'placed', i.start_date, ${caseWorker}, i.start_date - 60
      FROM citizens c JOIN interventions i ON i.municipality_id = c.municipality_id AND i.citizen_id = c.id AND i.place_id IS NOT NULL AND i.end_date IS NULL,
           LATERAL (SELECT abs(hashtext(c.id::text)) AS h) x
     WHERE c.municipality_id = $1
    ON CONFLICT DO NOTHING`, [m]);
  await step('matching: the referral to rank', `
    INSERT INTO referrals (municipality_id, id, citizen_id, type_code, case_worker_id, received_on, legal_basis, flags, methods_wanted, urgency,
                           plan_purpose, plan_interventions, plan_expected_duration, plan_housing, needs_own_bath, needs_min_area_m2,
                           wish_municipality_code, wish_district, family_municipality_code, family_district, wishes_pets, created_by)
    SELECT $1, $2, ${id('citizen', '2')}, 'revisitation', ${caseWorker}, $3::date - 10, '§108', '{outwardReacting,substanceUse}', '{recovery}', 'urgent',
           ${plan}, true, 20, '101', 'Valby', '101', 'Amager', true, ${caseWorker}
    ON CONFLICT DO NOTHING`, [m, BENCH_REFERRAL, today]);
  await step('matching: its target groups and assessment', `
    WITH g AS (SELECT array_agg(code ORDER BY sort_order) AS codes FROM target_groups)
    INSERT INTO referral_target_groups (municipality_id, referral_id, target_group_code, position)
    SELECT $1, $2, g.codes[k], k FROM g, generate_series(1, 2) k
    ON CONFLICT DO NOTHING`, [m, BENCH_REFERRAL]);
  await step('matching: the assessment, two conditions in each area', `
    INSERT INTO referral_assessments (municipality_id, referral_id, condition_code, level_code)
    SELECT $1, $2, c.code, ($4::text[])[1 + (row_number() OVER (ORDER BY a.sort_order, c.sort_order))::int % 5]
      FROM ffb_concepts a JOIN LATERAL (SELECT code, sort_order FROM ffb_concepts WHERE parent_code = a.code ORDER BY sort_order LIMIT 2) c ON true
     WHERE a.parent_code = $3
    ON CONFLICT DO NOTHING`, [m, BENCH_REFERRAL, FFB_GROUPS.activityAndParticipation, SUPPORT_NEED_LEVEL_ORDER]);
}

/** The bench stage (a generated municipality). */
export const matchingBench = (world: BenchWorld) => seedMatching(world.step, world.municipalityId, world.today);

/** The same on a bench database generated before matching had a stage: run when the referral to rank is missing. */
export async function ensureMatchingBench(c: pg.Client, today: string, log: (line: string) => void): Promise<void> {
  const [{ m, has }] = (await c.query<{ m: string; has: boolean }>(
    `SELECT (SELECT id FROM municipalities WHERE name = 'Benchmark Kommune') AS m, EXISTS (SELECT 1 FROM referrals WHERE id = $1) AS has`, [BENCH_REFERRAL],
  )).rows;
  if (has || !m) return;
  log('Matching data missing in the bench database: adding it');
  await c.query('BEGIN');
  await seedMatching(async (label, sql, params) => {
    const t = performance.now();
    const r = await c.query(sql, params);
    log(`  ${label.padEnd(60)} ${String(r.rowCount ?? 0).padStart(8)} rows ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
  }, m, today);
  await c.query('COMMIT');
  for (const t of ['places', 'place_target_groups', 'org_unit_profiles', 'referrals', 'referral_assessments']) await c.query(`ANALYZE ${t}`);
}
