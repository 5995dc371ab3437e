import { each, everyone, ofOnA, type Answers, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';
import { lineSnapshot } from './queries.js';

const onA = (path: string) => (f: { citizens: { onA: string } }) => `/api/citizens/${f.citizens.onA}/${path}`;
const line = (path = '') => (f: { citizens: { onA: string }; medicineLineId: string }) => onA(`medicine-lines/${f.medicineLineId}${path}`)(f);

/**
 * A health record: those treating onA now (staff and the unit leader of unit A); its facility's
 * leader and the assigned case worker see onA but not this (403); everyone else does not see onA (404).
 */
const treating = (s: number): Answers => ({ others: 404, ...each(['staffOfCitizensUnit', 'leaderOfCitizensUnit'], s), leaderOfCitizensFacility: 403, caseWorkerAssigned: 403 });
/** Changing the card: treating and with the medicine permission, which only onA's staff member holds in the fixture. */
const qualified = (s: number): Answers => ({ ...treating(403), staffOfCitizensUnit: s });
/** The facility's medicine page: where its figures are read (its leaders, management, the administrator). */
const facilityReaders: Answers = { others: 200, staffOfCitizensUnit: 403, staffOfAnotherFacility: 403, caseWorkerAssigned: 403 };
/** Granting to onA's staff member: a leader of unit A or of facility 1. */
const leadersOfStaff = (s: number): Answers => ({ others: 403, ...each(['leaderOfCitizensUnit', 'leaderOfCitizensFacility'], s) });

const lineBody = { kind: 'pn', genericName: 'paracetamol', form: 'tablet', strength: '500 mg', doseUnit: 'stk', singleDose: 2, pnMaxPer24h: 8, indication: 'mod hovedpine', prescriber: 'Læge Anne Friis', startDate: '2026-01-01' };

/** The medicine card, observations, and per facility settings and medicine permissions. Rows of the route × audience matrix. */
export const accessCases: Case[] = [
  { method: 'GET', route: '/api/citizens/:citizenId/medicine-card', url: onA('medicine-card'), answers: treating(200), otherMunicipality: 404, audit: ofOnA('read', 'medicine_card') },
  { method: 'GET', route: '/api/drug-catalogue', url: () => '/api/drug-catalogue', answers: everyone(200), audit: 'none' },
  { method: 'POST', route: '/api/citizens/:citizenId/medicine-lines', url: onA('medicine-lines'), body: () => lineBody, answers: qualified(201), otherMunicipality: 404 },
  {
    method: 'PATCH', route: '/api/citizens/:citizenId/medicine-lines/:lineId', url: line(),
    body: () => ({ ...lineBody, version: 1, reason: 'Ny ordination fra lægen' }), answers: qualified(200), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/medicine-lines/:lineId/status', url: line('/status'),
    body: () => ({ version: 1, action: 'pause', reason: 'Indlagt på hospitalet' }), answers: qualified(200), otherMunicipality: 404,
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId/medicine-lines/:lineId/versions', url: line('/versions'), answers: treating(200), otherMunicipality: 404,
    audit: ofOnA('read', 'medicine_line'),
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/medicine-lines/:lineId/tapering', url: line('/tapering'),
    body: () => ({ version: 1, steps: [{ fromDate: '2026-02-01', dose: 50 }, { fromDate: '2026-02-15', dose: 25 }] }), answers: qualified(200), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/medicine-observations', url: onA('medicine-observations'),
    body: (f) => ({ lineId: f.medicineLineId, kind: 'effect', text: 'Sov roligt hele natten', observedAt: '2026-03-01T06:00:00Z' }), answers: treating(201), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/citizens/:citizenId/medicine-observations/:observationId/doctor-contact',
    url: (f) => onA(`medicine-observations/${f.medicineObservationId}/doctor-contact`)(f),
    body: () => ({ contactedAt: '2026-03-02T09:00:00Z', note: 'Lægen sætter dosis ned' }), answers: treating(200), otherMunicipality: 404,
  },
  { method: 'GET', route: '/api/facilities/:id/medication', url: (f) => `/api/facilities/${f.units.facility1}/medication`, answers: facilityReaders, otherMunicipality: 404, audit: 'none' },
  {
    method: 'PATCH', route: '/api/facilities/:id/medication-settings', url: (f) => `/api/facilities/${f.units.facility1}/medication-settings`,
    body: () => ({ pnWindow: 'calendar_day', pnReviewDoses: 8, pnReviewDays: 7, effectReminderMinutes: 45, lateAfterMinutes: 30 }),
    answers: { others: 403, leaderOfCitizensFacility: 200 }, otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/users/:userId/qualifications', url: (f) => `/api/users/${f.users.staff.id}/qualifications`,
    body: () => ({ qualification: 'nurse' }), answers: leadersOfStaff(201), otherMunicipality: 404,
  },
  {
    method: 'POST', route: '/api/users/:userId/qualifications/:qualificationId/revoke',
    url: (f) => `/api/users/${f.users.staff.id}/qualifications/${f.medicineQualificationId}/revoke`, answers: leadersOfStaff(200), otherMunicipality: 404,
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** onA's quetiapin line (fixed, version 1). */
    medicineLineId: string;
    /** A serious side effect on that line, awaiting a doctor contact. */
    medicineObservationId: string;
    /** The medicine course of the world's staff member (unit A): the only one allowed to change cards. */
    medicineQualificationId: string;
  }
}

/** onA's medicine card with one fixed line and its first version, a serious side effect, and the staff member's medicine course. */
export const accessFixture = async (db: Db, w: World) => {
  const m = w.municipalityId;
  const staff = w.users.staff.id;
  const one = async (sql: string, params: unknown[]) => (await db.query<{ id: string }>(sql, params))[0].id;
  const medicineQualificationId = await one(
    `INSERT INTO user_qualifications (municipality_id, user_id, qualification, granted_by) VALUES ($1, $2, 'medicine_course', $3) RETURNING id`,
    [m, staff, w.users.unitLeader.id],
  );
  const medicineLineId = await one(
    `INSERT INTO medicine_lines (municipality_id, citizen_id, kind, generic_name, atc_code, form, strength, dose_unit, single_dose, schedule, daily_dose,
       indication, prescriber, start_date, created_by, updated_by)
     VALUES ($1, $2, 'fixed', 'quetiapin', 'N05AH04', 'tablet', '25 mg', 'stk', 2, '[{"time":"08:00","dose":2},{"time":"22:00","dose":2}]', 4,
       'mod psykotiske symptomer', 'Psykiatrisk afd. Aarhus', '2026-01-01', $3, $3) RETURNING id`,
    [m, w.citizens.onA, staff],
  );
  await db.query(
    `INSERT INTO medicine_line_versions (municipality_id, line_id, version, change, line, changed_by)
     SELECT $1, x.id, 1, 'created', to_jsonb(x), $3 FROM (${lineSnapshot('l.municipality_id = $1 AND l.id = $2')}) x`,
    [m, medicineLineId, staff],
  );
  const medicineObservationId = await one(
    `INSERT INTO medicine_observations (municipality_id, citizen_id, line_id, kind, severity, text, observed_at, created_by)
     VALUES ($1, $2, $3, 'side_effect', 'serious', 'Besvimede ved morgenmaden', '2026-03-01T08:30:00Z', $4) RETURNING id`,
    [m, w.citizens.onA, medicineLineId, staff],
  );
  return { medicineLineId, medicineObservationId, medicineQualificationId };
};
