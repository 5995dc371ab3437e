import { defineDemo } from '../../db/demo/stage.js';

/**
 * The committee's part of the demo, run once every table is in (after the referrals' stage, which
 * another feature writes: with no referrals it adds no purchased places). A few interim places bought
 * from other providers for referrals on the waiting list (waiting first, then received or declined),
 * the own rate from the facility profiles of the legal basis (else 2,000–3,000 DKK a day), the bought
 * one about 122 % dearer (seed 002: 110–135 %); and the demo municipality's own deadlines. One
 * statement (data-modifying CTE): the seeder runs each feature's afterInsert as one.
 */
export const PURCHASES = `
WITH queue AS (
  SELECT r.municipality_id, r.id, r.citizen_id, r.legal_basis, r.received_on, r.created_by, abs(hashtext(r.id::text)) AS h,
         row_number() OVER (PARTITION BY r.municipality_id ORDER BY (r.state = 'waiting') DESC, r.received_on, r.id) AS n
    FROM referrals r
   WHERE r.state IN ('waiting', 'submitted', 'declined')
     AND NOT EXISTS (SELECT 1 FROM purchased_places pp WHERE pp.municipality_id = r.municipality_id)
), own AS (
  SELECT q.*, coalesce((
           SELECT round(avg(coalesce(up.daily_rate_dkk, fp.daily_rate_dkk)), -1)
             FROM places p JOIN org_units u ON u.municipality_id = p.municipality_id AND u.id = p.unit_id
             LEFT JOIN org_unit_profiles up ON up.municipality_id = u.municipality_id AND up.org_unit_id = u.id
             LEFT JOIN org_unit_profiles fp ON fp.municipality_id = u.municipality_id AND fp.org_unit_id = u.parent_id
            WHERE p.municipality_id = q.municipality_id AND p.legal_basis = q.legal_basis AND p.active),
           2000 + (q.h % 100) * 10)::numeric(10, 2) AS own_rate
    FROM queue q WHERE q.n <= 5
), bought AS (
INSERT INTO purchased_places (municipality_id, referral_id, citizen_id, provider_name, provider_municipality_code, legal_basis,
                              daily_rate_dkk, own_daily_rate_dkk, start_date, created_by)
SELECT o.municipality_id, o.id, o.citizen_id,
       (ARRAY['Botilbuddet Skovbrynet (Gentofte Kommune)', 'Opholdsstedet Kildevang ApS', 'Bo- og Udviklingscentret Lindehøj (Gladsaxe Kommune)',
              'Fonden Vejlegården', 'Botilbuddet Solsikken (Hvidovre Kommune)'])[o.n],
       (ARRAY['157', NULL, '159', '173', '167'])[o.n],
       o.legal_basis,
       round(o.own_rate * (2.10 + (o.h % 25) / 100.0), -1),
       o.own_rate,
       GREATEST(o.received_on, current_date - (14 + (o.h % 100))::int),
       o.created_by
  FROM own o
RETURNING id
)
INSERT INTO referral_deadlines (municipality_id, type_code, days, source, updated_by)
SELECT m.id, d.type_code, d.days, d.source, u.id
  FROM municipalities m
  JOIN LATERAL (SELECT id FROM users WHERE municipality_id = m.id AND username = 'admin' LIMIT 1) u ON true
  CROSS JOIN (VALUES
    ('new', 42, 'Kvalitetsstandard for botilbud, Demo Kommune 2026, afsnit 4.2: afgørelse senest 6 uger efter modtaget henvisning.'),
    ('acute', 5, 'Socialudvalgets beslutning af 12. marts 2026: akutte henvisninger afgøres inden 5 dage.')
  ) AS d (type_code, days, source)
 WHERE m.code = '101'
ON CONFLICT DO NOTHING;`;

export const committeeDemo = defineDemo({ tables: {}, stage: () => undefined, afterInsert: PURCHASES });
