import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { startJobs } from '../../jobs/index.js';
import { jobDefinitions } from '../../jobs/registry.js';
import { citizenListXlsx } from '../citizens/export.routes.js';
import { runExportJob } from './job.js';

const env = useTestApp({ worlds: 2 });
const silent = () => {};

/** The names in the sheet's first column, under its header row, as exceljs reads the file back. */
async function namesInSheet(body: Buffer): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ExcelJS.Buffer); // exceljs declares a Buffer type of its own
  const rows: unknown[] = [];
  book.getWorksheet('Mine borgere')!.eachRow((row) => rows.push(row.getCell(1).value));
  expect(rows[0]).toBe('Navn');
  return (rows.slice(1) as string[]).sort();
}

/** Asks for Mine borgere as a job; the answer's export id. */
async function ask(client: Client, params: object = {}): Promise<string> {
  const res = await client.post('/api/exports', { kind: 'citizen_list', params });
  expect(res.statusCode, res.body).toBe(202);
  expect(res.json()).toEqual({ id: expect.any(String), status: 'queued' });
  return res.json().id;
}

/** Runs the export job as the queue would, for the world's municipality. */
const run = (exportId: string, municipalityId = env.w.municipalityId) => runExportJob(env.db, { municipalityId, exportId }, silent);

const auditRows = (entity: string, userId: string) =>
  env.db.query<{ action: string; entity_id: string | null; citizen_ids: string[]; xmin: string; ip: string | null }>(
    'SELECT action, entity_id, citizen_ids::text[] AS citizen_ids, xmin::text AS xmin, ip FROM audit_log WHERE entity = $1 AND user_id = $2 ORDER BY id',
    [entity, userId],
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Mine borgere as an export job', () => {
  it('is read in the requester’s name and audited in the read’s transaction, moves on in steps, and gives a spreadsheet to download', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const listed = (await leader.get('/api/citizens')).json().data.map((c: { id: string }) => c.id).sort();
    const id = await ask(leader);

    const waiting = (await leader.get(`/api/exports/${id}`)).json();
    expect(waiting).toMatchObject({ id, kind: 'citizen_list', status: 'queued', progress: 0, fileName: null, downloadUrl: null });
    expect((await leader.get(`/api/exports/${id}/file`)).statusCode).toBe(409);
    expect(await auditRows('citizen_list', env.w.users.facilityLeader.id)).toHaveLength(1); // only the list read above

    // While the file is being made, the read is committed: progress 50, in the transaction of its audit row.
    let atRender: { progress: number; status: string; xmin: string } | undefined;
    const render = citizenListXlsx.render.bind(citizenListXlsx);
    vi.spyOn(citizenListXlsx, 'render').mockImplementation(async (data) => {
      [atRender] = await env.db.query(`SELECT progress, status, xmin::text AS xmin FROM export_jobs WHERE id = $1`, [id]);
      return render(data);
    });
    await run(id);

    const [, exported] = await auditRows('citizen_list', env.w.users.facilityLeader.id);
    expect(exported).toMatchObject({ action: 'export', ip: expect.any(String) });
    expect([...exported.citizen_ids].sort()).toEqual(listed);
    expect(atRender).toEqual({ progress: 50, status: 'running', xmin: exported.xmin });

    const done = (await leader.get(`/api/exports/${id}`)).json();
    expect(done).toMatchObject({ status: 'done', progress: 100, error: null, downloadUrl: `/api/exports/${id}/file` });
    expect(done.fileName).toMatch(/^mine-borgere-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const file = await leader.get(done.downloadUrl);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${done.fileName}"`);
    expect(file.headers['cache-control']).toBe('no-store');
    expect(await namesInSheet(file.rawPayload)).toEqual(['Anna Andersen', 'Bent Bertelsen']);
    const [download] = await auditRows('export_file', env.w.users.facilityLeader.id);
    expect(download).toMatchObject({ action: 'read', entity_id: id });
    expect([...download.citizen_ids].sort()).toEqual(listed);

    expect((await leader.get('/api/exports')).json().data.map((e: { id: string }) => e.id)).toContain(id);
  });

  it('is its requester’s alone: another user, or another municipality’s, finds neither the export nor its file', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const id = await ask(staff);
    await run(id);
    expect((await staff.get(`/api/exports/${id}/file`)).statusCode).toBe(200);

    const colleague = await login(env.app, env.w.users.unitLeader.username);
    const neighbour = await login(env.app, env.other.users.staff.username);
    for (const other of [colleague, neighbour]) {
      expect((await other.get(`/api/exports/${id}`)).statusCode).toBe(404);
      expect((await other.get(`/api/exports/${id}/file`)).statusCode).toBe(404);
      expect((await other.get('/api/exports')).json().data.map((e: { id: string }) => e.id)).not.toContain(id);
    }
    expect(await auditRows('export_file', env.w.users.unitLeader.id)).toEqual([]);
    expect(await auditRows('export_file', env.other.users.staff.id)).toEqual([]);
    // A job run under the wrong municipality finds nothing to do.
    await run(id, env.other.municipalityId);
  });

  it('answers 410 for a file past its time, and says so in its status', async () => {
    const staff = await login(env.app, env.w.users.staffB.username);
    const id = await ask(staff);
    await run(id);
    await env.db.query(`UPDATE export_jobs SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    expect((await staff.get(`/api/exports/${id}`)).json()).toMatchObject({ status: 'expired', downloadUrl: null });
    const res = await staff.get(`/api/exports/${id}/file`);
    expect(res.statusCode).toBe(410);
    expect(res.json().error.code).toBe('expired');
  });

  it('marks a failed render failed with a reason and no file, and audits no download', async () => {
    const leader = await login(env.app, env.w.users.unitLeader.username);
    const id = await ask(leader);
    vi.spyOn(citizenListXlsx, 'render').mockRejectedValue(new Error('disk full'));
    const logged: unknown[] = [];
    await runExportJob(env.db, { municipalityId: env.w.municipalityId, exportId: id }, (_level, msg, detail) => logged.push([msg, detail]));

    const failed = (await leader.get(`/api/exports/${id}`)).json();
    expect(failed).toMatchObject({ status: 'failed', fileName: null, downloadUrl: null, error: expect.stringMatching(/kunne ikke laves/) });
    const [row] = await env.db.query<{ file: unknown; content_type: unknown }>('SELECT file, content_type FROM export_jobs WHERE id = $1', [id]);
    expect(row).toEqual({ file: null, content_type: null });
    expect((await leader.get(`/api/exports/${id}/file`)).statusCode).toBe(409);
    expect(logged).toEqual([['export failed', { kind: 'citizen_list', exportId: id, error: 'disk full' }]]);
    // Run again (a redelivered job): a finished export is not taken up again.
    vi.restoreAllMocks();
    await run(id);
    expect((await leader.get(`/api/exports/${id}`)).json().status).toBe('failed');
  });

  it('reads with the requester’s access as it is when the job runs: a unit left meanwhile fails the export, unread and unaudited', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const id = await ask(staff, { unitId: env.w.units.unitA });
    const before = await auditRows('citizen_list', env.w.users.staff.id);
    await env.db.query('UPDATE user_roles SET org_unit_id = $1 WHERE user_id = $2', [env.w.units.unitC, env.w.users.staff.id]);
    try {
      await run(id);
    } finally {
      await env.db.query('UPDATE user_roles SET org_unit_id = $1 WHERE user_id = $2', [env.w.units.unitA, env.w.users.staff.id]);
    }
    expect((await staff.get(`/api/exports/${id}`)).json()).toMatchObject({
      status: 'failed', progress: 10, error: 'Du kan kun vise borgerne på dine egne afdelinger.',
    });
    expect(await auditRows('citizen_list', env.w.users.staff.id)).toEqual(before);
  });
});

describe('asking for an export', () => {
  it('refuses an unknown kind, bad params and another unit’s filter with 400 and field messages, queueing nothing', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const [{ n: before }] = await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM export_jobs');
    const cases: Array<[unknown, string]> = [
      [{ kind: 'journal_dump', params: {} }, 'kind'],
      [{ params: {} }, 'kind'],
      [{ kind: 'citizen_list', params: { limit: 0 } }, 'params.limit'],
      [{ kind: 'citizen_list', params: { q: '0103851230' } }, 'params.q'],
      [{ kind: 'citizen_list', params: { colour: 'red' } }, 'params.colour'],
      [{ kind: 'citizen_list', params: { unitId: env.w.units.unitC } }, 'params.unitId'],
    ];
    for (const [body, field] of cases) {
      const res = await staff.post('/api/exports', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields, JSON.stringify(body)).toHaveProperty([field]);
    }
    expect((await staff.post('/api/exports', { kind: 'journal_dump' })).json().error.fields.kind).toBe('Ukendt slags eksport.');
    expect((await staff.get('/api/exports/not-a-uuid')).statusCode).toBe(400);
    expect((await staff.get('/api/exports/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM export_jobs'))[0].n).toBe(before);
  });

  it('lets a user have at most 3 exports waiting or running (429), and another once one is done', async () => {
    const consultant = await login(env.app, env.w.users.consultant.username);
    const ids = [await ask(consultant), await ask(consultant), await ask(consultant)];
    const fourth = await consultant.post('/api/exports', { kind: 'citizen_list', params: {} });
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json().error.code).toBe('too_many_exports');
    // Someone else is not held back by it.
    await ask(await login(env.app, env.w.users.centerManager.username));
    await run(ids[0]);
    await ask(consultant);
  });
});

describe('the export job through the queue', () => {
  it('is sent by the request and run by a worker of pg-boss', async () => {
    const jobs = await startJobs(env.db, jobDefinitions({ retention: { auditMonths: 12 } }), { log: silent, pollingIntervalSeconds: 1 });
    try {
      await env.app.jobs.attach(jobs);
      const caseWorker = await login(env.app, env.w.users.caseWorker.username);
      const id = await ask(caseWorker);
      await vi.waitFor(async () => expect((await caseWorker.get(`/api/exports/${id}`)).json().status).toBe('done'), { timeout: 20_000, interval: 200 });
      expect(await namesInSheet((await caseWorker.get(`/api/exports/${id}/file`)).rawPayload)).toEqual(['Anna Andersen']);
    } finally {
      await jobs.stop();
    }
  });
});
