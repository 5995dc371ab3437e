import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, format } from 'date-fns';
import type { WorldUser } from '../../../../test/world.js';
import { login, useTestApp } from '../../../../test/http.js';
import { addMonthsIso, daysBetween, todayInCopenhagen } from '../../../domain/dates.js';
import { insertGoalRow } from '../plans/plans.fixtures.js';

const env = useTestApp({ worlds: 2 });

beforeAll(async () => {
  // Dennis lived on place A2 twice, long ago: moved out on 5 January 2024 and lived there
  // again from 21 January to 10 February 2024 (the move-out day is free).
  for (const [start, end] of [['2023-12-01', '2024-01-05'], ['2024-01-21', '2024-02-10']]) {
    await env.db.query(
      `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, place_id, unit_id, start_date, end_date)
       VALUES ($1, $2, 'temporary_residence', '§107', $3, $4, $5, $6)`,
      [env.w.municipalityId, env.w.citizens.unplaced, env.w.places.placeA2, env.w.units.unitA, start, end],
    );
  }
});

const as = (user: WorldUser) => login(env.app, env.w.users[user].username);
const occupantAudits = async (userId: string) =>
  env.db.query<{ action: string; entity_id: string; citizen_ids: string[] }>(
    `SELECT action, entity_id, citizen_ids FROM audit_log WHERE user_id = $1 AND entity = 'facility_occupants' ORDER BY id`,
    [userId],
  );

describe('GET /api/facilities (occupancy now)', () => {
  it('requires a session', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/facilities' })).statusCode).toBe(401);
  });

  it('gives an admin every facility with today’s occupancy against the 94 % target', async () => {
    const res = await (await as('admin')).get('/api/facilities');
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([
      {
        id: env.w.units.facility1,
        name: 'Bostedet Lærkehøj',
        centerName: 'Center for Boformer',
        places: 3,
        occupied: 2,
        vacant: 1,
        occupancyPct: 66.7,
        targetPct: 94,
        belowTarget: true,
        overdueFollowUps: 0,
        runningCovers: 0,
      },
      {
        id: env.w.units.facility2,
        name: 'Botilbuddet Strandly',
        centerName: 'Center for Boformer',
        places: 1,
        occupied: 1,
        vacant: 0,
        occupancyPct: 100,
        targetPct: 94,
        belowTarget: false,
        overdueFollowUps: 0,
        runningCovers: 0,
      },
    ]);
    // The whole world: 4 places, 3 occupied.
    const all = res.json().data as Array<{ places: number; occupied: number }>;
    expect([all.reduce((s, f) => s + f.places, 0), all.reduce((s, f) => s + f.occupied, 0)]).toEqual([4, 3]);
  });

  it('lists only the facilities in the actor’s part of the tree', async () => {
    const ids = async (user: WorldUser) => ((await (await as(user)).get('/api/facilities')).json().data as Array<{ id: string }>).map((f) => f.id);
    const both = [env.w.units.facility1, env.w.units.facility2];
    expect(await ids('centerManager')).toEqual(both);
    expect(await ids('consultant')).toEqual(both);
    expect(await ids('facilityLeader')).toEqual([env.w.units.facility1]);
    // A unit leader sees the figures of the facility their unit belongs to.
    expect(await ids('unitLeader')).toEqual([env.w.units.facility1]);
    expect(await ids('staff')).toEqual([]);
    expect(await ids('caseWorker')).toEqual([]);
  });

  it('gives a center manager each facility’s overdue follow-ups and running covers, as counts that name nobody', async () => {
    const past = addMonthsIso(todayInCopenhagen(), -1);
    const ahead = addMonthsIso(todayInCopenhagen(), 1);
    // Facility 1: two overdue goals (Anna on A, Bent on B); not counted: paused, upcoming, another municipality's.
    await insertGoalRow(env.db, env.w, env.w.citizens.onA, { title: 'Overskredet mål A', nextFollowUpDate: past });
    await insertGoalRow(env.db, env.w, env.w.citizens.onB, { title: 'Overskredet mål B', nextFollowUpDate: past });
    await insertGoalRow(env.db, env.w, env.w.citizens.onA, { title: 'Sat på pause', nextFollowUpDate: past, status: 'paused' });
    await insertGoalRow(env.db, env.w, env.w.citizens.onC, { title: 'Snart', nextFollowUpDate: ahead });
    await insertGoalRow(env.db, env.other, env.other.citizens.onA, { title: 'Nabo', nextFollowUpDate: past });
    // A cover running on unit B, one ended early and one run out: only the first counts.
    const cover = (endsAt: string, ended: boolean) =>
      env.db.query(
        `INSERT INTO unit_covers (municipality_id, user_id, unit_id, reason, starts_at, ends_at, ended_at, ended_by)
         VALUES ($1, $2, $3, 'Nattevagt', ${endsAt} - interval '4 hours', ${endsAt}, CASE WHEN $4 THEN now() END, CASE WHEN $4 THEN $2::uuid END)`,
        [env.w.municipalityId, env.w.users.staff.id, env.w.units.unitB, ended],
      );
    await cover(`now() + interval '2 hours'`, false);
    await cover(`now() + interval '2 hours'`, true);
    await cover(`now() - interval '1 hour'`, false);

    const res = await (await as('centerManager')).get('/api/facilities');
    const figures = (res.json().data as Array<{ name: string; overdueFollowUps: number; runningCovers: number }>).map(
      ({ name, overdueFollowUps, runningCovers }) => ({ name, overdueFollowUps, runningCovers }),
    );
    expect(figures).toEqual([
      { name: 'Bostedet Lærkehøj', overdueFollowUps: 2, runningCovers: 1 },
      { name: 'Botilbuddet Strandly', overdueFollowUps: 0, runningCovers: 0 },
    ]);
    for (const secret of ['Anna', 'Bent', 'Overskredet', 'Test staff', 'Nattevagt']) expect(res.body).not.toContain(secret);
    await env.db.query(`DELETE FROM goals WHERE municipality_id IN ($1, $2)`, [env.w.municipalityId, env.other.municipalityId]);
    await env.db.query(`DELETE FROM unit_covers WHERE municipality_id = $1`, [env.w.municipalityId]);
  });

  it('counts neither inactive places nor inactive facilities', async () => {
    const [{ id }] = await env.db.query<{ id: string }>(
      `INSERT INTO places (municipality_id, unit_id, name, legal_basis, active, active_until)
       VALUES ($1, $2, 'Lukket', '§108', false, current_date) RETURNING id`,
      [env.w.municipalityId, env.w.units.unitB],
    );
    const f1 = ((await (await as('admin')).get('/api/facilities')).json().data as Array<{ id: string; places: number }>)[0];
    expect(f1.places).toBe(3);
    await env.db.query('UPDATE places SET active = true, active_until = NULL WHERE id = $1', [id]);
    const again = ((await (await as('admin')).get('/api/facilities')).json().data as Array<{ places: number; occupancyPct: number }>)[0];
    expect(again).toMatchObject({ places: 4, occupancyPct: 50 });
    // Valid from and closed on the same day: no place-days in any period.
    await env.db.query('UPDATE places SET active = false, active_until = active_from WHERE id = $1', [id]);
  });
});

describe('GET /api/facilities/:id', () => {
  it('shows a facility leader units, places and their occupants, and audits the names shown', async () => {
    const res = await (await as('facilityLeader')).get(`/api/facilities/${env.w.units.facility1}?from=2024-01-01&to=2024-01-31`);
    expect(res.statusCode).toBe(200);
    const f = res.json().data;
    expect(f).toMatchObject({ id: env.w.units.facility1, name: 'Bostedet Lærkehøj', centerName: 'Center for Boformer' });
    expect(f.occupancy.now).toEqual({ places: 3, occupied: 2, vacant: 1, occupancyPct: 66.7, targetPct: 94, belowTarget: true });
    expect(f.units.map((u: { name: string }) => u.name)).toEqual(['Afdeling A', 'Afdeling B']);
    const [unitA, unitB] = f.units;
    expect(unitA.places.map((p: object) => p)).toMatchObject([
      { id: env.w.places.placeA1, name: 'Lejlighed A1', legalBasis: '§108', targetGroups: [], occupied: true, occupant: { citizenId: env.w.citizens.onA, name: 'Anna Andersen' } },
      { id: env.w.places.placeA2, name: 'Lejlighed A2', occupied: false, occupant: null },
    ]);
    expect(unitB.places[0]).toMatchObject({ occupied: true, occupant: { citizenId: env.w.citizens.onB, name: 'Bent Bertelsen' } });
    expect(unitA.occupancy.now).toMatchObject({ places: 2, occupied: 1, occupancyPct: 50 });

    const rows = await occupantAudits(env.w.users.facilityLeader.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'read', entity_id: env.w.units.facility1 });
    expect([...rows[0].citizen_ids].sort()).toEqual([env.w.citizens.onA, env.w.citizens.onB].sort());
  });

  it('computes occupancy over a period from place-days, counting a placement that starts or ends mid-period', async () => {
    // January 2024, 31 days, 3 places: 93 available place-days.
    // A1 (Anna, since 2024-01-01): 31. B1 (Bent, since 2024-01-01): 31.
    // A2 (Dennis): 1–4 January (moved out on the 5th) = 4, and 21–31 January = 11, so 15.
    // Occupied 31 + 31 + 15 = 77 of 93 = 82.795… % → 82.8 %.
    const f = (await (await as('centerManager')).get(`/api/facilities/${env.w.units.facility1}?from=2024-01-01&to=2024-01-31`)).json().data;
    expect(f.occupancy.period).toEqual({
      from: '2024-01-01',
      to: '2024-01-31',
      days: 31,
      availablePlaceDays: 93,
      occupiedPlaceDays: 77,
      occupancyPct: 82.8,
      targetPct: 94,
      belowTarget: true,
    });
    // Unit A alone: (31 + 15) / 62 = 74.19… %.
    expect(f.units[0].occupancy.period).toMatchObject({ availablePlaceDays: 62, occupiedPlaceDays: 46, occupancyPct: 74.2 });

    // 22 December 2023 – 10 January 2024, 20 days: A1 and B1 from 1 January (10 days each);
    // A2 from 22 December to 4 January (14 days). 34 of 60 = 56.7 %.
    const straddling = (await (await as('admin')).get(`/api/facilities/${env.w.units.facility1}?from=2023-12-22&to=2024-01-10`)).json().data;
    expect(straddling.occupancy.period).toMatchObject({ days: 20, availablePlaceDays: 60, occupiedPlaceDays: 34, occupancyPct: 56.7 });
  });

  it('defaults to the last 365 days up to today', async () => {
    const today = todayInCopenhagen();
    const from = format(addDays(new Date(`${today}T12:00:00Z`), -364), 'yyyy-MM-dd');
    const f = (await (await as('admin')).get(`/api/facilities/${env.w.units.facility1}`)).json().data;
    // A1 and B1 occupied every day since 2024; A2's stays ended in February 2024.
    expect(f.occupancy.period).toEqual({
      from,
      to: today,
      days: 365,
      availablePlaceDays: 1095,
      occupiedPlaceDays: 730,
      occupancyPct: 66.7,
      targetPct: 94,
      belowTarget: true,
    });
  });

  it('names only the occupants the actor may read: a unit leader their unit’s, managers and admins none', async () => {
    const unit = (await (await as('unitLeader')).get(`/api/facilities/${env.w.units.facility1}`)).json().data;
    expect(unit.units[0].places[0].occupant).toEqual({ citizenId: env.w.citizens.onA, name: 'Anna Andersen' });
    expect(unit.units[1].places[0]).toMatchObject({ occupied: true, occupant: null });
    expect((await occupantAudits(env.w.users.unitLeader.id)).map((r) => r.citizen_ids)).toEqual([[env.w.citizens.onA]]);

    for (const user of ['centerManager', 'admin', 'consultant'] as const) {
      const res = await (await as(user)).get(`/api/facilities/${env.w.units.facility1}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().data.occupancy.now.occupied).toBe(2);
      expect(res.body).not.toContain('Anna');
      expect(res.body).not.toContain('Bent');
      expect(res.body).not.toContain(env.w.citizens.onA);
      expect(await occupantAudits(env.w.users[user].id)).toEqual([]);
    }
  });

  it('answers 401, 403 to staff and case workers, 404 for another municipality’s facility or a unit', async () => {
    expect((await env.app.inject({ method: 'GET', url: `/api/facilities/${env.w.units.facility1}` })).statusCode).toBe(401);
    expect((await (await as('staff')).get(`/api/facilities/${env.w.units.facility1}`)).statusCode).toBe(403);
    expect((await (await as('caseWorker')).get(`/api/facilities/${env.w.units.facility1}`)).statusCode).toBe(403);
    // The facility leader of facility 1 has no figures for facility 2.
    expect((await (await as('facilityLeader')).get(`/api/facilities/${env.w.units.facility2}`)).statusCode).toBe(403);
    const admin = await as('admin');
    expect((await admin.get(`/api/facilities/${env.other.units.facility1}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/facilities/${env.w.units.unitA}`)).statusCode).toBe(404);
    expect((await admin.get('/api/facilities/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('rejects an impossible or reversed period', async () => {
    const admin = await as('admin');
    for (const q of ['from=2026-02-30', 'to=2024-13-01', 'from=2024-02-01&to=2024-01-01', 'from=01-01-2024', 'days=30', 'from=1066-10-14']) {
      const res = await admin.get(`/api/facilities/${env.w.units.facility1}?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.fields).toBeTruthy();
    }
  });
});

describe('occupancy over a period counts a place only while it existed', () => {
  // In the neighbour world, untouched by the tests above: facility 1 has A1 and B1 occupied since
  // 2024 and A2 empty, all valid since 2020.
  const today = todayInCopenhagen();
  const threeMonthsAgo = addMonthsIso(today, -3);
  const monthAgo = addMonthsIso(today, -1);
  const sixMonthsAgo = addMonthsIso(today, -6);
  const o = () => env.other;
  const asOther = (user: WorldUser) => login(env.app, env.other.users[user].username);
  const period = async () => {
    const f = (await (await asOther('admin')).get(`/api/facilities/${o().units.facility1}`)).json().data;
    return { facility: f.occupancy.period, unitB: f.units[1].occupancy.period, now: f.occupancy.now };
  };
  let addedId: string;
  let closedId: string;
  let stayId: string;

  it('starts from three places over the last 365 days', async () => {
    expect((await period()).facility).toMatchObject({ days: 365, availablePlaceDays: 1095, occupiedPlaceDays: 730 });
  });

  it('counts a place added three months ago for those three months only', async () => {
    const res = await (await asOther('admin')).post('/api/places', {
      unitId: o().units.unitB, name: 'Lejlighed B2', legalBasis: '§108', targetGroupCodes: [], activeFrom: threeMonthsAgo,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ active: true, activeFrom: threeMonthsAgo, activeUntil: null });
    addedId = res.json().data.id;
    const added = daysBetween(threeMonthsAgo, today) + 1;
    const p = await period();
    // Counted as if it had existed all year, this was 1460 place-days.
    expect(p.facility).toMatchObject({ availablePlaceDays: 1095 + added, occupiedPlaceDays: 730 });
    expect(p.unitB).toMatchObject({ availablePlaceDays: 365 + added, occupiedPlaceDays: 365 });
    expect(p.now).toMatchObject({ places: 4, occupied: 2 });
  });

  it('counts a place deactivated a month ago until then, with the stay it had', async () => {
    const [{ id }] = await env.db.query<{ id: string }>(
      `INSERT INTO places (municipality_id, unit_id, name, legal_basis, active_from, active, active_until)
       VALUES ($1, $2, 'Lejlighed B3', '§108', '2020-01-01', false, $3) RETURNING id`,
      [o().municipalityId, o().units.unitB, monthAgo],
    );
    closedId = id;
    // Dennis lived there from six months ago until it closed.
    [{ id: stayId }] = await env.db.query<{ id: string }>(
      `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, place_id, unit_id, start_date, end_date)
       VALUES ($1, $2, 'temporary_residence', '§107', $3, $4, $5, $6) RETURNING id`,
      [o().municipalityId, o().citizens.unplaced, closedId, o().units.unitB, sixMonthsAgo, monthAgo],
    );
    const { from } = (await period()).facility;
    const added = daysBetween(threeMonthsAgo, today) + 1;
    const closed = daysBetween(from, monthAgo);
    const stay = daysBetween(sixMonthsAgo, monthAgo);
    const p = await period();
    // Left out because it is inactive today, the place and its stay counted for nothing.
    expect(p.facility).toMatchObject({ availablePlaceDays: 1095 + added + closed, occupiedPlaceDays: 730 + stay });
    expect(p.now).toMatchObject({ places: 4, occupied: 2 });
    const place = (await (await asOther('admin')).get(`/api/facilities/${o().units.facility1}`)).json().data.units[1].places
      .find((x: { id: string }) => x.id === closedId);
    expect(place).toMatchObject({ active: false, activeFrom: '2020-01-01', activeUntil: monthAgo });
  });

  it('keeps every placement inside its place’s validity, so no occupied day lies outside it', async () => {
    const leader = await asOther('facilityLeader');
    // Moving in before the place existed is refused, with the day it starts.
    const early = await leader.post(`/api/citizens/${o().citizens.unplaced}/interventions`, {
      kindCode: 'long_term_residence', placeId: addedId, startDate: addMonthsIso(today, -4),
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields.startDate).toMatch(/^Pladsen er i brug fra \d+\. \p{L}+ \d{4}\./u);
    // The database refuses what the API would not write: a stay after the place closed, a
    // stay stretched past it, a validity that leaves a stay outside.
    const refused = async (sql: string, params: unknown[]) =>
      expect(env.db.query(sql, params)).rejects.toMatchObject({ code: '23514' });
    await refused(
      `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, place_id, unit_id, start_date)
       VALUES ($1, $2, 'temporary_residence', '§107', $3, $4, $5)`,
      [o().municipalityId, o().citizens.unplaced, closedId, o().units.unitB, today],
    );
    await refused('UPDATE interventions SET end_date = NULL WHERE id = $1', [stayId]);
    await refused(`UPDATE places SET active_from = $2 WHERE id = $1`, [closedId, threeMonthsAgo]);

    // Dennis moved on to B2 when B3 closed; stretching his stay on B3 past its deactivation is
    // then a clear 400, not a server error.
    const onTime = await leader.post(`/api/citizens/${o().citizens.unplaced}/interventions`, {
      kindCode: 'long_term_residence', placeId: addedId, startDate: monthAgo,
    });
    expect(onTime.statusCode).toBe(201);
    const stretched = await leader.post(`/api/interventions/${stayId}/end`, { version: 1, endDate: today, endReasonCode: 'moved', destinationCode: 'facility_same_municipality' });
    expect(stretched.statusCode).toBe(400);
    expect(stretched.json().error.message).toMatch(/uden for den periode, pladsen er i brug/);
  });
});
