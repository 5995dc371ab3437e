import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { todayInCopenhagen } from '../../../domain/dates.js';

const env = useTestApp({ worlds: 2 });
let admin: Client;
const year = Number(todayInCopenhagen().slice(0, 4));

beforeAll(async () => {
  admin = await login(env.app, env.w.users.admin.username);
});

const targetRows = async () => (await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM occupancy_targets'))[0].n;
type Summary = { id: string; targetPct: number; occupancyPct: number; belowTarget: boolean };
const facilities = async (client: Client) => (await client.get('/api/facilities')).json().data as Summary[];
const targetOf = async (client: Client, id: string) => (await facilities(client)).find((f) => f.id === id)!;

describe('occupancy targets per unit and year', () => {
  it('holds every figure against 94 % when no target is set', async () => {
    const { units } = env.w;
    expect((await facilities(admin)).map((f) => f.targetPct)).toEqual([94, 94]);
    const detail = (await admin.get(`/api/facilities/${units.facility1}`)).json().data;
    expect(detail.occupancy.now.targetPct).toBe(94);
    expect(detail.occupancy.period.targetPct).toBe(94);
    expect(detail.units.map((u: { occupancy: { now: { targetPct: number } } }) => u.occupancy.now.targetPct)).toEqual([94, 94]);
    const t = (await admin.get(`/api/org-units/${units.facility1}/occupancy-targets`)).json().data;
    expect(t).toEqual({ own: [], settable: true, effective: [{ year, targetPct: 94, source: null }, { year: year + 1, targetPct: 94, source: null }] });
  });

  it('takes a center’s target for its facilities, a facility’s own over it, only for that year, and null inherits again', async () => {
    const { units } = env.w;
    const leader = await login(env.app, env.w.users.centerManager.username);
    const center = await admin.post(`/api/org-units/${units.center}/occupancy-targets`, { year, targetPct: 90 });
    expect(center.statusCode).toBe(200);
    expect(center.json().data).toMatchObject({ own: [{ year, targetPct: 90, setBy: 'Test admin' }], effective: [{ year, targetPct: 90, source: { id: units.center } }, { year: year + 1, targetPct: 94, source: null }] });
    // Facility 2 (100 % occupied) and facility 1 (66.7 %), each against 90 % now, for the leader too.
    expect((await facilities(leader)).map((f) => f.targetPct)).toEqual([90, 90]);

    expect((await admin.post(`/api/org-units/${units.facility1}/occupancy-targets`, { year, targetPct: 60.5 })).statusCode).toBe(200);
    expect(await targetOf(leader, units.facility1)).toMatchObject({ targetPct: 60.5, occupancyPct: 66.7, belowTarget: false });
    expect(await targetOf(leader, units.facility2)).toMatchObject({ targetPct: 90 });
    const detail = (await leader.get(`/api/facilities/${units.facility1}`)).json().data;
    expect(detail.occupancy.now).toMatchObject({ targetPct: 60.5, belowTarget: false });
    expect((await admin.get(`/api/org-units/${units.facility1}/occupancy-targets`)).json().data.effective[0]).toEqual({
      year, targetPct: 60.5, source: { id: units.facility1, name: 'Bostedet Lærkehøj' },
    });

    // The period's figure takes its own year's target: last year had none.
    const lastYear = (await leader.get(`/api/facilities/${units.facility1}?from=${year - 1}-01-01&to=${year - 1}-12-31`)).json().data;
    expect(lastYear.occupancy.period.targetPct).toBe(94);
    expect(lastYear.occupancy.now.targetPct).toBe(60.5);

    // A unit (afdeling) inherits its facility's target.
    const unitTargets = (await admin.get(`/api/org-units/${units.unitA}/occupancy-targets`)).json().data;
    expect(unitTargets).toMatchObject({ settable: false, effective: [{ year, targetPct: 60.5, source: { id: units.facility1 } }, { year: year + 1, targetPct: 94 }] });

    // Removing the facility's own target: the center's applies again; changing the center's changes it.
    expect((await admin.post(`/api/org-units/${units.facility1}/occupancy-targets`, { year, targetPct: null })).json().data.own).toEqual([]);
    expect(await targetOf(leader, units.facility1)).toMatchObject({ targetPct: 90, belowTarget: true });
    await admin.post(`/api/org-units/${units.center}/occupancy-targets`, { year, targetPct: 95 });
    expect((await facilities(leader)).map((f) => f.targetPct)).toEqual([95, 95]);
    // The municipality's target is under the center's.
    await admin.post(`/api/org-units/${units.municipality}/occupancy-targets`, { year, targetPct: 80 });
    expect((await facilities(leader)).map((f) => f.targetPct)).toEqual([95, 95]);
    await admin.post(`/api/org-units/${units.center}/occupancy-targets`, { year, targetPct: null });
    expect((await facilities(leader)).map((f) => f.targetPct)).toEqual([80, 80]);

    const audit = await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'occupancy_target' AND municipality_id = $1`, [env.w.municipalityId]);
    expect(audit[0].n).toBe(6);
    // The other municipality still sees its default.
    const neighbour = await login(env.app, env.other.users.admin.username);
    expect((await facilities(neighbour)).map((f) => f.targetPct)).toEqual([94, 94]);
  });

  it('refuses a target outside 50–100 %, on a unit (afdeling), a bad year, from non-admins, and writes nothing', async () => {
    const { units, users } = env.w;
    const before = await targetRows();
    const bad: Array<[string, unknown, string]> = [
      [units.facility2, { year, targetPct: 49.9 }, 'targetPct'],
      [units.facility2, { year, targetPct: 100.1 }, 'targetPct'],
      [units.facility2, { year, targetPct: 90.25 }, 'targetPct'],
      [units.facility2, { year, targetPct: '90' }, 'targetPct'],
      [units.facility2, { year }, 'targetPct'],
      [units.facility2, { targetPct: 90 }, 'year'],
      [units.facility2, { year: 1999, targetPct: 90 }, 'year'],
      [units.facility2, { year: '2026', targetPct: 90 }, 'year'],
      [units.facility2, { year: 2026.5, targetPct: 90 }, 'year'],
      [units.facility2, { year, targetPct: 90, unit: 'x' }, 'unit'],
      [units.unitC, { year, targetPct: 90 }, 'id'],
    ];
    for (const [id, body, field] of bad) {
      const res = await admin.post(`/api/org-units/${id}/occupancy-targets`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect((await admin.post(`/api/org-units/${units.facility2}/occupancy-targets`, { year, targetPct: 101 })).json().error.fields.targetPct).toBe('Målet kan højst være 100 %.');
    for (const who of ['staff', 'facilityLeader', 'centerManager', 'consultant'] as const) {
      const client = await login(env.app, users[who].username);
      expect((await client.post(`/api/org-units/${units.facility2}/occupancy-targets`, { year, targetPct: 90 })).statusCode, who).toBe(403);
      expect((await client.get(`/api/org-units/${units.facility2}/occupancy-targets`)).statusCode, who).toBe(403);
    }
    expect((await admin.post(`/api/org-units/${env.other.units.facility2}/occupancy-targets`, { year, targetPct: 90 })).statusCode).toBe(404);
    expect(await targetRows()).toBe(before);
  });
});
