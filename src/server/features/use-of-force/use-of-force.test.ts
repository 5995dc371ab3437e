import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { expectPlainDanishFields } from '../../../../test/messages.js';
import { pdfText } from '../../../../test/pdf.js';
import { readForceReference, loadUseOfForceReference } from '../../db/use-of-force-reference.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { plusDays } from '../../db/demo/random.js';
import { flagOverdue } from './job.js';

const env = useTestApp({ worlds: 2 });
let staff: Client;
let leader: Client;
let caseWorker: Client;
let admin: Client;
let official: Awaited<ReturnType<typeof readForceReference>>;

const today = () => todayInCopenhagen();
const answers = { durationMinutes: 5, situation: 'Borgeren blev urolig i fællesstuen.', triedFirst: 'Rolig tale og afledning.', participants: 'To medarbejdere.', injuries: 'Ingen' };
const skema1 = (over: Record<string, unknown> = {}) => ({ formCode: 'skema1', occurredAt: `${plusDays(today(), -1)}T14:30`, measures: ['§ 124 d, stk. 2'], answers, ...over });
const register = (who: Client, body: unknown, citizen = env.w.citizens.onA) => who.post(`/api/citizens/${citizen}/use-of-force/reports`, body);

beforeAll(async () => {
  const { app, w, db } = env;
  [staff, leader, caseWorker, admin] = await Promise.all([w.users.staff, w.users.unitLeader, w.users.caseWorker, w.users.admin].map((u) => login(app, u.username)));
  official = await readForceReference();
  // The tenant is Frederiksberg (Region Hovedstaden); onA's service is bought by København.
  await db.query(`UPDATE municipalities SET code = '147' WHERE id = $1`, [w.municipalityId]);
  await db.query(`UPDATE interventions SET acting_municipality_code = '101' WHERE municipality_id = $1 AND citizen_id = $2`, [w.municipalityId, w.citizens.onA]);
});

describe('the forms, from data', () => {
  it('offers each official form’s current version with its title from the agency’s data and the fields it requires', async () => {
    const forms = (await staff.get('/api/use-of-force/forms')).json().data as Array<{ code: string; title: string; fields: Array<{ key: string; required: boolean }>; measures: Array<{ code: string }> }>;
    expect(forms.map((f) => f.code).sort()).toEqual(['bilag-136c', 'skema1', 'skema2', 'skema3', 'skema4']);
    for (const f of forms) expect(f.title).toBe(official.source.forms2025.find((x) => x.id === f.code)!.title_da);
    const s1 = forms.find((f) => f.code === 'skema1')!;
    expect(s1.title).toMatch(/^Skema 1: Akutte indgreb/);
    expect(s1.fields.filter((x) => x.required).map((x) => x.key)).toEqual(official.fields.versions.find((v) => v.form === 'skema1')!.required);
    expect(s1.measures.map((m) => m.code)).toContain('§ 124 d, stk. 2');
    expect(s1.measures.map((m) => m.code)).not.toContain('§ 124 b, stk. 1'); // physical guidance is not force
    expect(forms.find((f) => f.code === 'skema4')!.measures.map((m) => m.code)).toEqual(['§ 129', '§ 129 a', '§ 136 f']);
  });
});

describe('registering a report', () => {
  it('refuses a report missing required fields, field by field in Danish, and writes nothing', async () => {
    const before = await env.db.query('SELECT count(*)::int AS n FROM use_of_force_reports');
    const res = await register(staff, skema1({ answers: { durationMinutes: 0, situation: '  ', participants: 'To', bogus: 'x' } }));
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields;
    expect(fields['answers.situation']).toBe('Udfyld “Beskrivelse af situationen før og under indgrebet”.');
    expect(fields['answers.triedFirst']).toMatch(/^Udfyld/);
    expect(fields['answers.injuries']).toMatch(/^Udfyld/);
    expect(fields['answers.durationMinutes']).toBe('Varigheden skal være mellem 1 minut og 24 timer.');
    expect(fields['answers.bogus']).toBe('Feltet hører ikke til skemaet.');
    expect(fields['answers.participants']).toBeUndefined();
    expectPlainDanishFields(fields);
    expect(await env.db.query('SELECT count(*)::int AS n FROM use_of_force_reports')).toEqual(before);
  });

  it('refuses a time in the future and measures of another form', async () => {
    const future = new Date(Date.now() + 2 * 3600_000);
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', dateStyle: 'short', timeStyle: 'short' }).format(future).replace(' ', 'T');
    const res = await register(staff, skema1({ occurredAt: local, measures: ['§ 125'] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ occurredAt: 'Tidspunktet kan ikke ligge i fremtiden.', measures: 'Vælg indgreb, der indberettes på dette skema.' });
    expect((await register(staff, skema1({ formCode: 'skema3' }))).json().error.fields).toEqual({ formCode: 'Vælg et skema, der kan indberettes.' });
  });

  it('registers on the current version with its deadlines from the shipped rules, audited', async () => {
    const occurred = plusDays(today(), -1);
    const res = await register(staff, skema1());
    expect(res.statusCode).toBe(201);
    const r = res.json().data;
    expect(r).toMatchObject({ status: 'reported', form: { code: 'skema1', version: 1 }, reportedBy: { id: env.w.users.staff.id }, unit: { id: env.w.units.unitA } });
    expect(r.staffDeadline).toEqual({ due: plusDays(occurred, 1), done: true, late: false });
    expect(r.forwardDeadline).toEqual({ due: plusDays(occurred, 3), done: false, late: false });
    expect(r.answers.find((a: { key: string }) => a.key === 'situation').value).toBe(answers.situation);
    expect(r.abilities).toEqual({ forward: false, informRelatives: false });
    expect(await lastAudit(env.db, env.w.users.staff.id)).toMatchObject({ action: 'create', entity: 'use_of_force_report', entity_id: r.id, citizen_ids: [env.w.citizens.onA] });
  });
});

describe('statement, forwarding and who reads', () => {
  let id: string;
  beforeAll(async () => {
    id = (await register(staff, skema1())).json().data.id;
  });

  it('lets the reporter and the leaders read it; not a colleague, nor the case worker before it is forwarded', async () => {
    expect((await staff.get(`/api/use-of-force/reports/${id}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/use-of-force/reports/${id}`)).json().data.abilities).toEqual({ forward: true, informRelatives: true });
    expect((await caseWorker.get(`/api/use-of-force/reports/${id}`)).statusCode).toBe(404);
    const [colleague] = await env.db.query<{ username: string }>(
      `INSERT INTO users (municipality_id, username, display_name, password_hash) SELECT municipality_id, 'kollega-' || left(id::text, 6), 'Kollega', password_hash FROM users WHERE id = $1 RETURNING username`,
      [env.w.users.staff.id],
    );
    await env.db.query(`INSERT INTO user_roles (municipality_id, user_id, role, org_unit_id) SELECT $1, id, 'staff', $2 FROM users WHERE username = $3`, [env.w.municipalityId, env.w.units.unitA, colleague.username]);
    const other = await login(env.app, colleague.username);
    expect((await other.get(`/api/use-of-force/reports/${id}`)).statusCode).toBe(404);
    const list = (await other.get(`/api/citizens/${env.w.citizens.onA}/use-of-force`)).json().data;
    expect(list.reports.map((r: { id: string }) => r.id)).not.toContain(id);
    expect(list.abilities.register).toBe(true);
  });

  it('records the leader’s statement and forwarding to the acting municipality and the socialtilsyn; then the case worker reads it', async () => {
    expect((await leader.post(`/api/use-of-force/reports/${id}/forward`, { version: 1, statement: '' })).json().error.fields).toEqual({ statement: 'Skriv din udtalelse (mindst 3 tegn).' });
    expect((await staff.post(`/api/use-of-force/reports/${id}/forward`, { version: 1, statement: 'Jeg er enig.' })).statusCode).toBe(403);
    expect((await leader.post(`/api/use-of-force/reports/${id}/forward`, { version: 2, statement: 'Forkert version.' })).statusCode).toBe(409);
    const res = await leader.post(`/api/use-of-force/reports/${id}/forward`, { version: 1, statement: 'Indgrebet var nødvendigt og forholdsmæssigt.' });
    expect(res.statusCode).toBe(200);
    const r = res.json().data;
    expect(r).toMatchObject({ status: 'forwarded', leaderStatement: 'Indgrebet var nødvendigt og forholdsmæssigt.', forwardedBy: 'Test unitLeader', version: 2 });
    expect(r.forwardedTo).toEqual(['Københavns Kommune', 'Socialtilsyn Hovedstaden']);
    expect(r.forwardDeadline).toMatchObject({ done: true, late: false });
    expect((await leader.post(`/api/use-of-force/reports/${id}/forward`, { version: 2, statement: 'Igen.' })).json().error.message).toBe('Indberetningen er allerede videresendt.');
    expect((await caseWorker.get(`/api/use-of-force/reports/${id}`)).statusCode).toBe(200);
    expect((await caseWorker.get(`/api/citizens/${env.w.citizens.onA}/use-of-force`)).json().data.reports.map((x: { id: string }) => x.id)).toContain(id);
  });

  it('records relatives informed (when, whom, how, by whom), never in the future', async () => {
    expect((await leader.post(`/api/use-of-force/reports/${id}/relatives`, { informedOn: plusDays(today(), 1), whom: 'Mor', how: 'phone' })).json().error.fields).toEqual({ informedOn: 'Datoen kan ikke ligge i fremtiden.' });
    const res = await leader.post(`/api/use-of-force/reports/${id}/relatives`, { informedOn: today(), whom: 'Mor (Birthe Andersen)', how: 'phone', note: 'Hun takkede for orienteringen.' });
    expect(res.statusCode).toBe(201);
    expect(res.json().data.relativesInformed).toEqual([{ informedOn: today(), whom: 'Mor (Birthe Andersen)', how: 'phone', note: 'Hun takkede for orienteringen.', informedBy: 'Test unitLeader' }]);
  });

  it('makes a PDF of the report through the audited export service', async () => {
    const res = await leader.get(`/api/use-of-force/reports/${id}/report.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="magtanvendelse-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const text = pdfText(res.rawPayload);
    for (const s of ['Indberetning af magtanvendelse', 'Skema 1: Akutte indgreb', 'Anna Andersen', 'Afdeling A', 'Indgrebet var nødvendigt og forholdsmæssigt.', 'Socialtilsyn Hovedstaden', 'Mor (Birthe Andersen)', answers.triedFirst]) {
      expect(text).toContain(s);
    }
    expect(text).toContain('010385-1230'); // the leader may reveal the CPR number
    expect(await lastAudit(env.db, env.w.users.unitLeader.id)).toMatchObject({ action: 'export', entity: 'use_of_force_pdf', entity_id: id, citizen_ids: [env.w.citizens.onA] });
    expect(pdfText((await caseWorker.get(`/api/use-of-force/reports/${id}/report.pdf`)).rawPayload)).toContain('Indberetning af magtanvendelse');
  });
});

describe('deadlines as configuration', () => {
  it('shows the shipped pre-2020 rules with their source, marked to be checked', async () => {
    const { rules, mayChange } = (await staff.get('/api/use-of-force/deadlines')).json().data;
    expect(mayChange).toBe(false);
    expect(rules.map((r: { rule: string; days: number; dayKind: string; isDefault: boolean }) => [r.rule, r.days, r.dayKind, r.isDefault])).toEqual([
      ['staff_report', 1, 'calendar', true], ['leader_forward', 3, 'calendar', true], ['combined_report', 0, 'calendar', true],
    ]);
    for (const r of rules.slice(0, 2)) expect(r.source).toMatch(/^Førhen gældende frist \(før 2020\) – kontrollér/);
  });

  it('lets an admin change a rule (weekdays, with source); new reports take it, counted past the weekend', async () => {
    expect((await leader.patch('/api/use-of-force/deadlines/leader_forward', { days: 3, dayKind: 'weekdays', source: 'x'.repeat(5) })).statusCode).toBe(403);
    expect((await admin.patch('/api/use-of-force/deadlines/leader_forward', { days: -1, dayKind: 'hours', source: '' })).json().error.fields).toEqual({
      days: 'Mindst 0 dage.', dayKind: 'Vælg kalenderdage eller hverdage.', source: 'Skriv kilden (mindst 3 tegn).',
    });
    const res = await admin.patch('/api/use-of-force/deadlines/leader_forward', { days: 3, dayKind: 'weekdays', source: 'Kommunens fortolkning af BEK 1411/2024' });
    expect(res.json().data).toMatchObject({ rule: 'leader_forward', days: 3, dayKind: 'weekdays', isDefault: false, updatedBy: 'Test admin' });
    // The last Friday before today: three weekdays later is the Wednesday after.
    let friday = plusDays(today(), -1);
    while (new Date(`${friday}T00:00:00Z`).getUTCDay() !== 5) friday = plusDays(friday, -1);
    const r = (await register(staff, skema1({ occurredAt: `${friday}T22:10` }))).json().data;
    expect(r.forwardDeadline.due).toBe(plusDays(friday, 5));
    expect(r.staffDeadline.due).toBe(plusDays(friday, 1));
    // The neighbour municipality keeps the shipped rule.
    const otherAdmin = await login(env.app, env.other.users.admin.username);
    expect((await otherAdmin.get('/api/use-of-force/deadlines')).json().data.rules[1]).toMatchObject({ days: 3, dayKind: 'calendar', isDefault: true });
  });

  it('flags reports past their forwarding deadline by the job; the leaders list them as overdue', async () => {
    const old = (await register(staff, skema1({ occurredAt: `${plusDays(today(), -20)}T09:00` }))).json().data;
    expect(old.staffDeadline.late).toBe(true);
    expect(old.overdue).toBe(false);
    await flagOverdue(env.db, today());
    const overdue = (await leader.get('/api/use-of-force/reports?overdue=true')).json().data.reports;
    expect(overdue.map((r: { id: string }) => r.id)).toEqual([old.id]);
    expect(overdue[0]).toMatchObject({ overdue: true, forwardDeadline: { done: false, late: true } });
    expect((await staff.get('/api/use-of-force/reports')).json().data.reports).toEqual([]);
    expect(await lastAudit(env.db, env.w.users.unitLeader.id)).toMatchObject({ entity: 'use_of_force_list', citizen_ids: [env.w.citizens.onA] });
  });
});

describe('pre-approved decisions', () => {
  const decisionBody = (over: Record<string, unknown> = {}) => ({
    measureCode: '§ 128 b, stk. 1 og 2', requestedOn: plusDays(today(), -60), decidedOn: plusDays(today(), -40), validFrom: plusDays(today(), -30), validTo: plusDays(today(), 60),
    answers: { situation: 'Borgeren går ud om natten.', triedFirst: 'Nattevagt ved døren.' }, ...over,
  });

  it('records a decision from a Skema 3 request (its required fields from data) and counts its uses', async () => {
    const bad = await leader.post(`/api/citizens/${env.w.citizens.onA}/use-of-force/decisions`, decisionBody({ measureCode: '§ 124 c', validTo: plusDays(today(), -31), answers: {} }));
    expect(bad.json().error.fields).toMatchObject({ validTo: 'Perioden skal slutte efter den begynder.' });
    const bad2 = await leader.post(`/api/citizens/${env.w.citizens.onA}/use-of-force/decisions`, decisionBody({ measureCode: '§ 124 c', answers: {} }));
    expect(Object.keys(bad2.json().error.fields).sort()).toEqual(['answers.situation', 'answers.triedFirst', 'measureCode']);
    expect((await staff.post(`/api/citizens/${env.w.citizens.onA}/use-of-force/decisions`, decisionBody())).statusCode).toBe(403);
    const d = (await leader.post(`/api/citizens/${env.w.citizens.onA}/use-of-force/decisions`, decisionBody())).json().data;
    expect(d).toMatchObject({ status: 'active', uses: 0, combinedReportMissing: false, measure: { section: '§ 128 b, stk. 1 og 2' } });
    for (const day of [-3, -2]) expect((await staff.post(`/api/use-of-force/decisions/${d.id}/uses`, { usedAt: `${plusDays(today(), day)}T03:15` })).statusCode).toBe(201);
    expect((await staff.post(`/api/use-of-force/decisions/${d.id}/uses`, { usedAt: `${plusDays(today(), -31)}T03:15` })).json().error.fields).toEqual({ usedAt: 'Tidspunktet ligger uden for afgørelsens periode.' });
    const listed = (await staff.get(`/api/citizens/${env.w.citizens.onA}/use-of-force`)).json().data.decisions.find((x: { id: string }) => x.id === d.id);
    expect(listed.uses).toBe(2);
  });

  it('flags an expired decision without its Skema 2, and takes the Skema 2 once', async () => {
    const d = (await leader.post(`/api/citizens/${env.w.citizens.onA}/use-of-force/decisions`, decisionBody({ measureCode: '§ 125', validFrom: plusDays(today(), -100), validTo: plusDays(today(), -5) }))).json().data;
    await staff.post(`/api/use-of-force/decisions/${d.id}/uses`, { usedAt: `${plusDays(today(), -50)}T12:00` });
    expect(d).toMatchObject({ status: 'expired', combinedReportMissing: true, combinedReportDue: plusDays(today(), -5), combinedOverdue: false });
    await flagOverdue(env.db, today());
    const missing = (await leader.get('/api/use-of-force/reports')).json().data.combinedMissing;
    expect(missing).toEqual([{ decisionId: d.id, citizen: { id: env.w.citizens.onA, name: 'Anna Andersen' }, measure: 'Særlige døråbnere', validTo: plusDays(today(), -5), uses: 1, due: plusDays(today(), -5), overdue: true }]);
    const skema2 = { formCode: 'skema2', decisionId: d.id, occurredAt: `${today()}T00:00`, measures: ['ignored'], answers: { usesEstimate: 1, periodAssessment: 'Brugt én gang; afgørelsen forlænges ikke.' } };
    const res = await register(staff, skema2);
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ form: { code: 'skema2' }, decisionId: d.id, measures: [{ code: '§ 125' }] });
    expect((await register(staff, skema2)).json().error.fields).toEqual({ decisionId: 'Der er allerede indberettet et samlet skema for afgørelsen.' });
    expect((await leader.get('/api/use-of-force/reports')).json().data.combinedMissing).toEqual([]);
  });
});

describe('a new form version is data', () => {
  it('requires what the new version requires, from the day it applies, without code', async () => {
    const data = structuredClone(official);
    const v1 = data.fields.versions.find((v) => v.form === 'skema1')!;
    data.fields.versions.push({ ...v1, version: 2, validFrom: plusDays(today(), -1), required: [...v1.required, 'citizenView'] });
    await loadUseOfForceReference(env.db, data);
    const form = ((await staff.get('/api/use-of-force/forms')).json().data as Array<{ code: string; version: number; fields: Array<{ key: string; required: boolean }> }>).find((f) => f.code === 'skema1')!;
    expect(form.version).toBe(2);
    expect(form.fields.find((f) => f.key === 'citizenView')!.required).toBe(true);
    expect((await register(staff, skema1())).json().error.fields).toEqual({ 'answers.citizenView': 'Udfyld “Borgerens egen oplevelse af indgrebet”.' });
    const ok = await register(staff, skema1({ answers: { ...answers, citizenView: 'Hun var vred bagefter.' } }));
    expect(ok.json().data.form.version).toBe(2);
  });
});
