import { everyone, ofOnA, readRecord, type Case } from '../../../../test/route-cases.js';
import type { Db } from '../../db/index.js';
import type { World } from '../../../../test/world.js';

/**
 * Exports as jobs: anyone signed in may ask (the kind's read decides what it holds); only the
 * requester (staff, in the fixture) follows and downloads theirs. Rows of the route × audience
 * matrix (test/route-cases.ts explains them).
 */
export const accessCases: Case[] = [
  { method: 'POST', route: '/api/exports', url: () => '/api/exports', body: () => ({ kind: 'citizen_list', params: {} }), answers: everyone(202) },
  { method: 'GET', route: '/api/exports', url: () => '/api/exports', answers: everyone(200), audit: 'none' },
  {
    method: 'GET', route: '/api/exports/:exportId', url: (f) => `/api/exports/${f.exportId}`, answers: { others: 404, staffOfCitizensUnit: 200 },
    otherMunicipality: 404, audit: 'none',
  },
  {
    method: 'GET', route: '/api/exports/:exportId/file', url: (f) => `/api/exports/${f.exportId}/file`, answers: { others: 404, staffOfCitizensUnit: 200 },
    otherMunicipality: 404, audit: ofOnA('read', 'export_file'),
  },
  // Status reports (features/plans/status-report*.ts): listed and opened on the citizen by those
  // treating onA and its assigned case worker, whoever made them.
  {
    method: 'GET', route: '/api/citizens/:citizenId/status-reports', url: (f) => `/api/citizens/${f.citizens.onA}/status-reports`,
    answers: readRecord, otherMunicipality: 404, audit: ofOnA('read', 'status_report_list'),
  },
  {
    method: 'GET', route: '/api/citizens/:citizenId/status-reports/:reportId/file',
    url: (f) => `/api/citizens/${f.citizens.onA}/status-reports/${f.statusReportId}/file`,
    answers: readRecord, otherMunicipality: 404, audit: ofOnA('read', 'status_report_file'),
  },
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A finished export of staff's, holding onA. */
    exportId: string;
    /** A finished status report of onA's, made by staff. */
    statusReportId: string;
  }
}

/** A finished export of staff's, holding onA. */
export const accessFixture = async (db: Db, w: World) => {
  const [exported] = await db.query<{ id: string }>(
    `INSERT INTO export_jobs (municipality_id, requested_by, kind, status, progress, citizen_ids, file_name, content_type, file, finished_at)
     VALUES ($1, $2, 'citizen_list', 'done', 100, ARRAY[$3::uuid], 'mine-borgere.xlsx', 'application/octet-stream', '\\x00'::bytea, now()) RETURNING id`,
    [w.municipalityId, w.users.staff.id, w.citizens.onA],
  );
  const [report] = await db.query<{ id: string }>(
    `INSERT INTO export_jobs (municipality_id, requested_by, kind, params, status, progress, citizen_ids, file_name, content_type, file, finished_at, expires_at)
     VALUES ($1, $2, 'status_report', $4, 'done', 100, ARRAY[$3::uuid], 'statusrapport.pdf', 'application/pdf', '\\x00'::bytea, now(), now() + interval '1 year') RETURNING id`,
    [w.municipalityId, w.users.staff.id, w.citizens.onA, JSON.stringify({ citizenId: w.citizens.onA, from: '2026-01-01', to: '2026-06-30' })],
  );
  return { exportId: exported.id, statusReportId: report.id };
};
