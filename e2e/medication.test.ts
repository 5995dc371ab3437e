/**
 * The medicine card in Chromium at tablet width: medarbejder (medicine course, Afdeling Bøgen) opens
 * a resident's Medicin tab, adds a PN line (a too vague indication refused first), pauses it with a
 * reason and reads its history; medarbejder2 (no medicine permission) sees a card but may not change
 * it. axe-core checks every page and dialog; screenshots at desktop and tablet width go to e2e/screenshots.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, expectTouchTargets, loginUi, newContext, openCitizenTab, shotAt, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();

/** Opens the first citizen on Mine borgere and their Medicin tab; returns the citizen's name. */
async function openMedicineTab(page: Page): Promise<string> {
  const name = await openCitizenTab(page, 'Medicin');
  await page.getByRole('heading', { name: 'Fast medicin' }).waitFor();
  return name;
}

describe('the medicine card on a tablet', () => {
  it('lets staff with the medicine course add a PN line, pause it and see its history', async () => {
    const context = await newContext(env.browser, 768, 1024, true);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder');
    await openMedicineTab(page);
    await expectAccessible(page, 'Medicin');
    await shotAt(page, 'medicin-fane-tablet', 768);

    await page.getByRole('button', { name: 'Tilføj medicin' }).click();
    const form = page.getByRole('dialog', { name: 'Tilføj medicin' });
    await form.waitFor();
    await form.getByLabel('PN (efter behov)').check();
    await form.getByLabel('Medicin (indholdsstof)').fill('ibuprofen');
    await form.getByLabel('Handelsnavn (valgfrit)').fill('Ipren');
    await form.getByLabel('Form', { exact: true }).fill('tablet');
    await form.getByLabel('Styrke').fill('400 mg');
    await form.getByLabel('Enkeltdosis').fill('1');
    await form.getByLabel('Højst pr. døgn').fill('3');
    await form.getByLabel('Indikation').fill('mod smerter');
    await form.getByLabel('Ordinerende læge eller afdeling').fill('Læge Anne Friis, Lægerne i Vestergade');
    // The ATC code came with the catalogue's name.
    expect(await form.getByLabel('ATC-kode (valgfri)').inputValue()).toBe('M01AE01');
    await form.getByRole('button', { name: 'Gem', exact: true }).click();
    await form.getByText(/"mod smerter" er for upræcist/).first().waitFor();
    expect(await form.getByLabel('Indikation').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'Tilføj medicin: fejl');
    await shotAt(page, 'medicin-ny-linje-fejl-tablet', 768);
    await form.getByLabel('Indikation').fill('mod menstruationssmerter');
    await form.getByRole('button', { name: 'Gem', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText('Medicinkortet er gemt.').waitFor();

    const pnSection = page.getByRole('region', { name: 'PN-medicin (efter behov)' });
    const line = pnSection.getByRole('listitem').filter({ hasText: 'ibuprofen' });
    await line.getByText('1 stk ad gangen efter behov, højst 3 stk pr. døgn').waitFor();

    await line.getByRole('button', { name: 'Pause ibuprofen' }).click();
    const pause = page.getByRole('dialog', { name: 'Pause ibuprofen' });
    await pause.getByRole('button', { name: 'Pause', exact: true }).click();
    await pause.getByText('Skriv årsagen (mindst 3 tegn).').first().waitFor();
    await pause.getByLabel('Årsag').fill('Pauset efter aftale med lægen: ondt i maven');
    await pause.getByRole('button', { name: 'Pause', exact: true }).click();
    await pause.waitFor({ state: 'detached' });
    await page.getByText('ibuprofen er pauset.').waitFor();
    await line.getByText('Pauset', { exact: true }).waitFor();

    await line.getByRole('button', { name: 'Historik ibuprofen' }).click();
    const history = page.getByRole('dialog', { name: 'Historik for ibuprofen' });
    await history.getByText('Årsag: Pauset efter aftale med lægen: ondt i maven').waitFor();
    expect(await history.getByRole('listitem').count()).toBe(2);
    await history.getByText(/version 1 af Mette Jensen/).waitFor();
    await expectAccessible(page, 'Historik');
    await shotAt(page, 'medicin-historik-tablet', 768);
    await history.getByRole('button', { name: 'Luk' }).click();

    // A serious side effect: the form says to contact the doctor, the card shows it on top until the contact is recorded.
    await line.getByRole('button', { name: 'Observation ibuprofen' }).click();
    const observe = page.getByRole('dialog', { name: 'Virkning eller bivirkning' });
    await observe.getByLabel('Bivirkning').check();
    await observe.getByLabel('Alvorlig').check();
    await observe.getByText('En alvorlig bivirkning skal lægen vide besked om.', { exact: false }).waitFor();
    await observe.getByLabel('Beskrivelse').fill('Sort afføring og ondt i maven efter frokost');
    await expectAccessible(page, 'Bivirkning');
    await observe.getByRole('button', { name: 'Gem', exact: true }).click();
    await observe.waitFor({ state: 'detached' });
    const alert = page.getByRole('status').filter({ hasText: /Kontakt lægen: \d+ alvorlig/ });
    await alert.getByText(/ibuprofen: Sort afføring/).waitFor();
    await alert.scrollIntoViewIfNeeded();
    await shotAt(page, 'medicin-kontakt-laegen-tablet', 768);
    await alert.getByRole('listitem').filter({ hasText: 'ibuprofen' }).getByRole('button', { name: 'Registrér lægekontakt' }).click();
    const contact = page.getByRole('dialog', { name: 'Registrér kontakt med lægen' });
    await contact.getByLabel('Hvad sagde eller besluttede lægen?').fill('Vagtlægen: stop ibuprofen, lægen ser borgeren i morgen.');
    await contact.getByRole('button', { name: 'Gem', exact: true }).click();
    await contact.waitFor({ state: 'detached' });
    await page.getByText('Lægekontakten er registreret.').waitFor();
    await page.getByText(/Lægen kontaktet .* af Mette Jensen: Vagtlægen: stop ibuprofen/).waitFor();

    await expectTouchTargets(page, 'Medicin');
    await shotAt(page, 'medicin-fane-desktop', 1280);
    await context.close();
  });

  it('lets the facility leader see and grant medicine permissions and change the medication settings', async () => {
    const context = await newContext(env.browser, 1280, 900);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'leder');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Tilbud', exact: true }).click();
    await page.getByRole('link', { name: 'Bostedet Lærkehøj' }).first().click();
    const section = page.getByRole('region', { name: 'Medicin' });
    await section.getByRole('heading', { name: 'Medicingodkendelser' }).waitFor();
    await section.getByRole('row').filter({ hasText: 'Mette Jensen' }).getByText('Medicinkursus').waitFor();
    const without = section.getByRole('row').filter({ has: page.getByRole('button', { name: /^Giv medicinkursus/ }) }).first();
    const name = (await without.getByRole('rowheader').textContent())!.trim();
    await without.getByRole('button', { name: /^Giv medicinkursus/ }).click();
    await section.getByRole('row').filter({ hasText: name }).getByText('Medicinkursus').waitFor();
    await section.getByLabel('PN-maksimum tælles').selectOption('calendar_day');
    await section.getByRole('button', { name: 'Gem indstillinger' }).click();
    await section.getByText('Indstillingerne er gemt.').waitFor();
    await expectAccessible(page, 'Tilbud: medicin');
    await section.getByRole('heading', { name: 'Medicingodkendelser' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shotAt(page, 'medicin-tilbud-godkendelser-desktop', 1280);
    await context.close();
  });

  it('shows medarbejder2, without a medicine permission, the card but no way to change it', async () => {
    const context = await newContext(env.browser, 768, 1024, true);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder2');
    await openMedicineTab(page);
    await page.getByText(/du har ikke medicingodkendelse/).waitFor();
    expect(await page.getByRole('button', { name: 'Tilføj medicin' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Pause / }).count()).toBe(0);
    await expectAccessible(page, 'Medicin uden medicingodkendelse');
    await shotAt(page, 'medicin-uden-godkendelse-tablet', 768);
    await context.close();
  });
});
