/**
 * Facility profiles in Chromium: the facility leader opens Bostedet Lærkehøj's profile from the
 * facility page, sees what its places are approved for and their standards, changes the daily rate
 * (and sets it back, so other files see the demo as it was) and reads the Tilbudsbeskrivelse; a
 * unit's profile shows the facility's values as what an empty field means.
 * axe-core checks the pages; screenshots at 1280 and 800 px go to e2e/screenshots.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible, loginUi, newContext, shot, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();

describe('facility profiles', () => {
  it('the facility leader keeps Lærkehøj’s profile and reads its public description', async () => {
    const context = await newContext(env.browser, 1280, 900);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'leder');
    await page.goto(`${env.server.url}/tilbud`);
    await page.getByRole('link', { name: 'Bostedet Lærkehøj' }).first().click();
    await page.getByRole('link', { name: 'Profil og tilbudsbeskrivelse' }).click();
    await page.getByRole('heading', { name: 'Profil: Bostedet Lærkehøj' }).waitFor();
    await page.getByText('Kørestolsegnede').waitFor();
    await expectAccessible(page, 'Profil');
    await page.screenshot({ path: 'e2e/screenshots/facility-profile-1280.png', fullPage: true });

    const rate = page.getByLabel('Takst pr. døgn (kr.)');
    const before = await rate.inputValue();
    await rate.fill('3.150');
    await page.getByRole('button', { name: 'Gem profil' }).click();
    await page.getByText('Profilen er gemt.').waitFor();
    expect(await page.getByLabel('Takst pr. døgn (kr.)').inputValue()).toBe('3150');
    await page.getByLabel('Takst pr. døgn (kr.)').fill(before);
    await page.getByRole('button', { name: 'Gem profil' }).click();
    await page.getByText('Profilen er gemt.').waitFor();

    await page.getByRole('button', { name: 'Tilbudsbeskrivelse' }).click();
    await page.getByText('108 (længerevarende botilbud)').waitFor();
    await page.getByText(/^\d+ til \d+ år \(socialpsykiatri, misbrug\)$/).waitFor();
    await expectAccessible(page, 'Tilbudsbeskrivelse');
    await shot(page, 'facility-profile-description');

    await page.getByRole('button', { name: 'Profil', exact: true }).click();
    await page.getByLabel('Profil for').selectOption({ label: 'Afdeling Egen' });
    await page.getByText(/Tom: som tilbuddet/).first().waitFor();
    await page.setViewportSize({ width: 800, height: 1100 });
    await expectAccessible(page, 'Profil, afdeling');
    await page.screenshot({ path: 'e2e/screenshots/facility-profile-unit-800.png', fullPage: true });
    await context.close();
  });

  it('the admin sees the unit’s profile in Administration and a place’s physical standard in its form', async () => {
    const context = await newContext(env.browser, 1280, 900);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'admin', undefined, 'Tilbud');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Administration' }).click();
    const tree = page.getByRole('navigation', { name: 'Organisationen' });
    await tree.getByRole('link', { name: 'Bostedet Lærkehøj Tilbud', exact: true }).click();
    await tree.getByRole('link', { name: 'Afdeling Asken Afdeling', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Afdeling Asken', exact: true });
    await panel.getByRole('heading', { level: 3, name: 'Profil' }).waitFor();
    await panel.getByText(/Tom: som tilbuddet/).first().waitFor();
    await expectAccessible(page, 'Administration: afdelingens profil');
    await page.screenshot({ path: 'e2e/screenshots/facility-profile-admin-1280.png', fullPage: true });

    await panel.getByRole('button', { name: /^Redigér Lejlighed/ }).first().click();
    const dialog = page.getByRole('dialog', { name: /^Redigér Lejlighed/ });
    await dialog.getByLabel('Areal (m²)').waitFor();
    expect(await dialog.getByLabel('Areal (m²)').inputValue()).toMatch(/^\d+(,\d)?$/);
    await expectAccessible(page, 'Plads med fysiske rammer');
    await page.setViewportSize({ width: 800, height: 1100 });
    await shot(page, 'place-form-standards-800');
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await context.close();
  });
});
