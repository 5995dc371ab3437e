/**
 * Statusrapport in Chromium: a facility leader makes a status report for a citizen from the plan's
 * follow-ups; the case worker assigned to that citizen opens the citizen, finds the report on its
 * Statusrapporter tab and downloads it — a real PDF naming the citizen. axe-core checks both views.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../test/pdf.js';
import { apiLogin } from './api-client.js';
import { DEMO_PASSWORD, expectAccessible, loginUi, newContext, shot, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();

/** A citizen the case worker is assigned to and the leader treats (the demo assigns a sample across facilities). */
async function sharedCitizen(): Promise<{ id: string; name: string; goalTitle: string }> {
  const caseWorker = await apiLogin(env.server.url, 'sagsbehandler', DEMO_PASSWORD);
  const leader = await apiLogin(env.server.url, 'leder', DEMO_PASSWORD);
  const assigned = (await caseWorker.get('/api/citizens')).json.data as Array<{ id: string; name: string }>;
  for (const c of assigned) {
    const res = await leader.get(`/api/citizens/${c.id}`);
    if (res.status === 200 && res.json.data.abilities.makeStatusReport) {
      const goals = (await leader.get(`/api/citizens/${c.id}/goals`)).json.data as Array<{ title: string; status: string }>;
      // A goal still open, whose title the PDF's standard font writes letter for letter (latin1).
      const goal = goals.find((g) => g.status === 'active' && /^[\x20-\x7e\xa0-\xff]+$/.test(g.title));
      if (goal) return { ...c, goalTitle: goal.title };
    }
  }
  throw new Error('the demo has no citizen both leder treats and sagsbehandler is assigned to');
}

describe('a status report to the case worker', () => {
  it('leader makes it for a period; the assigned case worker opens the citizen and downloads it', async () => {
    const citizen = await sharedCitizen();

    const context = await newContext(env.browser);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'leder');
    await page.goto(`${env.server.url}/borgere/${citizen.id}`);
    await page.getByRole('link', { name: 'Statusrapporter' }).click();
    await page.getByRole('heading', { name: 'Ny statusrapport' }).waitFor();
    await page.getByRole('button', { name: 'Lav statusrapport' }).click();
    const made = page.getByRole('link', { name: /^Åbn statusrapport/ });
    await made.waitFor({ timeout: 30_000 });
    await expect(page.getByRole('table').getByRole('cell', { name: 'Lene Bach' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'Statusrapporter (leder)');
    await shot(page, 'statusrapport-leder-desktop');
    await context.close();

    const cwContext = await newContext(env.browser, 768, 1024, true);
    const cw = await cwContext.newPage();
    await loginUi(cw, env.server.url, 'sagsbehandler');
    await cw.getByRole('main').getByRole('link', { name: citizen.name }).first().click();
    await cw.getByRole('link', { name: 'Statusrapporter' }).click();
    await cw.getByRole('heading', { name: 'Lavede statusrapporter' }).waitFor();
    // The case worker reads but does not make status reports.
    await expect(cw.getByRole('button', { name: 'Lav statusrapport' }).count()).resolves.toBe(0);
    const link = cw.getByRole('link', { name: /^Åbn statusrapport/ });
    await link.waitFor();
    await expectAccessible(cw, 'Statusrapporter (sagsbehandler)');
    await shot(cw, 'statusrapport-sagsbehandler-tablet');
    const [download] = await Promise.all([cw.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^statusrapport-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(readFileSync((await download.path())!));
    expect(text).toContain('Statusrapport');
    expect(text).toContain(citizen.name);
    expect(text).toContain('Lene Bach, Tilbudsleder');
    expect(text).toContain(citizen.goalTitle);
    await cwContext.close();
  });
});
