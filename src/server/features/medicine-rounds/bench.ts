import { benchIdSql as id, withoutIndexes, type BenchWorld } from '../../db/demo/bench-stage.js';

/** Fixed lines per citizen, each given at four times a day: 20 scheduled doses per citizen per day. */
const FIXED_LINES = 5;
const TIMES = ['08:00', '12:00', '17:00', '21:00'];

/**
 * Days of medicine rounds: BENCH_MEDICINE_DAYS, else 435 at scale M (1,150 citizens × 20 doses a day
 * × 435 days ≈ 10 million administrations, the "a year of administrations") and the scale's
 * own days of notes below it.
 */
export const benchMedicineDays = (scaleDays: number) => Number(process.env.BENCH_MEDICINE_DAYS ?? (scaleDays >= 365 ? 435 : scaleDays));

/**
 * Medicine cards and their rounds for every bench citizen: five fixed lines at 08, 12, 17 and 21, one
 * PN line; every dose up to yesterday registered (one in 25 refused), PN every third day with its
 * effect. Today's doses are left for the round list. Bulk SQL with the administrations' keys and
 * indexes dropped for the load and rebuilt after.
 */
export async function medicineRoundsBench(world: BenchWorld): Promise<void> {
  const { step, municipalityId: m, today, scale } = world;
  const days = benchMedicineDays(scale.days);
  await step('medicine lines', `
    INSERT INTO medicine_lines (id, municipality_id, citizen_id, kind, generic_name, form, strength, dose_unit, single_dose, schedule, pn_max_per_24h,
                                indication, prescriber, start_date, created_by, updated_by)
    SELECT ${id('mline', "b.n || '-' || k")}, $1, b.id, CASE WHEN k > $3 THEN 'pn' ELSE 'fixed' END,
           (ARRAY['Sertralin', 'Metformin', 'Amlodipin', 'Quetiapin', 'Omeprazol', 'Paracetamol'])[k], 'tablet', '10 mg', 'stk', 1,
           CASE WHEN k > $3 THEN '[]'::jsonb ELSE $4::jsonb END, CASE WHEN k > $3 THEN 4 END,
           'Efter lægens ordination', 'Egen læge', $2::date - $5::int, b.staff[1], b.staff[1]
      FROM bench_citizens b CROSS JOIN generate_series(1, $3 + 1) k`,
    [m, today, FIXED_LINES, JSON.stringify(TIMES.map((time) => ({ time, dose: 1 }))), days + 1]);
  await withoutIndexes(world, ['medicine_administrations'], async () => {
    await step(`administrations, ${days} days of rounds`, `
      INSERT INTO medicine_administrations (municipality_id, citizen_id, line_id, line_version, unit_id, scheduled_for, outcome, reason, dose, given_at,
                                            client_id, registered_by, registered_at)
      SELECT $1, b.id, ${id('mline', "b.n || '-' || k")}, 1, ${id('unit', 'b.unit')}, at,
             CASE WHEN (b.n + k + d) % 25 = 0 THEN 'refused' ELSE 'given' END, CASE WHEN (b.n + k + d) % 25 = 0 THEN 'Ville ikke' ELSE '' END, 1,
             at + interval '7 minutes', gen_random_uuid(), b.staff[1 + (d + t) % cardinality(b.staff)], at + interval '7 minutes'
        FROM bench_citizens b CROSS JOIN generate_series(1, $4::int) k CROSS JOIN generate_series(1, $3::int) d CROSS JOIN generate_series(1, 4) t
       CROSS JOIN LATERAL (SELECT (($2::date - d) + ($5::text[])[t]::time) AT TIME ZONE 'Europe/Copenhagen' AS at) x`,
      [m, today, days, FIXED_LINES, TIMES]);
    await step('PN every third day, with effect', `
      INSERT INTO medicine_administrations (municipality_id, citizen_id, line_id, line_version, unit_id, outcome, dose, given_at, pn_reason,
                                            effect_due_at, effect, effect_at, effect_by, client_id, registered_by, registered_at)
      SELECT $1, b.id, ${id('mline', "b.n || '-' || ($4::int + 1)")}, 1, ${id('unit', 'b.unit')}, 'given', 1, at, 'Uro', at + interval '1 hour',
             'Faldt til ro', at + interval '1 hour', b.staff[1], gen_random_uuid(), b.staff[1], at
        FROM bench_citizens b CROSS JOIN generate_series(1, $3::int) d
       CROSS JOIN LATERAL (SELECT (($2::date - d) + time '15:30') AT TIME ZONE 'Europe/Copenhagen' AS at) x
       WHERE (b.n + d) % 3 = 0`,
      [m, today, days, FIXED_LINES]);
  });
}
