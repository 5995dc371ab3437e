import { describe, expect, it } from 'vitest';
import { login, useDemoApp } from '../../../../test/http.js';
import { DEMO_PASSWORD } from '../../db/demo/seed.js';
import type { MedicineCard } from '../../../contracts/medication.js';

const env = useDemoApp();

/** The first citizen (by name) of a demo unit with a medicine card, or with a serious side effect awaiting the doctor. */
/** The first resident of `unit` with a card; `featured`: one whose card shows a serious side effect awaiting the doctor, a paused line and a tapering plan. */
const firstOf = async (unit: string, featured = false) =>
  (await env.db.query<{ id: string }>(
    `SELECT c.id FROM citizens c JOIN interventions i ON i.citizen_id = c.id AND i.end_date IS NULL JOIN org_units u ON u.id = i.unit_id
      WHERE u.name = $1 AND EXISTS (SELECT 1 FROM medicine_lines l WHERE l.citizen_id = c.id)
        AND (NOT $2 OR (EXISTS (SELECT 1 FROM medicine_observations o WHERE o.citizen_id = c.id AND o.severity = 'serious' AND o.doctor_contacted_at IS NULL)
                        AND EXISTS (SELECT 1 FROM medicine_lines l WHERE l.citizen_id = c.id AND l.status = 'paused')
                        AND EXISTS (SELECT 1 FROM medicine_tapering_steps t JOIN medicine_lines tl ON tl.id = t.line_id WHERE tl.citizen_id = c.id)))
      ORDER BY c.first_name, c.last_name LIMIT 1`,
    [unit, featured],
  ))[0].id;

describe('the demo’s medicine cards', () => {
  it('gives most residents of 24-hour care a card of 2–8 lines, fixed and PN, some dose-dispensed, paused or stopped', async () => {
    const [share] = await env.db.query<{ residents: number; carded: number }>(
      `SELECT count(DISTINCT i.citizen_id)::int AS residents,
              count(DISTINCT i.citizen_id) FILTER (WHERE EXISTS (SELECT 1 FROM medicine_lines l WHERE l.citizen_id = i.citizen_id))::int AS carded
         FROM interventions i WHERE i.end_date IS NULL AND i.kind_code IN ('long_term_residence', 'temporary_residence')`,
    );
    expect(share.carded / share.residents).toBeGreaterThan(0.7);
    const perCitizen = await env.db.query<{ n: number; pn: number; fixed: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE kind = 'pn')::int AS pn, count(*) FILTER (WHERE kind = 'fixed')::int AS fixed FROM medicine_lines GROUP BY citizen_id`,
    );
    for (const c of perCitizen) {
      expect(c.n).toBeGreaterThanOrEqual(2);
      expect(c.n).toBeLessThanOrEqual(8);
      expect(c.pn).toBeGreaterThanOrEqual(1);
    }
    const [mix] = await env.db.query<{ dispensed: number; fixed: number; paused: number; stopped: number; tapered: number; awaiting: number }>(
      `SELECT count(*) FILTER (WHERE dose_dispensed)::int AS dispensed, count(*) FILTER (WHERE kind = 'fixed')::int AS fixed,
              count(*) FILTER (WHERE status = 'paused')::int AS paused, count(*) FILTER (WHERE status = 'stopped')::int AS stopped,
              (SELECT count(DISTINCT line_id)::int FROM medicine_tapering_steps) AS tapered,
              (SELECT count(*)::int FROM medicine_observations WHERE severity = 'serious' AND doctor_contacted_at IS NULL) AS awaiting
         FROM medicine_lines`,
    );
    expect(mix.dispensed / mix.fixed).toBeGreaterThan(0.15);
    expect(mix.dispensed / mix.fixed).toBeLessThan(0.5);
    expect(mix).toMatchObject({ paused: expect.any(Number), stopped: expect.any(Number) });
    expect(mix.paused).toBeGreaterThan(0);
    expect(mix.stopped).toBeGreaterThan(0);
    expect(mix.tapered).toBeGreaterThanOrEqual(2);
    expect(mix.awaiting).toBeGreaterThanOrEqual(1);
  });

  it('keeps every version of every line, the last one the line as it is, nothing in the future', async () => {
    const gaps = await env.db.query(
      `SELECT l.id FROM medicine_lines l WHERE (SELECT count(*) FROM medicine_line_versions v WHERE v.line_id = l.id) <> l.version
          OR NOT EXISTS (SELECT 1 FROM medicine_line_versions v WHERE v.line_id = l.id AND v.version = l.version AND v.line->>'status' = l.status)`,
    );
    expect(gaps).toEqual([]);
    const firstNotActive = await env.db.query(`SELECT 1 FROM medicine_line_versions WHERE version = 1 AND (change <> 'created' OR line->>'status' <> 'active')`);
    expect(firstNotActive).toEqual([]);
    const [future] = await env.db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM medicine_observations WHERE observed_at > now() OR doctor_contacted_at > now())::int
            + (SELECT count(*) FROM medicine_line_versions WHERE changed_at > now())::int AS n`,
    );
    expect(future.n).toBe(0);
    const unqualifiedAuthors = await env.db.query(
      `SELECT DISTINCT v.changed_by FROM medicine_line_versions v
        WHERE NOT EXISTS (SELECT 1 FROM user_qualifications q WHERE q.user_id = v.changed_by AND q.revoked_at IS NULL)`,
    );
    expect(unqualifiedAuthors).toEqual([]);
  });

  it('lets medarbejder change their unit’s cards and see a serious side effect awaiting the doctor; medarbejder2 only reads', async () => {
    const mette = await login(env.app, 'medarbejder', DEMO_PASSWORD);
    const card = (await mette.get(`/api/citizens/${await firstOf('Afdeling Bøgen', true)}/medicine-card`)).json().data as MedicineCard['data'];
    expect(card.abilities.change).toBe(true);
    expect(card.observations.some((o) => o.awaitingDoctor)).toBe(true);
    expect(card.lines.some((l) => l.status === 'paused')).toBe(true);
    expect(card.lines.some((l) => l.tapering.length > 0)).toBe(true);
    expect(card.stopped.length).toBeGreaterThan(0);
    const jonas = await login(env.app, 'medarbejder2', DEMO_PASSWORD);
    const other = await jonas.get(`/api/citizens/${await firstOf('Strandly A')}/medicine-card`);
    expect(other.json().data.abilities).toEqual({ change: false, observe: true });
  });
});
