/** Test fixture: grows a test world into a municipality-sized one for the due list's query-plan check. */
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';
import { FFB } from './plans.fixtures.js';

/**
 * Adds `facilities` facilities (35: a center like seed 000's) of 3 units under the world's center,
 * 10 citizens placed on each of those units and on units A, B and C, and 4 goals per citizen with
 * next follow-ups spread from a month ago to five months ahead (a quarter closed). Bulk
 * statements; the caller runs ANALYZE.
 */
export async function growMunicipality(db: Db, w: World, facilities = 35): Promise<void> {
  const m = w.municipalityId;
  await db.query(
    `WITH center AS (SELECT path FROM org_units WHERE id = $2),
     fac AS (
       INSERT INTO org_units (id, municipality_id, parent_id, kind, name, path)
       SELECT id, $1, $2, 'facility', 'Tilbud ' || n, (SELECT path FROM center) || id || '/'
         FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, $3::int) n) x
       RETURNING id, path)
     INSERT INTO org_units (id, municipality_id, parent_id, kind, name, path)
     SELECT id, $1, fac_id, 'unit', 'Afdeling ' || n, fac_path || id || '/'
       FROM (SELECT gen_random_uuid() AS id, fac.id AS fac_id, fac.path AS fac_path, n FROM fac, generate_series(1, 3) n) y`,
    [m, w.units.center, facilities],
  );
  await db.query(
    `WITH units AS (SELECT id FROM org_units WHERE municipality_id = $1 AND kind = 'unit'),
     people AS (
       INSERT INTO citizens (id, municipality_id, cpr, first_name, last_name, birth_date)
       SELECT gen_random_uuid(), $1, (9000000000 + row_number() OVER ())::text, 'Bulk', 'Borger', '1970-01-01'
         FROM units, generate_series(1, 10)
       RETURNING id),
     numbered AS (SELECT id, row_number() OVER () AS k FROM people),
     unit_numbered AS (SELECT id, row_number() OVER () - 1 AS k FROM units)
     INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, unit_id, start_date)
     SELECT $1, p.id, 'long_term_residence', '§108', u.id, '2024-01-01'
       FROM numbered p JOIN unit_numbered u ON u.k = (p.k - 1) / 10`,
    [m],
  );
  await db.query(
    `INSERT INTO goals (municipality_id, citizen_id, title, ffb_area_code, goal_type_code, target_level_code, start_date,
                        next_follow_up_date, status, status_reason, created_by)
     SELECT $1, c.id, 'Bulkmål', $2, $3, $4, '2025-01-01', current_date - 30 + (abs(hashtext(c.id::text || g)) % 180),
            CASE WHEN g = 4 THEN 'achieved' ELSE 'active' END, CASE WHEN g = 4 THEN 'Nået' END, $5
       FROM citizens c CROSS JOIN generate_series(1, 4) g
      WHERE c.municipality_id = $1 AND c.first_name = 'Bulk'`,
    [m, FFB.egenomsorg, FFB.udvikle, FFB.let, w.users.staff.id],
  );
}
