/**
 * Vagtdækning in Chromium: staff start a cover of another unit of their facility from Mine borgere
 * (a field error first), see that unit's citizens and the banner, show that unit's citizens alone,
 * the facility leader sees the cover on the facility page, and when staff end it the unit's
 * citizens are gone again.
 * axe-core checks every page and dialog; screenshots go to e2e/screenshots.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, loginUi, newContext, shot, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();

/** medarbejder works on Afdeling Bøgen; Afdeling Egen is another unit of Bostedet Lærkehøj. */
const COVERED = 'Afdeling Egen';
const REASON = `Nattevagt for ${COVERED}`;

/** Citizen cards on Mine borgere from the covered unit. */
const coveredCards = (page: Page) => page.getByRole('main').getByRole('listitem').filter({ hasText: `${COVERED},` });
/** Citizen cards on Mine borgere from any other unit. */
const otherCards = (page: Page) => page.getByRole('main').getByRole('listitem').filter({ hasNotText: `${COVERED},` });
/** The facility page's Dækninger section (the page lists the same staff elsewhere, e.g. their medicine permissions). */
const coverRows = (page: Page) => page.getByRole('region', { name: 'Dækninger' }).getByRole('row');
const banner = (page: Page) => page.getByRole('region', { name: 'Vagtdækning' });

describe('staff cover another unit for a night; the leader sees it', () => {
  it('staff: start a cover from Mine borgere, see the unit’s citizens and the banner', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder');
    await page.getByRole('button', { name: 'Skriv notat' }).first().waitFor();
    expect(await coveredCards(page).count()).toBe(0);

    await page.getByRole('button', { name: 'Dæk en anden afdeling' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dæk en anden afdeling' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Varighed').inputValue()).toBe('8');
    await dialog.getByLabel('Afdeling').selectOption({ label: COVERED });
    await expectAccessible(page, 'Dæk en anden afdeling');
    await shot(page, 'cover-modal-desktop');

    // An empty reason: the server's message at the field, and in the summary.
    await dialog.getByRole('button', { name: 'Start dækning' }).click();
    await dialog.getByText('Skriv hvorfor du dækker (mindst 3 tegn).').first().waitFor();
    expect(await dialog.getByLabel('Begrundelse').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'Dæk en anden afdeling: fejl');

    await dialog.getByLabel('Begrundelse').fill(REASON);
    await dialog.getByRole('button', { name: 'Start dækning' }).click();
    await dialog.waitFor({ state: 'detached' });
    await banner(page).getByText(`Du dækker ${COVERED} til`).waitFor();
    await page.getByText(`Du dækker nu ${COVERED}.`).waitFor();
    await coveredCards(page).first().waitFor();
    await expectAccessible(page, 'Mine borgere under dækning');

    // The banner's link shows the covered unit only; the filter says so and the address keeps it.
    await banner(page).getByRole('link', { name: `Vis borgerne på ${COVERED}` }).click();
    const unitFilter = page.getByLabel('Afdeling', { exact: true });
    await expect.poll(() => unitFilter.evaluate((s: HTMLSelectElement) => s.selectedOptions[0].text)).toBe(COVERED);
    await expect.poll(() => otherCards(page).count()).toBe(0);
    expect(await coveredCards(page).count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.has('afdeling')).toBe(true);
    await expectAccessible(page, 'Mine borgere: den dækkede afdeling');
    await shot(page, 'mine-borgere-unit-filter-desktop');
    await unitFilter.selectOption({ label: 'Alle afdelinger' });
    await otherCards(page).first().waitFor();
    await unitFilter.selectOption({ label: COVERED });
    await expect.poll(() => otherCards(page).count()).toBe(0);

    const citizen = coveredCards(page).first().getByRole('heading').getByRole('link');
    const name = (await citizen.textContent())!.trim();
    await citizen.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await banner(page).getByRole('button', { name: 'Afslut dækning' }).waitFor();
    // Under a cover: the record without the CPR reveal, the journal of the last hours to write in.
    expect(await page.getByRole('button', { name: 'Vis CPR' }).count()).toBe(0);
    await expectAccessible(page, 'Borger på den dækkede enhed');
    await page.getByRole('link', { name: 'Journal', exact: true }).click();
    await page.getByLabel('Notattype', { exact: true }).selectOption({ label: 'Observation' });
    await page.getByLabel('Notat', { exact: true }).fill('Tilsyn kl. 03: sov roligt.');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.locator('.note').filter({ hasText: 'Tilsyn kl. 03: sov roligt.' }).first().waitFor();
    await context.close();
  });

  it('the banner fits a tablet', async () => {
    const context = await newContext(env.browser, 768, 1024);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder');
    await coveredCards(page).first().waitFor();
    await banner(page).getByRole('button', { name: 'Afslut dækning' }).waitFor();
    await shot(page, 'cover-banner-tablet');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('leader: the cover is listed on the facility page', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'leder');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Tilbud', exact: true }).click();
    await page.getByRole('link', { name: 'Bostedet Lærkehøj' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Dækninger' }).waitFor();
    const row = coverRows(page).filter({ hasText: 'Mette Jensen' });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain(COVERED);
    expect(text).toContain(REASON);
    expect(text).toContain('Aktiv');
    await row.getByRole('button', { name: /^Afslut/ }).waitFor();
    await expectAccessible(page, 'Tilbud: dækninger');
    await page.getByRole('heading', { level: 2, name: 'Dækninger' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shot(page, 'facility-covers-desktop');
    await context.close();
  });

  it('staff: end the cover; the unit’s citizens are gone', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder');
    await coveredCards(page).first().waitFor();
    await banner(page).getByRole('button', { name: 'Afslut dækning' }).click();
    await page.getByText(`Din dækning af ${COVERED} er afsluttet.`).waitFor();
    await banner(page).getByRole('button', { name: 'Afslut dækning' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Skriv notat' }).first().waitFor();
    await expect.poll(() => coveredCards(page).count()).toBe(0);
    await expectAccessible(page, 'Mine borgere efter dækning');
    await context.close();
  });

  it('leader: the cover shows as ended by staff', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'leder');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Tilbud', exact: true }).click();
    await page.getByRole('link', { name: 'Bostedet Lærkehøj' }).first().click();
    const row = coverRows(page).filter({ hasText: 'Mette Jensen' });
    await row.getByText(/^Afsluttet kl\. \d\d\.\d\d$/).waitFor();
    expect(await row.textContent()).toContain('af Mette Jensen');
    expect(await row.getByRole('button').count()).toBe(0);
    await expectAccessible(page, 'Tilbud: afsluttet dækning');
    await context.close();
  });
});
