/**
 * Nøgleoplysninger in Chromium: staff open a citizen's key information, add an allergy, score
 * Brøset's violence checklist (the reading follows the ticks) and write the crisis plan; the
 * facility leader registers a consent to share the plan with a body and downloads the plan under
 * it, and the register then shows the use.
 * axe-core checks every page and dialog; screenshots go to e2e/screenshots.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, loginUi, newContext, openCitizenTab, shot, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();
let citizenPath = '';

/** Opens the first citizen on Mine borgere and its key-information tab. */
async function openKeyInfo(page: Page) {
  await openCitizenTab(page, 'Nøgleoplysninger');
  await page.getByRole('heading', { name: 'Læge og andre fagpersoner' }).waitFor();
}

describe('key information on the citizen record', () => {
  it('staff: add an allergy, score the BVC and write the crisis plan', async () => {
    const context = await newContext(env.browser, 768, 1024, true);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder');
    await openKeyInfo(page);
    citizenPath = new URL(page.url()).pathname;
    await expectAccessible(page, 'Nøgleoplysninger');

    await page.getByRole('button', { name: 'Tilføj allergi' }).click();
    let dialog = page.getByRole('dialog', { name: 'Tilføj allergi' });
    await dialog.getByLabel('Stof').fill('Jordnødder');
    await dialog.getByLabel('Hvor alvorlig').selectOption({ label: 'Alvorlig' });
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('strong').filter({ hasText: 'Jordnødder' }).waitFor();

    await page.getByRole('button', { name: 'Ny risikovurdering' }).click();
    dialog = page.getByRole('dialog', { name: 'Ny risikovurdering' });
    await dialog.getByLabel('Forvirret').check();
    await dialog.getByLabel('Irritabel').check();
    await dialog.getByLabel('Verbalt truende').check();
    await dialog.getByText(/I alt 3 point/).waitFor();
    await expectAccessible(page, 'Ny risikovurdering');
    await shot(page, 'noegleoplysninger-bvc-tablet');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/Seneste vurdering .*: 3 point/).waitFor();

    await page.getByRole('button', { name: /kriseplan/i }).first().click();
    dialog = page.getByRole('dialog', { name: 'Kriseplan' });
    await dialog.getByLabel('Tegn på at en krise er på vej').fill('Går frem og tilbage på gangen om aftenen');
    await dialog.getByLabel('Det hjælper').fill('En gåtur med en kendt medarbejder');
    await dialog.getByLabel('Hvem skal kontaktes').fill('Kontaktpersonen; om natten vagthavende leder');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('En gåtur med en kendt medarbejder').waitFor();
    // Staff read the register but do not keep it.
    await page.getByRole('heading', { name: 'Samtykker til videregivelse' }).waitFor();
    expect(await page.getByRole('button', { name: 'Registrér samtykke' }).count()).toBe(0);
    await shot(page, 'noegleoplysninger-tablet');
    await context.close();
  });

  it('leader: register a consent, download the plan under it, and see the use in the register', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'leder');
    await page.goto(`${env.server.url}${citizenPath}`);
    await page.getByRole('button', { name: 'Registrér samtykke' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrér samtykke' });
    await dialog.getByLabel('Eller til en myndighed eller instans').fill('Jobcentret Vest');
    // No scope: the server's message at the field.
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.getByText('Vælg mindst én ting samtykket omfatter.').first().waitFor();
    await expectAccessible(page, 'Registrér samtykke: fejl');
    await dialog.getByLabel('Plan og mål').check();
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await dialog.waitFor({ state: 'detached' });

    const consent = page.getByRole('listitem').filter({ hasText: 'Jobcentret Vest' });
    await consent.getByText('ikke brugt endnu').waitFor();
    const download = page.waitForEvent('download');
    await consent.getByRole('link', { name: 'Hent planen til udlevering' }).click();
    expect((await download).suggestedFilename()).toMatch(/^borgerens-plan-.*\.pdf$/);
    await page.reload();
    await page.getByRole('listitem').filter({ hasText: 'Jobcentret Vest' }).getByText(/brugt 1 gang/).waitFor();
    await expectAccessible(page, 'Nøgleoplysninger, leder');
    await shot(page, 'noegleoplysninger-samtykker-desktop');
    await context.close();
  });
});
