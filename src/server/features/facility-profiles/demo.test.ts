import { beforeAll, describe, expect, it } from 'vitest';
import { login, useDemoApp, type Client } from '../../../../test/http.js';
import { DEMO_PASSWORD } from '../../db/demo/seed.js';
import { listEffectiveProfiles } from './effective.js';
import { COPENHAGEN_DISTRICTS } from './demo.js';

const env = useDemoApp();
let leader: Client;
let caseWorker: Client;

beforeAll(async () => {
  leader = await login(env.app, 'leder', DEMO_PASSWORD);
  caseWorker = await login(env.app, 'sagsbehandler', DEMO_PASSWORD);
});

describe('the demo’s facility profiles', () => {
  it('has a profile for every facility and every unit, in both municipalities', async () => {
    const missing = await env.db.query<{ name: string }>(
      `SELECT u.name FROM org_units u WHERE u.kind IN ('facility', 'unit')
          AND NOT EXISTS (SELECT 1 FROM org_unit_profiles p WHERE p.municipality_id = u.municipality_id AND p.org_unit_id = u.id)`,
    );
    expect(missing).toEqual([]);
    const [{ facilities }] = await env.db.query<{ facilities: number }>(`SELECT count(*)::int AS facilities FROM org_units WHERE kind = 'facility'`);
    expect(facilities).toBeGreaterThanOrEqual(13);
  });

  it('gives each facility with places a rate of 1,800–4,500 kr., an age range, methods and specialisations fitting its target groups, and Copenhagen districts', async () => {
    const rows = await env.db.query<{
      name: string; code: string; rate: string | null; age_from: number; age_to: number; methods: string[]; excl: string[]; district: string | null; places: number; groups: string[]; own: string | null;
    }>(
      `SELECT f.name, p.area_municipality_code AS code, p.daily_rate_dkk AS rate, p.age_from, p.age_to, p.methods, p.exclusion_criteria AS excl, p.district,
              m.code AS own,
              (SELECT count(*)::int FROM places pl JOIN org_units u ON u.id = pl.unit_id WHERE u.parent_id = f.id) AS places,
              (SELECT array_agg(DISTINCT pt.target_group_code) FROM place_target_groups pt JOIN places pl ON pl.id = pt.place_id JOIN org_units u ON u.id = pl.unit_id WHERE u.parent_id = f.id) AS groups
         FROM org_units f JOIN org_unit_profiles p ON p.org_unit_id = f.id JOIN municipalities m ON m.id = f.municipality_id
        WHERE f.kind = 'facility'`,
    );
    const districts = COPENHAGEN_DISTRICTS.map(([d]) => d);
    for (const r of rows) {
      expect(r.code, r.name).toBe(r.own);
      expect(r.age_from, r.name).toBeGreaterThanOrEqual(18);
      expect(r.age_to, r.name).toBeGreaterThan(r.age_from);
      expect(r.methods.length, r.name).toBeGreaterThanOrEqual(2);
      if (r.code === '101') expect(districts, r.name).toContain(r.district);
      if (r.places === 0) continue;
      expect(Number(r.rate), r.name).toBeGreaterThanOrEqual(1800);
      expect(Number(r.rate), r.name).toBeLessThanOrEqual(4500);
    }
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get('Autismecentret Kildebakken')!.methods).toEqual(expect.arrayContaining(['autism', 'teacch']));
    expect(byName.get('Hjerneskadecentret Solsikken')!.methods).toEqual(expect.arrayContaining(['brain_injury', 'neuropedagogy']));
    expect(byName.get('Forsorgshjemmet Havnely')!.methods).toEqual(expect.arrayContaining(['housing_first', 'substanceUse']));
    expect(rows.filter((r) => r.excl.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((r) => r.excl.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it('gives every place a physical standard: most an own bath, a share wheelchair accessible, kitchens on some, 18–45 m²', async () => {
    const [s] = await env.db.query<{ n: number; no_area: number; wheel: number; bath: number; kitchen: number; min: string; max: string }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE area_m2 IS NULL)::int AS no_area, count(*) FILTER (WHERE wheelchair_accessible)::int AS wheel,
              count(*) FILTER (WHERE own_bath)::int AS bath, count(*) FILTER (WHERE own_kitchen)::int AS kitchen, min(area_m2) AS min, max(area_m2) AS max
         FROM places`,
    );
    expect(s.no_area).toBe(0);
    expect(s.bath / s.n).toBeGreaterThan(0.6);
    expect(s.wheel / s.n).toBeGreaterThan(0.2);
    expect(s.wheel / s.n).toBeLessThan(0.8);
    expect(s.kitchen / s.n).toBeGreaterThan(0.1);
    expect(s.kitchen / s.n).toBeLessThan(0.7);
    expect(Number(s.min)).toBeGreaterThanOrEqual(18);
    expect(Number(s.max)).toBeLessThanOrEqual(45);
  });

  it('merges every unit’s profile with its facility’s in SQL as the profile answers it, and the leader may keep Lærkehøj’s', async () => {
    const [{ id: m }] = await env.db.query<{ id: string }>(`SELECT id FROM municipalities WHERE name = 'Demo Kommune'`);
    const merged = await listEffectiveProfiles(env.db, m);
    // No facility or unit is specialised in a flag it excludes.
    expect(merged.filter((r) => r.exclusion_criteria.some((x) => r.methods.includes(x))).map((r) => r.org_unit_id)).toEqual([]);
    expect(merged.filter((r) => r.kind === 'unit' && r.exclusion_criteria.length > 0).length).toBeGreaterThan(5);
    const units = merged.filter((r) => r.kind === 'unit');
    expect(units.every((u) => u.daily_rate_dkk !== null || u.max_support_level !== null)).toBe(true);
    const [{ id: laerkehoej }] = await env.db.query<{ id: string }>(`SELECT id FROM org_units WHERE name = 'Bostedet Lærkehøj'`);
    const profile = (await leader.get(`/api/org-units/${laerkehoej}/profile`)).json().data;
    expect(profile.abilities.edit).toBe(true);
    expect(profile.places.places.length).toBe(40);
    const description = (await caseWorker.get(`/api/org-units/${laerkehoej}/public-description`)).json().data;
    expect(description).toMatchObject({ name: 'Bostedet Lærkehøj', placesTotal: 40, offerTypes: ['108 (længerevarende botilbud)'] });
    expect(description.targetGroups).toMatch(/^\d+ til \d+ år \(socialpsykiatri, misbrug\)$/);
  });
});
