import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';

const env = useTestApp({ worlds: 2 });
let staff: Client;
let leader: Client;
let caseWorker: Client;
const url = (path: string, citizen = env.w.citizens.onA) => `/api/citizens/${citizen}/${path}`;
const keyInfo = async (c: Client, citizen = env.w.citizens.onA) => (await c.get(url('key-info', citizen))).json().data;
const count = async (table: string) => (await env.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

beforeAll(async () => {
  [staff, leader, caseWorker] = await Promise.all(['staff', 'facilityLeader', 'caseWorker'].map((u) => login(env.app, env.w.users[u as 'staff'].username)));
});

describe('key information', () => {
  it('keeps outside professionals, allergies and aids: added, listed (GP and severe first), removed', async () => {
    const psych = await staff.post(url('professionals'), { kind: 'psychiatry', name: 'Kontaktperson', organisation: 'Distriktspsykiatrien Vest', phone: '86 12 34 56', note: 'Hver 14. dag' });
    expect(psych.statusCode).toBe(201);
    expect((await staff.post(url('professionals'), { kind: 'gp', name: 'Læge Anne Friis', organisation: 'Lægerne i Vestergade' })).statusCode).toBe(201);
    expect((await staff.post(url('allergies'), { substance: 'Pollen', severity: 'mild' })).statusCode).toBe(201);
    expect((await staff.post(url('allergies'), { substance: 'Nødder', reaction: 'Hævelse i svælg', severity: 'severe' })).statusCode).toBe(201);
    const aid = await staff.post(url('aids'), { name: 'Rollator' });
    expect(aid.json().data).toEqual({ id: expect.any(String), name: 'Rollator', note: null });

    const info = await keyInfo(staff);
    expect(info.professionals.map((p: { kind: string }) => p.kind)).toEqual(['gp', 'psychiatry']);
    expect(info.professionals[1]).toEqual({ id: psych.json().data.id, kind: 'psychiatry', name: 'Kontaktperson', organisation: 'Distriktspsykiatrien Vest', phone: '86 12 34 56', note: 'Hver 14. dag' });
    expect(info.allergies.map((a: { substance: string }) => a.substance)).toEqual(['Nødder', 'Pollen']);
    expect(info.abilities).toEqual({ edit: true });

    expect((await staff.delete(url(`aids/${aid.json().data.id}`))).statusCode).toBe(204);
    expect((await keyInfo(staff)).aids).toEqual([]);
    expect((await staff.delete(url(`aids/${aid.json().data.id}`))).statusCode).toBe(404);
    // Another citizen's row is not found through onA.
    expect((await staff.delete(url(`professionals/${psych.json().data.id}`, env.w.citizens.onB))).statusCode).toBe(404);
  });

  it('refuses a professional of an unknown kind and an allergy without a substance, writing nothing', async () => {
    const before = (await count('citizen_professionals')) + (await count('citizen_allergies'));
    const kind = await staff.post(url('professionals'), { kind: 'healer', name: 'X' });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.fields).toHaveProperty('kind');
    const substance = await staff.post(url('allergies'), { substance: '  ', severity: 'mild' });
    expect(substance.json().error.fields).toHaveProperty('substance');
    expect((await count('citizen_professionals')) + (await count('citizen_allergies'))).toBe(before);
  });

  it("scores Brøset's violence checklist with its Danish reading, and refuses an item outside 0/1", async () => {
    const items = { confused: 0, irritable: 0, boisterous: 0, verbalThreats: 0, physicalThreats: 0, attackingObjects: 0 };
    const score = async (assessedOn: string, set: Partial<typeof items>) => staff.post(url('risk-assessments'), { assessedOn, ...items, ...set });
    expect((await score('2026-01-01', {})).json().data).toMatchObject({ total: 0, level: 'low', assessedBy: 'Test staff' });
    expect((await score('2026-01-02', { irritable: 1, verbalThreats: 1 })).json().data).toMatchObject({ total: 2, level: 'moderate' });
    const high = await score('2026-01-03', { confused: 1, boisterous: 1, physicalThreats: 1 });
    expect(high.statusCode).toBe(201);
    expect(high.json().data).toMatchObject({ total: 3, level: 'high', scores: { ...items, confused: 1, boisterous: 1, physicalThreats: 1 } });
    expect((await keyInfo(staff)).riskAssessments.map((r: { total: number }) => r.total)).toEqual([3, 2, 0]);

    const before = await count('risk_assessments');
    for (const bad of [2, -1, 0.5, '1', true]) {
      const res = await score('2026-01-04', { attackingObjects: bad as never });
      expect(res.statusCode, String(bad)).toBe(400);
      expect(res.json().error.fields).toHaveProperty('attackingObjects');
    }
    const missing = await staff.post(url('risk-assessments'), { assessedOn: '2026-01-04', confused: 1 });
    expect(missing.json().error.fields).toHaveProperty('irritable');
    expect(await count('risk_assessments')).toBe(before);
  });

  it('versions the crisis plan: a stale write answers 409 with the plan as it is, writing nothing', async () => {
    const plan = { signs: 'Trækker sig, sover dårligt', whatHelps: 'Rolig tale, en gåtur', whoToCall: 'Kontaktpersonen, om natten vagthavende leder' };
    const first = await staff.post(url('crisis-plan'), plan);
    expect(first.statusCode).toBe(200);
    expect(first.json().data).toMatchObject({ ...plan, version: 1, updatedBy: 'Test staff' });
    // A colleague who opened the empty plan at the same time writes a first plan too: 409.
    const race = await leader.post(url('crisis-plan'), { ...plan, signs: 'Noget andet' });
    expect(race.statusCode).toBe(409);
    expect(race.json().error.current).toMatchObject({ signs: plan.signs, version: 1 });

    const second = await leader.post(url('crisis-plan'), { ...plan, version: 1, whatHelps: 'Kugledynen' });
    expect(second.json().data).toMatchObject({ whatHelps: 'Kugledynen', version: 2, updatedBy: 'Test facilityLeader' });
    const stale = await staff.post(url('crisis-plan'), { ...plan, version: 1, whatHelps: 'Musik' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ whatHelps: 'Kugledynen', version: 2 });
    expect((await keyInfo(staff)).crisisPlan).toMatchObject({ whatHelps: 'Kugledynen', version: 2 });

    const empty = await staff.post(url('crisis-plan'), { ...plan, version: 2, whoToCall: '' });
    expect(empty.json().error.fields).toHaveProperty('whoToCall');
  });

  it('is read by those treating the citizen, not by the case worker nor another facility', async () => {
    expect((await caseWorker.get(url('key-info'))).statusCode).toBe(403);
    expect((await caseWorker.post(url('aids'), { name: 'Briller' })).statusCode).toBe(403);
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.get(url('key-info'))).statusCode).toBe(404);
    const other = await login(env.app, env.other.users.staff.username);
    expect((await other.get(url('key-info'))).statusCode).toBe(404);
  });

  it('is read by a night cover, who may not change it', async () => {
    const cover = await staff.post('/api/unit-covers', { unitId: env.w.units.unitB, hours: 8, reason: 'Nattevagt for Afdeling B' });
    expect(cover.statusCode).toBe(201);
    try {
      const onB = env.w.citizens.onB;
      const res = await staff.get(url('key-info', onB));
      expect(res.statusCode).toBe(200);
      expect(res.json().data.abilities).toEqual({ edit: false });
      expect((await staff.post(url('allergies', onB), { substance: 'Penicillin', severity: 'moderate' })).statusCode).toBe(403);
      expect((await staff.post(url('crisis-plan', onB), { signs: 'a', whatHelps: 'b', whoToCall: 'c' })).statusCode).toBe(403);
      expect((await staff.get(url('representation', onB))).statusCode).toBe(200);
    } finally {
      await staff.post(`/api/unit-covers/${cover.json().data.id}/end`);
    }
  });
});

describe('legal representation and consents', () => {
  it('registers a guardian with its scope and period, refusing a period ending before it starts', async () => {
    const res = await leader.post(url('representatives'), { kind: 'guardian', name: 'Advokat Jens Lund', phone: '70 20 30 40', scope: 'financial', validFrom: '2025-01-01', validTo: '2099-12-31' });
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ kind: 'guardian', scope: 'financial', validFrom: '2025-01-01', validTo: '2099-12-31', active: true });
    const fpa = await leader.post(url('representatives'), { kind: 'future_power_of_attorney', name: 'Datter Lise', scope: 'both', validFrom: '2099-01-01' });
    expect(fpa.json().data).toMatchObject({ active: false, validTo: null });

    const before = await count('legal_representatives');
    const backwards = await leader.post(url('representatives'), { kind: 'guardian', name: 'X', scope: 'personal', validFrom: '2026-05-01', validTo: '2026-04-30' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toEqual({ validTo: 'Slutdatoen må ikke ligge før startdatoen.' });
    expect((await leader.post(url('representatives'), { kind: 'guardian', name: 'X', scope: 'everything', validFrom: '2026-05-01' })).json().error.fields).toHaveProperty('scope');
    expect(await count('legal_representatives')).toBe(before);

    // Read by staff and the assigned case worker; kept only by leaders.
    const seen = (await caseWorker.get(url('representation'))).json().data;
    expect(seen.representatives.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['Advokat Jens Lund', 'Datter Lise']));
    expect(seen.abilities).toEqual({ manage: false });
    expect((await staff.get(url('representation'))).json().data.abilities).toEqual({ manage: false });
    expect((await leader.get(url('representation'))).json().data.abilities).toEqual({ manage: true });
    expect((await staff.post(url('representatives'), { kind: 'guardian', name: 'X', scope: 'personal', validFrom: '2026-05-01' })).statusCode).toBe(403);
    expect((await caseWorker.delete(url(`representatives/${res.json().data.id}`))).statusCode).toBe(403);
    expect((await leader.delete(url(`representatives/${fpa.json().data.id}`))).statusCode).toBe(204);
  });

  it('refuses a consent without a scope, or to nobody, or to another citizen’s relative', async () => {
    const [relative] = await env.db.query<{ id: string }>(
      `INSERT INTO relatives (municipality_id, citizen_id, name, relation) VALUES ($1, $2, 'Birthe Andersen', 'Mor') RETURNING id`,
      [env.w.municipalityId, env.w.citizens.onA],
    );
    const [ofB] = await env.db.query<{ id: string }>(
      `INSERT INTO relatives (municipality_id, citizen_id, name, relation) VALUES ($1, $2, 'Ole Hansen', 'Bror') RETURNING id`,
      [env.w.municipalityId, env.w.citizens.onB],
    );
    const before = await count('consents');
    for (const scopes of [undefined, [], ['everything']]) {
      const res = await leader.post(url('consents'), { relativeId: relative.id, givenOn: '2026-01-01', ...(scopes && { scopes }) });
      expect(res.statusCode, JSON.stringify(scopes)).toBe(400);
      expect(Object.keys(res.json().error.fields).join(), JSON.stringify(scopes)).toMatch(/^scopes/);
    }
    expect((await leader.post(url('consents'), { relativeId: relative.id, scopes: [], givenOn: '2026-01-01' })).json().error.fields.scopes).toBe('Vælg mindst én ting samtykket omfatter.');
    expect((await leader.post(url('consents'), { scopes: ['plan'], givenOn: '2026-01-01' })).json().error.fields).toHaveProperty('relativeId');
    expect((await leader.post(url('consents'), { relativeId: ofB.id, scopes: ['plan'], givenOn: '2026-01-01' })).json().error.fields).toHaveProperty('relativeId');
    expect((await leader.post(url('consents'), { bodyName: 'Jobcentret', scopes: ['plan'], givenOn: '2026-01-01', validUntil: '2025-01-01' })).json().error.fields).toHaveProperty('validUntil');
    expect((await staff.post(url('consents'), { bodyName: 'Jobcentret', scopes: ['plan'], givenOn: '2026-01-01' })).statusCode).toBe(403);
    expect(await count('consents')).toBe(before);

    const ok = await leader.post(url('consents'), { relativeId: relative.id, scopes: ['plan', 'health'], givenOn: '2026-01-01' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().data).toMatchObject({ recipientKind: 'relative', relativeId: relative.id, recipientName: 'Birthe Andersen (Mor)', scopes: ['plan', 'health'], active: true, uses: 0 });
    // The relative removed from the record: the consent stays in the register under their name.
    expect((await leader.delete(url(`relatives/${relative.id}`))).statusCode).toBe(204);
    const kept = (await leader.get(url('representation'))).json().data.consents.find((k: { id: string }) => k.id === ok.json().data.id);
    expect(kept).toMatchObject({ relativeId: null, recipientName: 'Birthe Andersen (Mor)', active: true });
  });

  it('logs every export and view made under a consent against it, and refuses one that does not cover it or no longer stands', async () => {
    const give = async (scopes: string[]) =>
      (await leader.post(url('consents'), { bodyName: 'Jobcentret Vest', scopes, givenOn: '2026-01-01', note: 'Til mødet om beskæftigelse' })).json().data.id as string;
    const planConsent = await give(['plan', 'key_information']);
    const healthOnly = await give(['health']);

    const pdf = await staff.get(`${url('plan.pdf')}?consentId=${planConsent}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((await staff.get(`${url('key-info')}?consentId=${planConsent}`)).statusCode).toBe(200);
    expect((await staff.get(url('plan.pdf'))).statusCode).toBe(200); // not under a consent

    const rows = await env.db.query<{ action: string; entity: string; detail: Record<string, unknown> }>(
      `SELECT action, entity, detail FROM audit_log WHERE detail->>'consentId' = $1 ORDER BY id`,
      [planConsent],
    );
    expect(rows).toEqual([
      { action: 'export', entity: 'plan_pdf', detail: { consentId: planConsent, consentRecipient: 'Jobcentret Vest' } },
      { action: 'read', entity: 'key_info', detail: { consentId: planConsent, consentRecipient: 'Jobcentret Vest' } },
    ]);
    const listed = (await leader.get(url('representation'))).json().data.consents.find((k: { id: string }) => k.id === planConsent);
    expect(listed).toMatchObject({ uses: 2, lastUsedAt: expect.any(String) });

    const notCovering = await staff.get(`${url('plan.pdf')}?consentId=${healthOnly}`);
    expect(notCovering.statusCode).toBe(400);
    expect(notCovering.json().error.fields).toHaveProperty('consentId');
    expect((await staff.get(`${url('plan.pdf')}?consentId=${planConsent}`, )).statusCode).toBe(200);
    // Another citizen's consent is not found through onA.
    const [onBConsent] = await env.db.query<{ id: string }>(
      `INSERT INTO consents (municipality_id, citizen_id, created_by, recipient_kind, recipient_name, scopes, given_on) VALUES ($1, $2, $3, 'body', 'Jobcentret', '{plan}', '2026-01-01') RETURNING id`,
      [env.w.municipalityId, env.w.citizens.onB, env.w.users.facilityLeader.id],
    );
    expect((await staff.get(`${url('plan.pdf')}?consentId=${onBConsent.id}`)).statusCode).toBe(404);

    // Withdrawn: kept with date and by whom, no longer usable; withdrawing twice is a conflict.
    expect((await leader.post(url(`consents/${planConsent}/withdraw`), { withdrawnOn: '2025-12-31' })).json().error.fields).toHaveProperty('withdrawnOn');
    const withdrawn = await leader.post(url(`consents/${planConsent}/withdraw`), { withdrawnOn: '2026-02-01' });
    expect(withdrawn.json().data).toMatchObject({ withdrawnOn: '2026-02-01', withdrawnBy: 'Test facilityLeader', active: false, uses: 3 });
    expect((await leader.post(url(`consents/${planConsent}/withdraw`), { withdrawnOn: '2026-02-02' })).statusCode).toBe(409);
    const refused = await staff.get(`${url('plan.pdf')}?consentId=${planConsent}`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.consentId).toMatch(/trukket tilbage/);
  });
});
