import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { pdfText } from '../../../../test/pdf.js';
import reference from '../../db/reference/dpsd-adverse-events.json' with { type: 'json' };
import { todayInCopenhagen } from '../../../domain/dates.js';
import { plusDays } from '../../db/demo/random.js';
import { dpsdFieldOrder } from './dpsd.js';
import { maySeeHealthDetails } from './access.js';
import type { Actor } from '../../access/roles.js';
import { testActor } from '../../../../test/actor.js';
import { insertLine } from '../medicine-rounds/fixtures.js';
import { copenhagenInstant, daysBefore } from '../../../domain/medication/clock.js';

const env = useTestApp({ worlds: 2 });
let staff: Client;
let leader: Client;
let facilityLeader: Client;

beforeAll(async () => {
  [staff, leader, facilityLeader] = await Promise.all([
    login(env.app, env.w.users.staff.username), login(env.app, env.w.users.unitLeader.username), login(env.app, env.w.users.facilityLeader.username),
  ]);
});

const fall = (over: Record<string, unknown> = {}) => ({
  citizenId: env.w.citizens.onA, unitId: env.w.units.unitA, date: plusDays(todayInCopenhagen(), -1), time: '09:15', eventType: 'fall',
  title: 'Fald på badeværelset', description: 'Borgeren gled på det våde gulv efter bad og faldt.', consequenceNote: 'Blåt mærke på hoften.',
  prevention: 'Skridsikker måtte.', comments: 'Ingen.', location: 'Badeværelset', actualConsequence: 'Lettere', possibleConsequence: 'Alvorlig/dødelig',
  ...over,
});
const countEvents = async () => (await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM adverse_events'))[0].n;
const report = async (client: Client, body: object) => {
  const res = await client.post('/api/adverse-events', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
};

describe('reporting an adverse event', () => {
  it('gives every pair of the reference matrix its category, and refuses a pair or level the matrix does not have', async () => {
    for (const row of reference.adverseEvents.severity.matrix) {
      const possible = row.possible === '(vises ikke)' ? null : row.possible;
      const event = await report(staff, fall({ actualConsequence: row.actual, possibleConsequence: possible }));
      expect([event.actualConsequence, event.possibleConsequence, event.severity]).toEqual([row.actual, possible, row.category]);
    }
    const before = await countEvents();
    const refused = [
      [{ actualConsequence: 'Lettere', possibleConsequence: 'Ingen' }, 'possibleConsequence'],
      [{ actualConsequence: 'Katastrofal', possibleConsequence: 'Ingen' }, 'actualConsequence'],
      [{ actualConsequence: 'Ingen/ukendt', possibleConsequence: null }, 'possibleConsequence'],
      [{ actualConsequence: 'Alvorlig', possibleConsequence: 'Lettere' }, 'possibleConsequence'],
    ] as const;
    for (const [pair, field] of refused) {
      const res = await staff.post('/api/adverse-events', fall(pair));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields).toHaveProperty(field);
    }
    expect(await countEvents()).toBe(before);
  });

  it('refuses a day in the future, an unknown type and missing DPSD fields with Danish field messages, writing nothing', async () => {
    const before = await countEvents();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ date: plusDays(todayInCopenhagen(), 1) }, 'date'],
      [{ eventType: 'earthquake' }, 'eventType'],
      [{ title: '' }, 'title'],
      [{ description: 'kort' }, 'description'],
      [{ actualConsequence: undefined }, 'actualConsequence'],
      [{ time: '25:00' }, 'time'],
    ];
    for (const [over, field] of cases) {
      const res = await staff.post('/api/adverse-events', fall(over));
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(res.json().error.fields[field]).toMatch(/[a-zæøå]/);
    }
    expect(await countEvents()).toBe(before);
  });

  it('is refused for a citizen outside the reporter\'s care (404) and for a unit not serving the citizen (400)', async () => {
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.post('/api/adverse-events', fall())).statusCode).toBe(404);
    const res = await staff.post('/api/adverse-events', fall({ unitId: env.w.units.unitB }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.unitId).toBeTruthy();
  });

  it('is reported about no citizen by the unit\'s staff, with a link to a round registration kept as given', async () => {
    const lineId = await insertLine(env.db, { municipalityId: env.w.municipalityId, citizenId: env.w.citizens.onA, createdBy: env.w.users.staff.id });
    const registered = await staff.post('/api/medicine-administrations', {
      clientId: crypto.randomUUID(), lineId, scheduledFor: copenhagenInstant(daysBefore(todayInCopenhagen(), 1), '08:00').toISOString(), outcome: 'given',
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const administrationId = registered.json().data.id;
    const before = await countEvents();
    const unknown = await staff.post('/api/adverse-events', fall({ citizenId: undefined, administrationId: crypto.randomUUID(), eventType: 'medication_error' }));
    expect(unknown.statusCode, unknown.body).toBe(400);
    expect(unknown.json().error.fields.administrationId).toMatch(/findes ikke/);
    expect(await countEvents()).toBe(before);
    const event = await report(staff, fall({ citizenId: undefined, administrationId, eventType: 'medication_error', medicine: 'Paracetamol 500 mg' }));
    expect(event).toMatchObject({ citizen: null, administrationId, unit: { id: env.w.units.unitA }, facility: { id: env.w.units.facility1 } });
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.post('/api/adverse-events', fall({ citizenId: undefined }))).statusCode).toBe(403);
  });
});

describe('reading and following up', () => {
  it('shows the reporter to the leaders only; the reporter reads their own, a colleague elsewhere sees nothing', async () => {
    const event = await report(staff, fall({ title: 'Hvem ser hvad' }));
    const own = (await staff.get(`/api/adverse-events/${event.id}`)).json().data;
    expect(own).toMatchObject({ reportedBy: null, reportedByMe: true, abilities: { followUp: false, export: false } });
    const lead = (await leader.get(`/api/adverse-events/${event.id}`)).json().data;
    expect(lead).toMatchObject({ reportedBy: { id: env.w.users.staff.id }, reportedByMe: false, abilities: { followUp: true, export: true } });
    const staffB = await login(env.app, env.w.users.staffB.username);
    expect((await staffB.get(`/api/adverse-events/${event.id}`)).statusCode).toBe(404);
    expect((await staffB.get('/api/adverse-events')).json().data.map((e: { id: string }) => e.id)).not.toContain(event.id);
    const audit = await env.db.query<{ citizen_ids: string[] }>(
      `SELECT citizen_ids::text[] AS citizen_ids FROM audit_log WHERE entity = 'adverse_event' AND action = 'read' AND entity_id = $1 AND user_id = $2`,
      [event.id, env.w.users.unitLeader.id],
    );
    expect(audit.map((a) => a.citizen_ids)).toEqual([[env.w.citizens.onA]]);
  });

  it('moves reported → under analysis → closed with the learning, refusing a close without it and a stale version (409)', async () => {
    const event = await report(staff, fall());
    const url = `/api/adverse-events/${event.id}/follow-up`;
    expect((await staff.patch(url, { version: 1, status: 'analysis' })).statusCode).toBe(403);
    const analysing = await leader.patch(url, { version: 1, status: 'analysis', actions: 'Måtter bestilt.' });
    expect(analysing.statusCode, analysing.body).toBe(200);
    const noLearning = await leader.patch(url, { version: 2, status: 'closed' });
    expect(noLearning.statusCode).toBe(400);
    expect(noLearning.json().error.fields.learning).toMatch(/læring/i);
    expect((await facilityLeader.patch(url, { version: 1, status: 'closed', learning: 'For gammel udgave.' })).statusCode).toBe(409);
    const closed = await facilityLeader.patch(url, { version: 2, status: 'closed', learning: 'Vådt gulv efter bad er en risiko.', actions: 'Måtter i alle bade.' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().data).toMatchObject({ status: 'closed', learning: 'Vådt gulv efter bad er en risiko.', version: 3, followedUpBy: 'Test facilityLeader' });
    expect((await leader.get('/api/adverse-events?status=open')).json().data.map((e: { id: string }) => e.id)).not.toContain(event.id);
  });
});

describe('the DPSD export', () => {
  it('writes the fields in the national form\'s order as JSON and as a PDF, audited as exports naming the citizen', async () => {
    const event = await report(staff, fall({ eventType: 'medication_error', title: 'Forkert dosis', medicine: 'Paracetamol 500 mg tablet', involvedLocations: 'Apoteket' }));
    const json = await leader.get(`/api/adverse-events/${event.id}/dpsd.json`);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.headers['content-type']).toMatch(/application\/json/);
    const fields: Array<{ field: string; prompt?: string; value: string }> = JSON.parse(json.body).fields;
    const order = [...new Set(fields.map((f) => f.field))];
    expect(order).toEqual(dpsdFieldOrder());
    expect(order[0]).toBe('Overskrift');
    expect(fields.filter((f) => f.prompt).map((f) => f.prompt)).toEqual(reference.adverseEvents.dpsdFormPrompts.items);
    const value = (field: string) => fields.find((f) => f.field === field)!.value;
    expect(value('Overskrift')).toBe('Forkert dosis');
    expect(value('Samlet alvorlighedskategori')).toBe('Alvorlig patientsikkerhedsrisiko');
    expect(value('Involverede lokationer')).toBe('Apoteket');
    expect(value('Hændelsessted (Lokation)')).toBe('Bostedet Lærkehøj, Afdeling A, Badeværelset');
    expect(json.body).not.toContain('Test staff');

    const pdf = await leader.get(`/api/adverse-events/${event.id}/dpsd.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    const positions = ['Utilsigtet hændelse', ...dpsdFieldOrder().filter((f) => f !== 'Hændelsesbeskrivelse').map((f) => f.split(' (')[0]), 'Paracetamol 500 mg tablet'].map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0), text).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toContain('Borgeren gled på det våde gulv');

    const audit = await env.db.query<{ entity: string; citizen_ids: string[] }>(
      `SELECT entity, citizen_ids::text[] AS citizen_ids FROM audit_log WHERE action = 'export' AND entity_id = $1 ORDER BY id`, [event.id],
    );
    expect(audit).toEqual([
      { entity: 'adverse_event_dpsd_json', citizen_ids: [env.w.citizens.onA] },
      { entity: 'adverse_event_dpsd_pdf', citizen_ids: [env.w.citizens.onA] },
    ]);
    expect((await staff.get(`/api/adverse-events/${event.id}/dpsd.pdf`)).statusCode).toBe(403);
  });
});

describe('health details of a medication error', () => {
  const path = '/m/c/f/u/';
  const actor = (role: 'staff' | 'unit_leader' | 'facility_leader' | 'center_manager', treating: string[]): Actor =>
    testActor({ userId: 'me', careUnitIds: treating, ownCareUnitIds: treating, treatingUnitIds: treating, roles: [{ role, orgUnitId: 'u', orgUnitName: 'U', kind: 'unit', path }] });
  const event = { municipalityId: 'm', unitId: 'u', unitPath: path, reportedBy: 'me' };
  const citizen = { id: 'c', municipalityId: 'm', unitIds: ['u'], assignedToActor: false };

  it('are for those treating the citizen now and the unit\'s leaders, not for a reporter who no longer treats them; an event about no citizen holds none', () => {
    expect(maySeeHealthDetails(actor('staff', ['u']), event, citizen)).toBe(true);
    expect(maySeeHealthDetails(actor('staff', []), event, citizen)).toBe(false);
    expect(maySeeHealthDetails(actor('unit_leader', []), event, citizen)).toBe(true);
    expect(maySeeHealthDetails(actor('facility_leader', []), event, citizen)).toBe(true);
    expect(maySeeHealthDetails(actor('center_manager', []), event, citizen)).toBe(false);
    expect(maySeeHealthDetails(actor('staff', []), event, null)).toBe(true);
  });
});
