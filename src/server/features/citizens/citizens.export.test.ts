import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';

const env = useTestApp({ worlds: 2 });
const NOTE = 'Anna sov dårligt og ville ikke spise morgenmad';

/** The sheet's cells, row by row, as exceljs reads the file back (dates as Dates). */
async function readSheet(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ExcelJS.Buffer); // exceljs declares a Buffer type of its own
  expect(book.worksheets.map((s) => s.name)).toEqual(['Mine borgere']);
  const rows: unknown[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

beforeAll(async () => {
  const { municipalityId: m, citizens, users } = env.w;
  const [area] = await env.db.query<{ code: string }>(
    `SELECT code FROM ffb_concepts WHERE parent_code = '93433530-b85c-4d04-a4fb-5ae26cf16f1c' ORDER BY sort_order LIMIT 1`,
  );
  // A follow-up long past (overdue) for Anna, one far ahead for Bent; a journal note on Anna.
  for (const [citizen, next] of [[citizens.onA, '2026-01-10'], [citizens.onB, '2099-06-01']]) {
    await env.db.query(
      `INSERT INTO goals (municipality_id, citizen_id, title, ffb_area_code, goal_type_code, target_level_code, start_date, next_follow_up_date, created_by)
       VALUES ($1, $2, 'Jeg vil selv handle ind', $3, 'd41c8072-52f8-42b5-9375-ddbea454d27f', '8328ce4a-6238-4f73-bf1a-74aadb68eff8', '2025-12-01', $4, $5)`,
      [m, citizen, area.code, next, users.staff.id],
    );
  }
  await env.db.query(`INSERT INTO journal_notes (municipality_id, citizen_id, author_id, body) VALUES ($1, $2, $3, $4)`, [m, citizens.onA, users.staff.id, NOTE]);
});

describe('Mine borgere as a spreadsheet', () => {
  it('holds the list’s citizens under Danish headers, without journal text or CPR, and is audited as an export', async () => {
    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const listed = (await leader.get('/api/citizens')).json().data.map((c: { id: string }) => c.id);
    const res = await leader.get('/api/citizens/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="mine-borgere-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    expect(res.headers['cache-control']).toBe('no-store');

    const [header, ...rows] = await readSheet(res.rawPayload);
    expect(header).toEqual(['Navn', 'Alder', 'Afdeling', 'Tilbud', 'Næste opfølgning', 'Overskredet']);
    const byName = Object.fromEntries(rows.map((r) => [r[0], r]));
    expect(Object.keys(byName).sort()).toEqual(['Anna Andersen', 'Bent Bertelsen']);
    expect(byName['Anna Andersen'].slice(2)).toEqual(['Afdeling A', 'Bostedet Lærkehøj', new Date('2026-01-10T00:00:00Z'), 'Ja']);
    expect(byName['Bent Bertelsen'][5]).toBe('Nej');
    expect(typeof byName['Anna Andersen'][1]).toBe('number');

    // The leader reads Anna's journal, yet a spreadsheet never carries it; nor any CPR digits.
    const cells = JSON.stringify(rows);
    expect(cells).not.toContain('morgenmad');
    expect(cells).not.toMatch(/0[1-4]0385/);

    const exported = await lastAudit(env.db, env.w.users.facilityLeader.id);
    expect(exported).toMatchObject({ action: 'export', entity: 'citizen_list', detail: { format: 'xlsx', rows: 2 } });
    expect([...exported.citizen_ids].sort()).toEqual([...listed].sort());
  });

  it('follows the list’s scope and filters: a case worker gets the assigned citizen, a unit filter narrows', async () => {
    const caseWorker = await login(env.app, env.w.users.caseWorker.username);
    const res = await caseWorker.get('/api/citizens/export.xlsx');
    expect(res.statusCode).toBe(200);
    const [, ...rows] = await readSheet(res.rawPayload);
    expect(rows.map((r) => r[0])).toEqual(['Anna Andersen']);
    expect(JSON.stringify(rows)).not.toContain('morgenmad');
    expect(await lastAudit(env.db, env.w.users.caseWorker.id)).toMatchObject({ action: 'export', entity: 'citizen_list', citizen_ids: [env.w.citizens.onA] });

    const leader = await login(env.app, env.w.users.facilityLeader.username);
    const unitB = await leader.get(`/api/citizens/export.xlsx?unitId=${env.w.units.unitB}&q=bent`);
    expect((await readSheet(unitB.rawPayload)).slice(1).map((r) => r[0])).toEqual(['Bent Bertelsen']);
    expect(await lastAudit(env.db, env.w.users.facilityLeader.id)).toMatchObject({
      action: 'export', citizen_ids: [env.w.citizens.onB], detail: { q: 'bent', unitId: env.w.units.unitB },
    });
  });

  it('refuses another unit’s filter and a whole CPR number in the address, with nothing exported', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const before = await lastAudit(env.db, env.w.users.staff.id);
    const res = await staff.get(`/api/citizens/export.xlsx?unitId=${env.w.units.unitC}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.unitId).toBeTruthy();
    expect((await staff.get('/api/citizens/export.xlsx?q=0103851230')).statusCode).toBe(400);
    expect(await lastAudit(env.db, env.w.users.staff.id)).toEqual(before);
  });
});
