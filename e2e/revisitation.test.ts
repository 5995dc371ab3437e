/**
 * Re-visitation in Chromium (issue 14): a staff member where the citizen lives opens the citizen's
 * record, reports that the citizen's needs have changed — refused first without a text, then sent —
 * and the record says the case worker has been told; the case worker sees the report under
 * Henvisninger with a button that opens the new referral. The case worker's own view of the record
 * has no such button. axe-core on the record and the form; screenshots at 1280 and 800 wide into
 * scratch/ (not committed) for review.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiLogin } from './api-client.js';
import { DEMO_PASSWORD, expectAccessible, expectTouchTargets, loginUi, newContext, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();
const CHANGED = 'Er faldet to gange om natten i denne uge og har brug for hjælp til toiletbesøg om natten.';

/** For review: scratch/<name>-<width>.png at each width, the height kept. */
async function review(page: Page, name: string) {
  mkdirSync('scratch', { recursive: true });
  const { height } = page.viewportSize()!;
  for (const width of [1280, 800]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `scratch/revisitation-${name}-${width}.png` });
  }
}

/** A citizen both assigned to the case worker and living where `username` works (staff first, else the facility's leader). */
async function sharedCitizen(url: string): Promise<{ username: string; citizen: { id: string; name: string } }> {
  const ids = async (username: string) => ((await (await apiLogin(url, username, DEMO_PASSWORD)).get('/api/citizens?limit=500')).json.data as Array<{ id: string; name: string }>);
  const assigned = new Set((await ids('sagsbehandler')).map((c) => c.id));
  for (const username of ['medarbejder', 'leder']) {
    const citizen = (await ids(username)).find((c) => assigned.has(c.id));
    if (citizen) return { username, citizen };
  }
  throw new Error('the demo has no citizen of the case worker at Lærkehøj');
}

describe('re-visitation: changed needs reported from the citizen record', () => {
  it('staff report changed needs from the record; the case worker sees the report and may answer it', async () => {
    const { username, citizen } = await sharedCitizen(env.server.url);
    const context = await newContext(env.browser, 1280, 900, true);
    const page = await context.newPage();
    await loginUi(page, env.server.url, username);
    await page.goto(`${env.server.url}/borgere/${citizen.id}`);
    await page.getByRole('heading', { level: 1, name: citizen.name }).waitFor();
    const open = page.getByRole('button', { name: 'Meld ændrede behov' });
    await open.waitFor();
    await expectAccessible(page, 'Borger med Meld ændrede behov');
    await expectTouchTargets(page, 'Borger med Meld ændrede behov');
    await review(page, 'borger');

    await page.setViewportSize({ width: 800, height: 900 });
    await open.click();
    const dialog = page.getByRole('dialog', { name: `Meld ændrede behov for ${citizen.name}` });
    const field = dialog.getByLabel('Hvad har ændret sig?');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, 'Meld ændrede behov');
    await review(page, 'formular');
    // Without a text: the server's message at the field, nothing sent.
    await dialog.getByRole('button', { name: 'Send til sagsbehandleren' }).click();
    await dialog.getByText('Skriv hvad der har ændret sig i borgerens behov.').first().waitFor();
    await expectAccessible(page, 'Meld ændrede behov: fejl');
    await review(page, 'formular-fejl');
    await field.fill(CHANGED);
    await dialog.getByRole('button', { name: 'Send til sagsbehandleren' }).click();
    await page.getByText(/^Sendt\. Sagsbehandleren \(Camilla Nørgaard\) har fået besked/).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Meld ændrede behov');
    await review(page, 'sendt');
    // Later: the record says a report is waiting, and the form shows it before a second one is sent.
    await page.reload();
    await page.getByText(/^Ændrede behov meldt .* af .* – venter på sagsbehandleren\.$/).waitFor();
    await expectAccessible(page, 'Borger med ventende revisitation');
    await review(page, 'venter');
    await open.click();
    await dialog.getByText('Der er allerede meldt ændrede behov').waitFor();
    await dialog.getByText(CHANGED).waitFor();
    await review(page, 'formular-venter');
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await context.close();

    // The case worker: the report among those to answer; no report button on the record.
    const caseWorkerContext = await newContext(env.browser, 1280, 900, false);
    const cw = await caseWorkerContext.newPage();
    await loginUi(cw, env.server.url, 'sagsbehandler');
    await cw.getByRole('link', { name: 'Henvisninger' }).click();
    const reports = cw.getByRole('region', { name: 'Revisitation: borgere med ændrede behov' });
    const item = reports.getByRole('listitem').filter({ hasText: CHANGED });
    await item.waitFor();
    await item.getByText(citizen.name, { exact: true }).waitFor();
    await expectAccessible(cw, 'Henvisninger med revisitation');
    await item.getByRole('link', { name: `Opret ny henvisning for ${citizen.name}` }).click();
    await cw.getByRole('heading', { level: 1, name: 'Ny henvisning' }).waitFor();
    await cw.goto(`${env.server.url}/borgere/${citizen.id}`);
    await cw.getByRole('heading', { level: 1, name: citizen.name }).waitFor();
    expect(await cw.getByRole('button', { name: 'Meld ændrede behov' }).count()).toBe(0);
    await caseWorkerContext.close();
  });
});
