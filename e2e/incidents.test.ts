/**
 * Incidents in Chromium at tablet width: a staff member (medarbejder, Afdeling Bøgen of Bostedet
 * Lærkehøj) reports a fall from the citizen's record (a field error first) and registers a threat
 * against themself; the facility leader (leder) finds the fall, follows it up and records the
 * learning (closing without it is refused), downloads the DPSD PDF and opens it, and looks at the
 * overview. axe-core checks every page and dialog; screenshots at tablet and desktop width.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../test/pdf.js';
import { expectAccessible, expectTouchTargets, loginUi, newContext, openCitizenTab, shotAt, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();
const TITLE = 'Fald ved morgenbadet';

describe('a fall and a threat, reported, followed up and exported', () => {
  it('staff report a fall and a threat; the leader records the learning and exports the PDF', async () => {
    const context = await newContext(env.browser, 768, 1024, true);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder');

    // From the citizen's record: Hændelser → report a fall.
    const name = await openCitizenTab(page, 'Hændelser');
    await page.getByRole('button', { name: 'Rapportér utilsigtet hændelse' }).click();
    const form = page.getByRole('dialog', { name: 'Rapportér utilsigtet hændelse' });
    await form.waitFor();
    await form.getByLabel('Hvilken slags hændelse').selectOption({ label: 'Fald' });
    await form.getByLabel('Overskrift').fill(TITLE);
    await form.getByLabel('Hvad skete der før, under og efter hændelsen').fill('Borgeren gled på det våde gulv efter badet og faldt mod kanten af badekarret.');
    // No consequence chosen: the server's message at the field.
    await form.getByRole('button', { name: 'Rapportér', exact: true }).click();
    await form.getByText('Vælg den faktiske konsekvens.').first().waitFor();
    await expectAccessible(page, 'Rapportér hændelse: fejl');
    await form.getByRole('radio', { name: 'Lettere' }).check();
    await form.getByRole('group', { name: 'Mulig konsekvens' }).getByRole('radio', { name: 'Alvorlig/dødelig' }).check();
    await form.getByText('Alvorlig patientsikkerhedsrisiko').waitFor();
    await form.getByLabel('Forslag til, hvordan det kan undgås').fill('Skridsikker måtte foran badekarret.');
    await form.getByLabel('Hvor skete det').fill('Badeværelset');
    await shotAt(page, 'haendelse-rapporter-tablet', 768);
    await form.getByRole('button', { name: 'Rapportér', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText(`Hændelsen »${TITLE}« er rapporteret.`).waitFor();
    await page.getByRole('row').filter({ hasText: TITLE }).getByText('Rapporteret').waitFor();
    await expectAccessible(page, 'Hændelser (borger)');
    await expectTouchTargets(page, 'Hændelser (borger)');

    // A threat against the staff member themself: Hændelser → Vold og trusler.
    await page.getByRole('link', { name: 'Hændelser', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Hændelser' }).waitFor();
    await page.getByRole('link', { name: 'Vold og trusler' }).click();
    await page.getByRole('heading', { name: 'Vold og trusler', level: 2 }).waitFor();
    // The list shows staff their own registrations (none yet, perhaps): the page is ready when its action is.
    await page.getByRole('button', { name: 'Registrér vold eller trussel' }).waitFor();
    await expectAccessible(page, 'Vold og trusler (liste)');
    await page.getByRole('button', { name: 'Registrér vold eller trussel' }).click();
    const violence = page.getByRole('dialog', { name: 'Registrér vold eller trussel' });
    await violence.waitFor();
    await violence.getByLabel('Hvad skete der').selectOption({ label: 'Trussel' });
    await violence.getByLabel('Udøvet af beboer').selectOption({ label: name });
    await violence.getByLabel('Beskrivelse').fill('Råbte og truede med at slå, da aftensmaden var sen.');
    await violence.getByLabel('Fraværsdage').fill('-1');
    await violence.getByRole('button', { name: 'Registrér', exact: true }).click();
    await violence.getByText('Fraværsdage kan ikke være negative.').first().waitFor();
    await violence.getByLabel('Fraværsdage').fill('0');
    await expectAccessible(page, 'Registrér vold');
    await violence.getByRole('button', { name: 'Registrér', exact: true }).click();
    await violence.waitFor({ state: 'detached' });
    const threat = page.getByRole('row').filter({ hasText: 'Råbte og truede med at slå' });
    await threat.getByText(/^Frist /).waitFor();
    await expectAccessible(page, 'Vold og trusler');
    await shotAt(page, 'vold-og-trusler-tablet', 768);
    await context.close();

    // The facility leader: the fall in the list, the follow-up, the learning, the PDF.
    const leaderContext = await newContext(env.browser, 768, 1024, true);
    const lead = await leaderContext.newPage();
    await loginUi(lead, env.server.url, 'leder');
    await lead.getByRole('link', { name: 'Hændelser', exact: true }).first().click();
    await lead.getByRole('link', { name: TITLE }).click();
    await lead.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await lead.getByText('Mette Jensen', { exact: false }).first().waitFor();
    await lead.getByRole('radio', { name: 'Afsluttet' }).check();
    await lead.getByRole('button', { name: 'Gem opfølgning' }).click();
    await lead.getByText('Skriv læringen, før hændelsen lukkes.').first().waitFor();
    await lead.getByLabel('Læring').fill('Vådt gulv efter bad er en kendt risiko, vi ikke havde taget hånd om.');
    await lead.getByLabel('Handlinger').fill('Skridsikre måtter i alle badeværelser.');
    await lead.getByRole('button', { name: 'Gem opfølgning' }).click();
    await lead.getByText('Opfølgningen er gemt.').waitFor();
    await lead.getByRole('definition').filter({ hasText: 'Afsluttet' }).first().waitFor();
    await expectAccessible(lead, 'Hændelse (leder)');
    await shotAt(lead, 'haendelse-opfolgning-tablet', 768);

    const [download] = await Promise.all([lead.waitForEvent('download'), lead.getByRole('link', { name: 'Hent til DPSD (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^utilsigtet-haendelse-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(readFileSync((await download.path())!));
    for (const s of ['Utilsigtet hændelse', 'Overskrift', TITLE, 'Faktisk konsekvens', 'Lettere', 'Alvorlig patientsikkerhedsrisiko', 'Skridsikker måtte']) expect(text).toContain(s);
    expect(text).not.toContain(name);

    await lead.getByRole('link', { name: 'Tilbage til hændelser' }).click();
    await lead.getByRole('link', { name: 'Overblik' }).click();
    await lead.getByRole('heading', { name: 'Åbne opfølgninger og overskredne frister' }).waitFor();
    await lead.getByRole('row').filter({ hasText: 'Bostedet Lærkehøj' }).first().waitFor();
    await expectAccessible(lead, 'Hændelser: overblik');
    await shotAt(lead, 'haendelser-overblik-tablet', 768);
    await shotAt(lead, 'haendelser-overblik-desktop', 1280);
    await leaderContext.close();
  });
});
