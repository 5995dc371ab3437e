import { describe, expect, it } from 'vitest';
import { login, useDemoApp } from '../../../../test/http.js';
import { DEMO_PASSWORD } from '../../db/demo/seed.js';
import { insertReferral } from './fixtures.js';
import { PURCHASES } from './demo.js';

const env = useDemoApp();

describe('the demo’s matching committee', () => {
  it('has the demo municipality’s own deadlines, shown to the case worker with their source', async () => {
    const caseWorker = await login(env.app, 'sagsbehandler', DEMO_PASSWORD);
    const types = (await caseWorker.get('/api/referral-deadlines')).json().data.types as Array<{ code: string; days: number; source: string | null }>;
    expect(types.map((t) => [t.code, t.days, t.source !== null])).toEqual([['new', 42, true], ['revisitation', 42, false], ['acute', 5, true]]);
  });

  it('buys interim places for up to five waiting referrals, at about 122 % above the own rate', async () => {
    // Referrals are the referrals feature's demo: on a copy without them, add six waiting ones and run the stage's SQL again.
    const [m] = await env.db.query<{ id: string; worker: string }>(
      `SELECT m.id, u.id AS worker FROM municipalities m JOIN users u ON u.municipality_id = m.id AND u.username = 'sagsbehandler' WHERE m.code = '101'`,
    );
    const citizens = await env.db.query<{ id: string }>(`SELECT id FROM citizens WHERE municipality_id = $1 ORDER BY id LIMIT 6`, [m.id]);
    for (const c of citizens) await insertReferral(env.db, { municipalityId: m.id, citizenId: c.id, caseWorkerId: m.worker, state: 'waiting', receivedOn: '2026-06-01' });
    await env.db.query(PURCHASES);
    const bought = await env.db.query<{ daily: number; own: number; start: string; provider: string }>(
      `SELECT daily_rate_dkk::float AS daily, own_daily_rate_dkk::float AS own, start_date::text AS start, provider_name AS provider FROM purchased_places WHERE municipality_id = $1`, [m.id]);
    expect(bought).toHaveLength(5);
    expect(new Set(bought.map((b) => b.provider)).size).toBe(5);
    for (const b of bought) {
      expect(b.own).toBeGreaterThanOrEqual(1500);
      // The own rate is the facility profiles' (1,800–4,500 kr.; a unit for the heaviest needs somewhat more).
      expect(b.own).toBeLessThanOrEqual(5500);
      expect(b.daily / b.own).toBeGreaterThan(2.05);
      expect(b.daily / b.own).toBeLessThan(2.4);
      expect(b.start >= '2026-06-01').toBe(true);
    }
    // Run twice, it buys nothing more.
    await env.db.query(PURCHASES);
    expect((await env.db.query('SELECT 1 FROM purchased_places WHERE municipality_id = $1', [m.id])).length).toBe(5);
  });
});
