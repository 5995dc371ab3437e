import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { pdfText } from '../../../../test/pdf.js';
import { lastAudit } from '../../../../test/audit.js';

const env = useTestApp({ worlds: 2 });

async function addGoal(title: string) {
  const [condition] = await env.db.query<{ code: string }>(`SELECT code FROM ffb_concepts WHERE display = 'Spise'`);
  const staff = await login(env.app, env.w.users.staff.username);
  const res = await staff.post(`/api/citizens/${env.w.citizens.onA}/goals`, {
    title,
    whatMatters: 'At kunne klare morgenen selv, så jeg når bussen.',
    ffbConditionCode: condition.code,
    goalTypeCode: 'd41c8072-52f8-42b5-9375-ddbea454d27f',
    targetLevelCode: '8328ce4a-6238-4f73-bf1a-74aadb68eff8',
    startDate: '2026-01-05',
    subGoals: [{ text: 'Smøre madpakke', dueDate: '2026-02-01', successCriterion: 'Smurt selv fem dage i træk' }],
    actions: [{ text: 'Øve tre morgener om ugen', responsible: 'Kontaktperson' }],
  });
  expect(res.statusCode).toBe(201);
}

describe('the plan as a PDF', () => {
  it('holds each goal in the citizen’s own words, with steps, and is audited as an export', async () => {
    await addGoal('Jeg vil selv smøre min madpakke');
    const staff = await login(env.app, env.w.users.staff.username);
    const res = await staff.get(`/api/citizens/${env.w.citizens.onA}/plan.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="borgerens-plan-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.rawPayload);
    for (const expected of ['Borgerens plan', 'Anna Andersen', 'Jeg vil selv smøre min madpakke', 'Egenomsorg', 'Spise', 'Smøre madpakke', 'Smurt selv fem dage i træk', 'Øve tre morgener om ugen']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('1230'); // never the CPR serial
    const row = await lastAudit(env.db, env.w.users.staff.id);
    expect(row).toMatchObject({ action: 'export', entity: 'plan_pdf', citizen_ids: [env.w.citizens.onA] });
  });

  it('is refused outside the plan’s readers: 404 for another unit or municipality', async () => {
    const other = await login(env.app, env.w.users.staffB.username);
    expect((await other.get(`/api/citizens/${env.w.citizens.onA}/plan.pdf`)).statusCode).toBe(404);
    const staff = await login(env.app, env.w.users.staff.username);
    expect((await staff.get(`/api/citizens/${env.other.citizens.onA}/plan.pdf`)).statusCode).toBe(404);
  });
});
