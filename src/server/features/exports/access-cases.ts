import { everyone, ofOnA, type Case } from '../../../../test/route-cases.js';
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
];

declare module '../../../../test/route-cases.js' {
  interface Fixture {
    /** A finished export of staff's, holding onA. */
    exportId: string;
  }
}

/** A finished export of staff's, holding onA. */
export const accessFixture = async (db: Db, w: World) => {
  const [exported] = await db.query<{ id: string }>(
    `INSERT INTO export_jobs (municipality_id, requested_by, kind, status, progress, citizen_ids, file_name, content_type, file, finished_at)
     VALUES ($1, $2, 'citizen_list', 'done', 100, ARRAY[$3::uuid], 'mine-borgere.xlsx', 'application/octet-stream', '\\x00'::bytea, now()) RETURNING id`,
    [w.municipalityId, w.users.staff.id, w.citizens.onA],
  );
  return { exportId: exported.id };
};
