import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/index.js';
import { createDemoDb } from '../../../../test/db.js';
import { login, testApp, type Client } from '../../../../test/http.js';
import { DEMO_PASSWORD } from '../../db/demo/seed.js';
import type { MedicineRound } from '../../../contracts/medicine-rounds.js';

let db: Db;
let app: FastifyInstance;
let medarbejder: Client;

beforeAll(async () => {
  db = await createDemoDb();
  app = await testApp(db);
  medarbejder = await login(app, 'medarbejder', DEMO_PASSWORD);
}, 180_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('the demo’s medicine rounds', () => {
  it('has a month of rounds: mostly given, some refused, a few missed; PN with and without effect', async () => {
    const [n] = await db.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE scheduled_for IS NOT NULL AND outcome = 'given')::int AS given,
              count(*) FILTER (WHERE outcome = 'refused')::int AS refused,
              count(*) FILTER (WHERE scheduled_for IS NULL AND effect IS NOT NULL)::int AS pn_effect,
              count(*) FILTER (WHERE scheduled_for IS NULL AND effect IS NULL)::int AS pn_open,
              (SELECT count(*)::int FROM medicine_lines WHERE kind = 'fixed') AS fixed_lines
         FROM medicine_administrations`,
    );
    expect(n.fixed_lines).toBeGreaterThan(100);
    expect(n.given).toBeGreaterThan(n.fixed_lines * 25);
    expect(n.refused).toBeGreaterThan(n.given / 50);
    expect(n.refused).toBeLessThan(n.given / 10);
    expect(n.pn_effect).toBeGreaterThan(50);
    expect(n.pn_open).toBeGreaterThan(3);
  });

  it('gives medarbejder the round of Afdeling Bøgen, with registered doses of the morning and a few missed ones', async () => {
    const units = (await medarbejder.get('/api/medicine-rounds')).json().data.units as Array<{ id: string; name: string }>;
    expect(units.map((u) => u.name)).toEqual(['Afdeling Bøgen']);
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
    const round = (await medarbejder.get(`/api/medicine-rounds/${units[0].id}?date=${yesterday}&slot=morning`)).json().data as MedicineRound['data'];
    const doses = round.citizens.flatMap((c) => c.doses);
    expect(doses.length).toBeGreaterThan(5);
    expect(doses.filter((d) => d.state === 'registered').length).toBeGreaterThan(doses.length * 0.8);
    expect(round.citizens.some((c) => c.pnLines.length > 0)).toBe(true);
  });

  it('gives Afdeling Bøgen a night round: doses at midnight, registered on past nights', async () => {
    const units = (await medarbejder.get('/api/medicine-rounds')).json().data.units as Array<{ id: string }>;
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
    const round = (await medarbejder.get(`/api/medicine-rounds/${units[0].id}?date=${yesterday}&slot=night`)).json().data as MedicineRound['data'];
    const doses = round.citizens.flatMap((c) => c.doses);
    expect(new Set(round.citizens.filter((c) => c.doses.length).map((c) => c.citizen.id)).size).toBeGreaterThanOrEqual(2);
    expect(doses.every((d) => d.time === '00:00')).toBe(true);
    expect(doses.filter((d) => d.state === 'registered').length).toBeGreaterThan(0);
  });

  it('leaves the slot running now to be done, whichever it is: at least two doses to give in Afdeling Bøgen', async () => {
    const units = (await medarbejder.get('/api/medicine-rounds')).json().data.units as Array<{ id: string }>;
    const round = (await medarbejder.get(`/api/medicine-rounds/${units[0].id}`)).json().data as MedicineRound['data'];
    const open = round.citizens.flatMap((c) => c.doses).filter((d) => d.registration === null);
    expect(open.length).toBeGreaterThanOrEqual(2);
  });
});
