import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import type { MedicineLine } from '../../../contracts/medication.js';

const env = useTestApp({ worlds: 2 });
let staff: Client;
let unitLeader: Client;
let facilityLeader: Client;
const card = (citizen: string) => `/api/citizens/${citizen}/medicine-card`;
const lines = (citizen: string) => `/api/citizens/${citizen}/medicine-lines`;

const fixedLine = {
  kind: 'fixed', tradeName: 'Seroquel', genericName: 'quetiapin', atcCode: 'n05ah04', form: 'tablet', strength: '25 mg', doseUnit: 'stk', singleDose: 1,
  schedule: [{ time: '08:00', dose: 1 }, { time: '22:00', dose: 2 }], indication: 'mod psykotiske symptomer og uro om natten',
  prescriber: 'Psykiatrisk afd. Aarhus', startDate: '2026-01-01',
};
const pnLine = {
  kind: 'pn', genericName: 'paracetamol', form: 'tablet', strength: '500 mg', doseUnit: 'stk', singleDose: 2, pnMaxPer24h: 8,
  indication: 'mod hovedpine', prescriber: 'Læge Anne Friis', startDate: '2026-01-01', doseDispensed: false,
};

/** Versions kept of the citizen's lines (to see that a refusal wrote nothing). */
const versionCount = async () =>
  Number((await env.db.query<{ n: string }>('SELECT count(*) AS n FROM medicine_line_versions WHERE municipality_id = $1', [env.w.municipalityId]))[0].n);

async function grant(by: Client, userId: string, qualification = 'medicine_course') {
  return by.post(`/api/users/${userId}/qualifications`, { qualification });
}

beforeAll(async () => {
  [staff, unitLeader, facilityLeader] = await Promise.all(['staff', 'unitLeader', 'facilityLeader'].map((u) => login(env.app, env.w.users[u as 'staff'].username)));
  expect((await grant(unitLeader, env.w.users.staff.id)).statusCode).toBe(201);
});

describe('the medicine card', () => {
  it('adds fixed and PN lines, each a first version, and shows them on the card', async () => {
    const fixed = await staff.post(lines(env.w.citizens.onA), fixedLine);
    expect(fixed.statusCode).toBe(201);
    expect(fixed.json().data).toMatchObject({ atcCode: 'N05AH04', dailyDose: 3, pnMaxPer24h: null, status: 'active', version: 1, updatedBy: 'Test staff' });
    const pn = await staff.post(lines(env.w.citizens.onA), pnLine);
    expect(pn.json().data).toMatchObject({ kind: 'pn', schedule: [], dailyDose: null, pnMaxPer24h: 8, atcCode: null });
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({ action: 'create', entity: 'medicine_line', entity_id: pn.json().data.id, citizen_ids: [env.w.citizens.onA] });

    const res = await staff.get(card(env.w.citizens.onA));
    expect(res.statusCode).toBe(200);
    expect(res.json().data.lines.map((l: MedicineLine) => l.genericName)).toEqual(['quetiapin', 'paracetamol']);
    expect(res.json().data.abilities).toEqual({ change: true, observe: true });
    const versions = await staff.get(`${lines(env.w.citizens.onA)}/${pn.json().data.id}/versions`);
    expect(versions.json().data).toMatchObject([{ version: 1, change: 'created', changedBy: 'Test staff', line: { genericName: 'paracetamol', pnMaxPer24h: 8 } }]);
  });

  it('changes a line as a new version, refuses a stale version with the line as it is (409) and writes nothing', async () => {
    const { data: line } = (await staff.post(lines(env.w.citizens.onA), fixedLine)).json();
    const url = `${lines(env.w.citizens.onA)}/${line.id}`;
    const changed = await staff.patch(url, { ...fixedLine, version: 1, schedule: [{ time: '08:00', dose: 2 }], reason: 'Lægen ændrede dosis' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().data).toMatchObject({ version: 2, dailyDose: 2 });
    const before = await versionCount();
    const stale = await staff.patch(url, { ...fixedLine, version: 1, singleDose: 3 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ version: 2, singleDose: 1 });
    expect(await versionCount()).toBe(before);
    const history = (await staff.get(`${url}/versions`)).json().data;
    expect(history.map((v: { version: number; change: string; reason: string }) => [v.version, v.change, v.reason])).toEqual([[2, 'changed', 'Lægen ændrede dosis'], [1, 'created', '']]);
    expect(history[1].line.schedule).toEqual(fixedLine.schedule);
  });

  it('pauses, resumes and stops with a reason; a stopped line moves to the history and cannot change', async () => {
    const { data: line } = (await staff.post(lines(env.w.citizens.onA), pnLine)).json();
    const status = (version: number, action: string, reason = '') => staff.post(`${lines(env.w.citizens.onA)}/${line.id}/status`, { version, action, reason });
    expect((await status(1, 'pause')).json().error.fields.reason).toMatch(/årsagen/);
    expect((await status(1, 'pause', 'Indlagt')).json().data).toMatchObject({ status: 'paused', statusReason: 'Indlagt', version: 2 });
    expect((await status(2, 'pause', 'Igen')).statusCode).toBe(400);
    expect((await status(2, 'resume')).json().data).toMatchObject({ status: 'active', statusReason: '', version: 3 });
    const stopped = await status(3, 'stop', 'Lægen seponerede');
    expect(stopped.json().data).toMatchObject({ status: 'stopped', version: 4, stopDate: expect.any(String) });
    const { data } = (await staff.get(card(env.w.citizens.onA))).json();
    expect(data.stopped.map((l: MedicineLine) => l.id)).toContain(line.id);
    expect(data.lines.map((l: MedicineLine) => l.id)).not.toContain(line.id);
    const change = await staff.patch(`${lines(env.w.citizens.onA)}/${line.id}`, { ...pnLine, version: 4 });
    expect(change.statusCode).toBe(400);
    expect((await staff.get(`${lines(env.w.citizens.onA)}/${line.id}/versions`)).json().data.map((v: { change: string }) => v.change))
      .toEqual(['stopped', 'resumed', 'paused', 'created']);
  });

  it('keeps a tapering plan of dated steps on a fixed line, replacing it as a new version', async () => {
    const { data: line } = (await staff.post(lines(env.w.citizens.onA), fixedLine)).json();
    const url = `${lines(env.w.citizens.onA)}/${line.id}/tapering`;
    const plan = await staff.post(url, { version: 1, steps: [{ fromDate: '2026-03-01', dose: 0.5 }, { fromDate: '2026-02-01', dose: 1 }] });
    expect(plan.json().data).toMatchObject({ version: 2, tapering: [{ fromDate: '2026-02-01', dose: 1 }, { fromDate: '2026-03-01', dose: 0.5 }] });
    const replaced = await staff.post(url, { version: 2, steps: [{ fromDate: '2026-04-01', dose: 0 }] });
    expect(replaced.json().data.tapering).toEqual([{ fromDate: '2026-04-01', dose: 0 }]);
    expect((await staff.post(url, { version: 3, steps: [{ fromDate: '2025-12-01', dose: 1 }] })).json().error.fields['steps.0.fromDate']).toMatch(/start/);
    const { data: pn } = (await staff.post(lines(env.w.citizens.onA), pnLine)).json();
    expect((await staff.post(`${lines(env.w.citizens.onA)}/${pn.id}/tapering`, { version: 1, steps: [] })).statusCode).toBe(400);
  });
});

describe('who may read and change the card', () => {
  it('refuses a change by someone treating the citizen without the medicine permission, writing nothing', async () => {
    const before = await versionCount();
    const res = await unitLeader.post(lines(env.w.citizens.onA), pnLine);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/^Du har ikke medicingodkendelse/);
    expect(await versionCount()).toBe(before);
    // …who still reads the card and records observations.
    expect((await unitLeader.get(card(env.w.citizens.onA))).json().data.abilities).toEqual({ change: false, observe: true });
  });

  it('shows the card only to those treating the citizen now: not the leader above the unit, the case worker or another facility', async () => {
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await facilityLeader.get(card(env.w.citizens.onA))).statusCode).toBe(403);
    expect((await caseWorker.get(card(env.w.citizens.onA))).statusCode).toBe(403);
    expect((await staffB.get(card(env.w.citizens.onA))).statusCode).toBe(404);
    expect((await staff.get(card(env.other.citizens.onA))).statusCode).toBe(404);
  });

  it('lets a night cover read and, with the permission, change the covered unit’s cards until the cover ends', async () => {
    const [cover] = await env.db.query<{ id: string }>(
      `INSERT INTO unit_covers (municipality_id, user_id, unit_id, reason, ends_at) VALUES ($1, $2, $3, 'Nattevagt', now() + interval '8 hours') RETURNING id`,
      [env.w.municipalityId, env.w.users.staff.id, env.w.units.unitB],
    );
    try {
      expect((await staff.get(card(env.w.citizens.onB))).statusCode).toBe(200);
      expect((await staff.post(lines(env.w.citizens.onB), pnLine)).statusCode).toBe(201);
      expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({ detail: { underCover: true } });
    } finally {
      await env.db.query(`UPDATE unit_covers SET ended_at = now(), ended_by = user_id WHERE id = $1`, [cover.id]);
    }
    expect((await staff.get(card(env.w.citizens.onB))).statusCode).toBe(404);
  });

  it('grants and revokes the permission by a leader of the user’s unit, never oneself, and the actor follows at once', async () => {
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await grant(staff, env.w.users.staff.id, 'nurse')).statusCode).toBe(403);
    expect((await grant(unitLeader, env.w.users.unitLeader.id)).statusCode).toBe(403);
    expect((await grant(staffB, env.w.users.unitLeader.id)).statusCode).toBe(403);
    expect((await grant(unitLeader, env.w.users.staffB.id)).statusCode).toBe(403);
    expect((await grant(unitLeader, env.other.users.staff.id)).statusCode).toBe(404);
    expect((await grant(unitLeader, env.w.users.staff.id)).statusCode).toBe(409);

    const given = await grant(facilityLeader, env.w.users.unitLeader.id, 'nurse');
    expect(given.statusCode).toBe(201);
    expect(given.json().data.qualifications).toMatchObject([{ qualification: 'nurse', grantedBy: 'Test facilityLeader', validUntil: null }]);
    expect(await lastAudit(env.db, env.w.users.facilityLeader.id)).toMatchObject({ action: 'create', entity: 'user_qualification' });
    expect((await unitLeader.post(lines(env.w.citizens.onA), pnLine)).statusCode).toBe(201);

    const id = given.json().data.qualifications[0].id;
    const revoked = await facilityLeader.post(`/api/users/${env.w.users.unitLeader.id}/qualifications/${id}/revoke`);
    expect(revoked.json().data.qualifications).toEqual([]);
    expect((await facilityLeader.post(`/api/users/${env.w.users.unitLeader.id}/qualifications/${id}/revoke`)).statusCode).toBe(404);
    expect((await unitLeader.post(lines(env.w.citizens.onA), pnLine)).statusCode).toBe(403);
    expect((await grant(facilityLeader, env.w.users.unitLeader.id, 'nurse')).statusCode).toBe(201);
    await env.db.query(`UPDATE user_qualifications SET revoked_at = now(), revoked_by = granted_by WHERE user_id = $1 AND revoked_at IS NULL`, [env.w.users.unitLeader.id]);
  });
});

describe('bad input', () => {
  const refused = async (body: object, field: string, message: RegExp) => {
    const before = await versionCount();
    const res = await staff.post(lines(env.w.citizens.onA), body);
    expect(res.statusCode, JSON.stringify(res.json())).toBe(400);
    expect(res.json().error.fields[field]).toMatch(message);
    expect(await versionCount()).toBe(before);
  };

  it('refuses a line the checklist would not accept, per field in Danish', async () => {
    await refused({ ...fixedLine, stopDate: '2025-12-31' }, 'stopDate', /før startdatoen/);
    await refused({ ...pnLine, pnMaxPer24h: undefined }, 'pnMaxPer24h', /maksimal dosis pr\. døgn/);
    await refused({ ...pnLine, pnMaxPer24h: 1 }, 'pnMaxPer24h', /enkeltdosis/);
    await refused({ ...fixedLine, schedule: [] }, 'schedule', /mindst ét tidspunkt/);
    await refused({ ...fixedLine, schedule: [{ time: '08:00', dose: 1 }, { time: '08:00', dose: 1 }] }, 'schedule', /én gang/);
    await refused({ ...fixedLine, atcCode: 'N2BE01' }, 'atcCode', /ATC-kode/);
    await refused({ ...pnLine, indication: 'mod smerter' }, 'indication', /for upræcist/);
    await refused({ ...pnLine, indication: 'Uro.' }, 'indication', /for upræcist/);
    await refused({ ...pnLine, indication: 'hov' }, 'indication', /mindst 5 tegn/);
    await refused({ ...pnLine, singleDose: 0 }, 'singleDose', /større end 0/);
    await refused({ ...pnLine, startDate: '2026-02-30' }, 'startDate', /dato/);
  });

  it('answers 404 for a line that is not the citizen’s', async () => {
    const { data: line } = (await staff.post(lines(env.w.citizens.onA), pnLine)).json();
    const [cover] = await env.db.query<{ id: string }>(
      `INSERT INTO unit_covers (municipality_id, user_id, unit_id, reason, ends_at) VALUES ($1, $2, $3, 'Nattevagt', now() + interval '8 hours') RETURNING id`,
      [env.w.municipalityId, env.w.users.staff.id, env.w.units.unitB],
    );
    try {
      expect((await staff.patch(`${lines(env.w.citizens.onB)}/${line.id}`, { ...pnLine, version: 1 })).statusCode).toBe(404);
      expect((await staff.get(`${lines(env.w.citizens.onB)}/${line.id}/versions`)).statusCode).toBe(404);
      const obs = await staff.post(`/api/citizens/${env.w.citizens.onB}/medicine-observations`, { lineId: line.id, kind: 'effect', text: 'Virkede', observedAt: new Date().toISOString() });
      expect(obs.json().error.fields.lineId).toMatch(/medicinkort/);
    } finally {
      await env.db.query(`UPDATE unit_covers SET ended_at = now(), ended_by = user_id WHERE id = $1`, [cover.id]);
    }
    expect((await staff.patch(`${lines(env.w.citizens.onA)}/00000000-0000-4000-8000-000000000000`, { ...pnLine, version: 1 })).statusCode).toBe(404);
  });
});

describe('observations', () => {
  it('records effects and side effects; a serious one awaits a doctor contact, recorded once', async () => {
    const { data: line } = (await staff.post(lines(env.w.citizens.onA), fixedLine)).json();
    const url = `/api/citizens/${env.w.citizens.onA}/medicine-observations`;
    const observedAt = new Date(Date.now() - 3600_000).toISOString();
    // Anyone treating the citizen, the permission or not.
    const effect = await unitLeader.post(url, { lineId: line.id, kind: 'effect', text: 'Faldt til ro efter en halv time', observedAt });
    expect(effect.statusCode).toBe(201);
    expect((await unitLeader.post(url, { lineId: line.id, kind: 'side_effect', text: 'Svimmel', observedAt })).json().error.fields.severity).toMatch(/alvorlig/);
    const future = await unitLeader.post(url, { lineId: line.id, kind: 'effect', text: 'Sov godt', observedAt: new Date(Date.now() + 3600_000).toISOString() });
    expect(future.json().error.fields.observedAt).toMatch(/fremtiden/);
    const serious = await staff.post(url, { lineId: line.id, kind: 'side_effect', severity: 'serious', text: 'Besvimede ved morgenmaden', observedAt });
    expect(serious.json().data).toMatchObject({ awaitingDoctor: true, doctorContact: null, lineName: 'quetiapin', createdBy: 'Test staff' });
    expect((await facilityLeader.post(url, { lineId: line.id, kind: 'effect', text: 'Rolig', observedAt })).statusCode).toBe(403);

    const first = (await staff.get(card(env.w.citizens.onA))).json().data.observations[0];
    expect(first.id).toBe(serious.json().data.id);
    const contact = `${url}/${first.id}/doctor-contact`;
    expect((await staff.post(contact, { contactedAt: new Date(Date.now() - 7200_000).toISOString(), note: 'Ringede' })).json().error.fields.contactedAt).toMatch(/før observationen/);
    const done = await unitLeader.post(contact, { contactedAt: new Date().toISOString(), note: 'Lægen halverer dosis fra i morgen' });
    expect(done.json().data).toMatchObject({ awaitingDoctor: false, doctorContact: { note: 'Lægen halverer dosis fra i morgen', by: 'Test unitLeader' } });
    expect((await staff.post(contact, { contactedAt: new Date().toISOString(), note: 'Igen' })).statusCode).toBe(409);
  });
});

describe('a facility’s medication settings and permissions', () => {
  it('shows its staff with their permissions to its leaders, and lets the facility leader change the settings', async () => {
    const url = `/api/facilities/${env.w.units.facility1}/medication`;
    const page = (await unitLeader.get(url)).json().data;
    expect(page.settings).toMatchObject({ pnWindow: 'rolling_24h', pnReviewDoses: 10, updatedBy: null });
    expect(page.abilities).toEqual({ editSettings: false });
    const byName = Object.fromEntries(page.people.map((p: { name: string }) => [p.name, p]));
    expect(byName['Test staff']).toMatchObject({ units: ['Afdeling A'], canGrant: true, qualifications: [{ qualification: 'medicine_course' }] });
    expect(byName['Test unitLeader'].canGrant).toBe(false);
    expect(byName['Test staffB']).toBeUndefined();
    expect((await staff.get(url)).statusCode).toBe(403);

    const settings = { pnWindow: 'calendar_day', pnReviewDoses: 6, pnReviewDays: 14, effectReminderMinutes: 45, lateAfterMinutes: 30 };
    expect((await unitLeader.patch(`${url}-settings`, settings)).statusCode).toBe(403);
    expect((await facilityLeader.patch(`${url}-settings`, { ...settings, effectReminderMinutes: 5 })).json().error.fields.effectReminderMinutes).toMatch(/10/);
    const saved = await facilityLeader.patch(`${url}-settings`, settings);
    expect(saved.json().data).toMatchObject({ ...settings, updatedBy: 'Test facilityLeader' });
    expect((await unitLeader.get(url)).json().data.settings).toMatchObject(settings);
    expect((await facilityLeader.get(`/api/facilities/${env.w.units.unitA}/medication`)).statusCode).toBe(404);
  });

  it('offers the catalogue of common generic names with their ATC codes', async () => {
    const { data } = (await staff.get('/api/drug-catalogue')).json();
    expect(data.length).toBeGreaterThanOrEqual(40);
    expect(data).toContainEqual(expect.objectContaining({ genericName: 'quetiapin', atcCode: 'N05AH04' }));
    expect(data.find((d: { genericName: string }) => d.genericName === 'olanzapin').strengths).toContain('2,5 mg');
  });
});
