import { defineDemo } from '../../db/demo/stage.js';

/**
 * A month of medicine rounds, in one statement after every table is in (so after the medicine
 * card's demo): every scheduled dose of each running fixed line, in Copenhagen time up to the start
 * of the slot running now (night 00, morning 06, noon 11, afternoon 15, evening 19) and at least 90
 * minutes ago: the current slot, the night's too, stays to be done, mostly given, some refused, about 3 % missed (no row);
 * PN doses on some days with their reason, most with their effect, a few still missing it, and
 * two citizens in thirty using PN daily (due for review with the doctor). Each registered by a staff
 * member of the citizen's unit. Hashes of ids choose, so the demo is the same every time.
 *
 * Where the card's demo has not made any lines (it lands separately), a few are made here first
 * for the citizens living in a place — only when medicine_lines is empty, so one source remains.
 */
const ROUNDS = `
WITH catalogue (n, kind, generic_name, strength, form, indication, schedule, pn_max) AS (
  VALUES
    (0, 'fixed', 'Sertralin', '50 mg', 'tablet', 'Depression, forebyggende', '[{"time":"08:00","dose":1}]', NULL::numeric),
    (1, 'fixed', 'Quetiapin', '25 mg', 'tablet', 'Uro og søvnbesvær ved skizofreni', '[{"time":"08:00","dose":1},{"time":"21:00","dose":2}]', NULL),
    (2, 'fixed', 'Metformin', '500 mg', 'tablet', 'Type 2-diabetes', '[{"time":"08:00","dose":1},{"time":"17:30","dose":1}]', NULL),
    (3, 'fixed', 'Amlodipin', '5 mg', 'tablet', 'Forhøjet blodtryk', '[{"time":"08:00","dose":1}]', NULL),
    (4, 'fixed', 'Lamotrigin', '100 mg', 'tablet', 'Epilepsi, forebyggelse af anfald', '[{"time":"08:00","dose":1},{"time":"20:00","dose":1}]', NULL),
    (5, 'fixed', 'Omeprazol', '20 mg', 'enterokapsel', 'Mavesår, forebyggende ved NSAID', '[{"time":"07:30","dose":1}]', NULL),
    (6, 'fixed', 'Olanzapin', '10 mg', 'tablet', 'Skizofreni, vedligeholdelse', '[{"time":"21:00","dose":1}]', NULL),
    (7, 'fixed', 'Levothyroxin', '50 mikrogram', 'tablet', 'Lavt stofskifte', '[{"time":"07:00","dose":1}]', NULL),
    (10, 'pn', 'Paracetamol', '500 mg', 'tablet', 'Smerter i knæ og ryg', '[]', 8),
    (11, 'pn', 'Oxazepam', '15 mg', 'tablet', 'Svær angst og uro, når samtale ikke hjælper', '[]', 2),
    (12, 'pn', 'Ibuprofen', '400 mg', 'tablet', 'Hovedpine og menstruationssmerter', '[]', 3),
    (13, 'pn', 'Melatonin', '3 mg', 'tablet', 'Indsovningsbesvær', '[]', 1)
),
placed AS (
  SELECT DISTINCT ON (i.citizen_id) i.municipality_id, i.citizen_id, i.unit_id, i.start_date
    FROM interventions i
   WHERE i.place_id IS NOT NULL AND i.unit_id IS NOT NULL AND i.end_date IS NULL
   ORDER BY i.citizen_id, i.start_date DESC
),
staff AS (
  SELECT r.municipality_id, r.org_unit_id AS unit_id, array_agg(r.user_id ORDER BY r.user_id) AS ids
    FROM user_roles r WHERE r.role = 'staff' GROUP BY r.municipality_id, r.org_unit_id
),
new_lines AS (
  INSERT INTO medicine_lines (municipality_id, citizen_id, kind, generic_name, form, strength, dose_unit, single_dose, schedule, pn_max_per_24h,
                              indication, prescriber, dose_dispensed, start_date, created_by, updated_by, created_at, updated_at)
  SELECT p.municipality_id, p.citizen_id, k.kind, k.generic_name, k.form, k.strength, 'stk', 1, k.schedule::jsonb, k.pn_max,
         k.indication, 'Egen læge', k.kind = 'fixed' AND abs(hashtext(p.citizen_id::text)) % 3 = 0, greatest(p.start_date, current_date - 120),
         s.ids[1], s.ids[1], now() - interval '120 days', now() - interval '120 days'
    FROM placed p JOIN staff s ON s.municipality_id = p.municipality_id AND s.unit_id = p.unit_id
    JOIN catalogue k ON k.n IN (abs(hashtext(p.citizen_id::text || 'a')) % 8, (abs(hashtext(p.citizen_id::text || 'a')) + 3) % 8,
                                10 + abs(hashtext(p.citizen_id::text || 'p')) % 4)
   WHERE NOT EXISTS (SELECT 1 FROM medicine_lines) AND abs(hashtext(p.citizen_id::text)) % 10 < 8
  RETURNING *
),
new_versions AS (
  INSERT INTO medicine_line_versions (municipality_id, line_id, version, change, line, changed_by, changed_at)
  SELECT n.municipality_id, n.id, 1, 'created', to_jsonb(n), n.created_by, n.created_at FROM new_lines n
),
lines AS (
  SELECT l.municipality_id, l.id, l.citizen_id, l.kind, l.version, l.schedule, l.start_date, l.status, l.pn_max_per_24h FROM medicine_lines l
  UNION ALL
  SELECT n.municipality_id, n.id, n.citizen_id, n.kind, n.version, n.schedule, n.start_date, n.status, n.pn_max_per_24h FROM new_lines n
),
ready AS (
  SELECT l.*, p.unit_id, s.ids AS staff_ids FROM lines l
    JOIN placed p ON p.municipality_id = l.municipality_id AND p.citizen_id = l.citizen_id
    JOIN staff s ON s.municipality_id = p.municipality_id AND s.unit_id = p.unit_id
   WHERE l.status = 'active'
),
slot_start AS (
  SELECT least(now() - interval '90 minutes',
               (date_trunc('day', now() AT TIME ZONE 'Europe/Copenhagen')
                + (SELECT max(h) FROM unnest(ARRAY[0, 6, 11, 15, 19]) h WHERE h <= extract(hour FROM now() AT TIME ZONE 'Europe/Copenhagen')) * interval '1 hour')
               AT TIME ZONE 'Europe/Copenhagen') AS before
),
tapering AS (
  SELECT t.municipality_id, t.line_id, t.from_date, t.dose,
         coalesce(lead(t.from_date) OVER (PARTITION BY t.municipality_id, t.line_id ORDER BY t.from_date), 'infinity'::date) AS until
    FROM medicine_tapering_steps t
),
fixed AS (
  SELECT r.*, d.at, d.day, coalesce(t.dose, (e->>'dose')::numeric) AS dose, abs(hashtext(r.id::text || d.at::text)) AS h
    FROM ready r
   CROSS JOIN LATERAL jsonb_array_elements(r.schedule) e
   CROSS JOIN LATERAL generate_series((now() AT TIME ZONE 'Europe/Copenhagen')::date - 30, (now() AT TIME ZONE 'Europe/Copenhagen')::date, interval '1 day') g
   CROSS JOIN LATERAL (SELECT g::date AS day, (g::date + (e->>'time')::time) AT TIME ZONE 'Europe/Copenhagen' AS at) d
   LEFT JOIN tapering t ON t.municipality_id = r.municipality_id AND t.line_id = r.id AND d.day >= t.from_date AND d.day < t.until
   WHERE r.kind = 'fixed' AND d.day >= r.start_date AND d.at < (SELECT before FROM slot_start)
),
pn AS (
  SELECT r.*, d.at, abs(hashtext(r.id::text || d.at::text)) AS h
    FROM ready r
   CROSS JOIN LATERAL generate_series((now() AT TIME ZONE 'Europe/Copenhagen')::date - 30, (now() AT TIME ZONE 'Europe/Copenhagen')::date, interval '1 day') g
   CROSS JOIN generate_series(0, 1) k
   CROSS JOIN LATERAL (SELECT (g::date + time '09:00' + k * interval '9 hours' + (abs(hashtext(r.id::text || g::text)) % 240) * interval '1 minute')
                              AT TIME ZONE 'Europe/Copenhagen' AS at) d
   WHERE r.kind = 'pn' AND g::date >= r.start_date AND d.at < now() - interval '30 minutes'
     AND CASE WHEN abs(hashtext(r.citizen_id::text)) % 15 = 0 THEN k = 0 OR r.pn_max_per_24h >= 2
              ELSE k = 0 AND abs(hashtext(r.id::text || g::text)) % 4 = 0 END
)
INSERT INTO medicine_administrations (municipality_id, citizen_id, line_id, line_version, unit_id, scheduled_for, outcome, reason, dose, given_at,
                                      pn_reason, effect_due_at, effect_reminded_at, effect, effect_at, effect_by, client_id, registered_by, registered_at)
SELECT f.municipality_id, f.citizen_id, f.id, f.version, f.unit_id, f.at,
       CASE WHEN f.h % 100 < 5 THEN 'refused' ELSE 'given' END,
       CASE WHEN f.h % 100 < 5 THEN (ARRAY['Ville ikke tage medicinen i dag', 'Sov tungt og ville ikke vækkes', 'Afviste, sagde hun havde det fint'])[1 + f.h % 3] ELSE '' END,
       f.dose,
       f.at + (f.h % 40) * interval '1 minute', NULL, NULL, NULL, NULL, NULL, NULL, gen_random_uuid(),
       f.staff_ids[1 + f.h % cardinality(f.staff_ids)], f.at + (f.h % 40) * interval '1 minute'
  FROM fixed f
 WHERE f.h % 100 < 97
   AND f.dose > 0
UNION ALL
SELECT p.municipality_id, p.citizen_id, p.id, p.version, p.unit_id, NULL, 'given', '', 1, p.at,
       (ARRAY['Uro og angst efter telefonopkald', 'Ondt i knæet efter gåtur', 'Hovedpine', 'Kunne ikke falde i søvn', 'Urolig efter konflikt i fællesrummet'])[1 + p.h % 5],
       p.at + interval '60 minutes',
       CASE WHEN (p.h % 100 >= 88 OR p.at >= now() - interval '70 minutes') AND p.at < now() - interval '60 minutes' THEN p.at + interval '60 minutes' END,
       CASE WHEN p.h % 100 < 88 AND p.at < now() - interval '70 minutes' THEN (ARRAY['Faldt til ro efter 20 minutter', 'Smerterne aftog', 'Ingen tydelig effekt', 'Sov efter en halv time'])[1 + p.h % 4] END,
       CASE WHEN p.h % 100 < 88 AND p.at < now() - interval '70 minutes' THEN p.at + interval '70 minutes' END,
       CASE WHEN p.h % 100 < 88 AND p.at < now() - interval '70 minutes' THEN p.staff_ids[1 + p.h % cardinality(p.staff_ids)] END,
       gen_random_uuid(), p.staff_ids[1 + p.h % cardinality(p.staff_ids)], p.at + (p.h % 10) * interval '1 minute'
  FROM pn p`;

export const medicineRoundsDemo = defineDemo({ tables: {}, stage: () => undefined, afterInsert: ROUNDS });
