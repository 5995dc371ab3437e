/**
 * Use of force in Chromium at tablet width: a social educator (medarbejder, Afdeling Bøgen) writes a
 * Skema 1 report on a citizen — refused first for the required fields — then the facility leader
 * (leder) finds it on Magtanvendelse, adds the statement and forwards it, and downloads the PDF,
 * which is opened and checked. axe-core checks every page; screenshots at tablet and desktop width.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../test/pdf.js';
import { expectAccessible, expectTouchTargets, loginUi, newContext, openCitizenTab, shotAt, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();
const SITUATION = 'Borgeren slog ud efter en anden beboer ved aftensmaden og ville ikke gå fra.';

describe('a use-of-force report from the floor to the inspectorate', () => {
  it('staff write a Skema 1 report; the leader states, forwards and downloads the PDF', async () => {
    const context = await newContext(env.browser, 768, 1024, true);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder');
    const name = await openCitizenTab(page, 'Magtanvendelse');
    await page.getByRole('heading', { name: 'Indberetninger af magtanvendelse' }).waitFor();
    await expectAccessible(page, 'Magtanvendelse (borger)');
    await shotAt(page, 'magtanvendelse-fane-tablet', 768);

    await page.getByRole('link', { name: 'Ny indberetning' }).click();
    await page.getByRole('heading', { name: 'Ny indberetning af magtanvendelse' }).waitFor();
    await page.getByText(/^Skema 1: Akutte indgreb\. Handicapområdet/).waitFor();
    // Sent without the required fields: the form's own messages, field by field.
    await page.getByRole('button', { name: 'Indberet til leder' }).click();
    await page.getByText('Vælg mindst ét indgreb.').first().waitFor();
    await page.getByText('Udfyld “Beskrivelse af situationen før og under indgrebet”.').first().waitFor();
    await expectAccessible(page, 'Ny indberetning: fejl');
    await page.getByLabel('Fastholde, tilbageholde eller føre en person tilbage til egen bolig eller til et andet opholdsrum (§ 124 d, stk. 2)').check();
    await page.getByLabel(/^Varighed \(minutter\)/).fill('3');
    await page.getByLabel(/^Beskrivelse af situationen/).fill(SITUATION);
    await page.getByLabel(/^Hvad blev forsøgt først/).fill('Rolig tale, afstand og tilbud om at spise i egen lejlighed.');
    await page.getByLabel(/^Hvem deltog/).fill('Mette Jensen og en kollega fra aftenvagten.');
    await page.getByLabel(/^Skader på borgeren/).fill('Ingen');
    await shotAt(page, 'magtanvendelse-ny-tablet', 768);
    await page.getByRole('button', { name: 'Indberet til leder' }).click();
    await page.getByText('Indberetningen er registreret og sendt til lederen.').waitFor();
    await page.getByText(SITUATION).waitFor();
    await page.getByText('Lederen har endnu ikke afgivet udtalelse.').waitFor();
    await expectAccessible(page, 'Indberetning (medarbejder)');
    await expectTouchTargets(page, 'Indberetning (medarbejder)');
    await context.close();

    const leaderContext = await newContext(env.browser, 768, 1024, true);
    const leader = await leaderContext.newPage();
    await loginUi(leader, env.server.url, 'leder');
    await leader.goto(`${env.server.url}/magtanvendelse`);
    await leader.getByRole('heading', { level: 1, name: 'Magtanvendelse' }).waitFor();
    const row = leader.getByRole('row').filter({ hasText: name }).filter({ hasText: 'Afventer leder' }).filter({ hasText: 'Mette Jensen' }).first();
    await row.waitFor();
    await leader.getByText('Overskredet', { exact: true }).first().waitFor(); // the demo's overdue report
    await expectAccessible(leader, 'Magtanvendelse (leder)');
    await shotAt(leader, 'magtanvendelse-leder-tablet', 768);
    await row.getByRole('link').first().click();
    await leader.getByText(SITUATION).waitFor();
    await leader.getByLabel('Din udtalelse').fill('Indgrebet var nødvendigt for at beskytte den anden beboer. Vi følger op på spisesituationen.');
    await leader.getByRole('button', { name: 'Videresend til handlekommune og socialtilsyn' }).click();
    await leader.getByText('Indberetningen er videresendt.').waitFor();
    await leader.getByText(/^Videresendt .* af Lene Bach til .* og Socialtilsyn Hovedstaden\.$/).waitFor();
    await expectAccessible(leader, 'Indberetning (leder)');
    await shotAt(leader, 'magtanvendelse-videresendt-tablet', 768);
    await shotAt(leader, 'magtanvendelse-videresendt-desktop', 1280);

    const [download] = await Promise.all([leader.waitForEvent('download'), leader.getByRole('link', { name: 'Hent som PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^magtanvendelse-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(readFileSync((await download.path())!));
    // The first name: the PDF's standard fonts are WinAnsi, so a letter such as ı is not drawn as itself.
    for (const s of ['Indberetning af magtanvendelse', 'Skema 1: Akutte indgreb', name.split(' ')[0], SITUATION, 'Lene Bach', 'Socialtilsyn Hovedstaden', 'Vi følger op på spisesituationen.']) {
      expect(text).toContain(s);
    }
    await leaderContext.close();
  });
});
