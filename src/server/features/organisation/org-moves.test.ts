import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { todayInCopenhagen } from '../../../domain/dates.js';

const env = useTestApp({ worlds: 2 });
let admin: Client;

beforeAll(async () => {
  admin = await login(env.app, env.w.users.admin.username);
});

const unitRow = async (id: string) =>
  (await env.db.query<{ parent_id: string; path: string; version: number }>('SELECT parent_id, path, version FROM org_units WHERE id = $1', [id]))[0];
const moveCount = async () => (await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM org_unit_moves'))[0].n;
const pathOf = (...ids: string[]) => `/${ids.join('/')}/`;

/** A user of `w` with one role, logging in with the world's password. */
async function userWith(role: string, at: string, name: string): Promise<Client> {
  const username = `${name}-${env.w.municipalityId.slice(0, 8)}`;
  const [{ id }] = await env.db.query<{ id: string }>(
    `INSERT INTO users (municipality_id, username, display_name, password_hash)
     SELECT municipality_id, $2, $3, password_hash FROM users WHERE id = $1 RETURNING id`,
    [env.w.users.staff.id, username, name],
  );
  await env.db.query('INSERT INTO user_roles (municipality_id, user_id, role, org_unit_id) VALUES ($1, $2, $3, $4)', [env.w.municipalityId, id, role, at]);
  return login(env.app, username);
}

describe('POST /api/org-units/:id/move', () => {
  it('moves a unit with its citizens to another facility: paths rewritten, access follows at once, figures follow the unit, history kept', async () => {
    const { units, citizens, users } = env.w;
    const staff = await login(env.app, users.staff.username);
    const unitLeader = await login(env.app, users.unitLeader.username);
    const oldLeader = await login(env.app, users.facilityLeader.username);
    const newLeader = await userWith('facility_leader', units.facility2, 'leder2');
    const before = (await admin.get(`/api/facilities/${units.facility1}`)).json().data;
    const unitABefore = before.units.find((u: { id: string }) => u.id === units.unitA);
    expect(unitABefore.places).toHaveLength(2);

    // Before: facility 1's leader reads the citizen on unit A; facility 2's does not.
    expect((await oldLeader.get(`/api/citizens/${citizens.onA}`)).statusCode).toBe(200);
    expect((await newLeader.get(`/api/citizens/${citizens.onA}`)).statusCode).toBe(404);

    const res = await admin.post(`/api/org-units/${units.unitA}/move`, { version: 1, parentId: units.facility2 });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      id: units.unitA,
      parentId: units.facility2,
      path: pathOf(units.municipality, units.center, units.facility2, units.unitA),
      version: 2,
    });
    expect(await unitRow(units.unitA)).toMatchObject({ parent_id: units.facility2, path: pathOf(units.municipality, units.center, units.facility2, units.unitA) });

    // After, with the sessions opened before the move: the unit's own staff and leader keep the
    // citizen, the new facility's leader gains them, the old facility's loses them.
    expect((await staff.get(`/api/citizens/${citizens.onA}`)).statusCode).toBe(200);
    expect((await unitLeader.get(`/api/citizens/${citizens.onA}`)).statusCode).toBe(200);
    expect((await newLeader.get(`/api/citizens/${citizens.onA}`)).statusCode).toBe(200);
    expect((await oldLeader.get(`/api/citizens/${citizens.onA}`)).statusCode).toBe(404);
    expect((await oldLeader.get(`/api/citizens/${citizens.onB}`)).statusCode).toBe(200);
    const listed = (await newLeader.get('/api/citizens')).json().data.map((c: { id: string }) => c.id);
    expect(listed).toEqual(expect.arrayContaining([citizens.onA, citizens.onC]));

    // Figures are per unit id: unit A and its history now count at facility 2, no longer at facility 1.
    const f1 = (await admin.get(`/api/facilities/${units.facility1}`)).json().data;
    const f2 = (await admin.get(`/api/facilities/${units.facility2}`)).json().data;
    expect(f1.units.map((u: { id: string }) => u.id)).toEqual([units.unitB]);
    const unitAAfter = f2.units.find((u: { id: string }) => u.id === units.unitA);
    expect(unitAAfter.occupancy).toEqual(unitABefore.occupancy);
    expect(unitAAfter.places.map((p: { id: string }) => p.id).sort()).toEqual(unitABefore.places.map((p: { id: string }) => p.id).sort());
    expect(f1.occupancy.now.places).toBe(before.occupancy.now.places - 2);

    // History on the unit, and one audit row for the move.
    const moves = (await admin.get(`/api/org-units/${units.unitA}/moves`)).json().data;
    expect(moves).toEqual([
      expect.objectContaining({
        fromParent: { id: units.facility1, name: 'Bostedet Lærkehøj' },
        toParent: { id: units.facility2, name: 'Botilbuddet Strandly' },
        effectiveDate: todayInCopenhagen(),
        movedBy: 'Test admin',
      }),
    ]);
    const audit = await env.db.query<{ action: string; entity: string; detail: { toParentId: string } }>(
      `SELECT action, entity, detail FROM audit_log WHERE entity = 'org_unit_move' AND entity_id = $1`,
      [units.unitA],
    );
    expect(audit).toEqual([expect.objectContaining({ action: 'update', entity: 'org_unit_move', detail: expect.objectContaining({ toParentId: units.facility2 }) })]);

    // And back again, dated as of the first move.
    const back = await admin.post(`/api/org-units/${units.unitA}/move`, { version: 2, parentId: units.facility1, effectiveDate: todayInCopenhagen() });
    expect(back.statusCode).toBe(200);
    expect((await oldLeader.get(`/api/citizens/${citizens.onA}`)).statusCode).toBe(200);
    expect((await newLeader.get(`/api/citizens/${citizens.onA}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/org-units/${units.unitA}/moves`)).json().data).toHaveLength(2);
  });

  it('rewrites the paths of the whole subtree when a facility moves under a new area', async () => {
    const { units } = env.w;
    const area = (await admin.post('/api/org-units', { parentId: units.center, kind: 'area', name: 'Område Syd' })).json().data;
    const { version } = await unitRow(units.facility2);
    const res = await admin.post(`/api/org-units/${units.facility2}/move`, { version, parentId: area.id, effectiveDate: '2025-01-01' });
    expect(res.statusCode).toBe(200);
    expect((await unitRow(units.facility2)).path).toBe(`${area.path}${units.facility2}/`);
    expect((await unitRow(units.unitC)).path).toBe(`${area.path}${units.facility2}/${units.unitC}/`);
    // The unit below is the same record: only its path changed.
    expect((await unitRow(units.unitC)).version).toBe(1);
    // No path anywhere still points through the old place.
    const stale = await env.db.query(`SELECT id FROM org_units WHERE municipality_id = $1 AND path LIKE $2`, [
      env.w.municipalityId,
      `${pathOf(units.municipality, units.center, units.facility2)}%`,
    ]);
    expect(stale).toEqual([]);
    // A later move cannot take effect before this one.
    const early = await admin.post(`/api/org-units/${units.facility2}/move`, { version: version + 1, parentId: units.center, effectiveDate: '2024-12-31' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields.effectiveDate).toBe('Enheden blev sidst flyttet med virkning fra 1. januar 2025. Vælg den dato eller senere.');
    expect((await admin.post(`/api/org-units/${units.facility2}/move`, { version: version + 1, parentId: units.center })).statusCode).toBe(200);
    expect((await unitRow(units.unitC)).path).toBe(pathOf(units.municipality, units.center, units.facility2, units.unitC));
  });

  it('refuses a cycle, a kind that does not fit, the top and a stale version, with Danish messages, and changes nothing', async () => {
    const { units } = env.w;
    const beforeMoves = await moveCount();
    const f1 = await unitRow(units.facility1);
    const refusals: Array<[string, unknown, RegExp]> = [
      [units.facility1, { version: f1.version, parentId: units.facility1 }, /ikke flyttes ind under sig selv eller en af sine egne underenheder/],
      [units.center, { version: 1, parentId: units.unitA }, /ikke flyttes ind under sig selv eller en af sine egne underenheder/],
      [units.facility1, { version: f1.version, parentId: units.unitB }, /ikke flyttes ind under sig selv/],
      [units.unitA, { version: (await unitRow(units.unitA)).version, parentId: units.center }, /afdeling kan ikke ligge under typen center \(tilladt: tilbud eller område\)/],
      [units.facility1, { version: f1.version, parentId: units.facility2 }, /tilbud kan ikke ligge under typen tilbud/],
      [units.unitB, { version: 1, parentId: units.facility1 }, /ligger allerede under Bostedet Lærkehøj/],
      [units.unitB, { version: 1, parentId: env.other.units.facility2 }, /findes ikke/],
      [units.municipality, { version: 1, parentId: units.center }, /ligger øverst/],
    ];
    for (const [id, body, message] of refusals) {
      const res = await admin.post(`/api/org-units/${id}/move`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields.parentId).toMatch(message);
    }
    const future = await admin.post(`/api/org-units/${units.unitB}/move`, { version: 1, parentId: units.facility2, effectiveDate: '2199-01-01' });
    expect(future.json().error.fields).toEqual({ effectiveDate: 'Flytningen kan ikke gælde fra en dato efter i dag.' });

    const stale = await admin.post(`/api/org-units/${units.unitB}/move`, { version: 7, parentId: units.facility2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ id: units.unitB, version: 1, parentId: units.facility1 });

    const bad: unknown[] = [{ parentId: units.facility2 }, { version: 1 }, { version: 1, parentId: 'x' }, { version: 1, parentId: units.facility2, path: '/x/' }, { version: 1, parentId: units.facility2, effectiveDate: '2025-02-30' }];
    for (const body of bad) expect((await admin.post(`/api/org-units/${units.unitB}/move`, body)).statusCode, JSON.stringify(body)).toBe(400);

    expect(await moveCount()).toBe(beforeMoves);
    expect(await unitRow(units.unitB)).toMatchObject({ parent_id: units.facility1, version: 1 });
    expect(await unitRow(units.facility1)).toMatchObject({ version: f1.version, path: pathOf(units.municipality, units.center, units.facility1) });
  });

  it('is for admins only; another municipality’s unit is 404', async () => {
    const { units, users } = env.w;
    for (const who of ['staff', 'facilityLeader', 'centerManager'] as const) {
      const client = await login(env.app, users[who].username);
      expect((await client.post(`/api/org-units/${units.unitB}/move`, { version: 1, parentId: units.facility2 })).statusCode, who).toBe(403);
      expect((await client.get(`/api/org-units/${units.unitB}/moves`)).statusCode, who).toBe(403);
    }
    expect((await admin.post(`/api/org-units/${env.other.units.unitB}/move`, { version: 1, parentId: env.other.units.facility2 })).statusCode).toBe(404);
    expect((await admin.get(`/api/org-units/${env.other.units.unitB}/moves`)).statusCode).toBe(404);
    expect(await unitRow(env.other.units.unitB)).toMatchObject({ parent_id: env.other.units.facility1, version: 1 });
  });
});
