/**
 * Prognose og flow in Chromium: the center manager (chef) reads the model the data gives, runs a
 * short forecast with a scenario (chart and table), a long one as a job with progress, plans places
 * and removes them again (undoing what other files would see), and reads the ladder's flow of the
 * center over five years (Sankey and its table). axe-core on each page; screenshots at 1280 and 800.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectTouchTargets, loginUi, newContext, shotAt, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();

describe('the capacity forecast and the ladder flow', () => {
  it('the center manager forecasts with a scenario and a long job, plans places, and reads the flow', async () => {
    const context = await newContext(env.browser, 1280, 900);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'chef', undefined, 'Tilbud');
    await page.getByRole('link', { name: 'Prognose og flow' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Prognose og flow' }).waitFor();
    await page.getByRole('heading', { name: /Data prognosen bygger på/ }).waitFor();
    // Seed 002's 17 places, planned in the demo, are in the model.
    await page.getByText(/^17 fra /).waitFor();

    // A short run answers at once: 2 years, 100 runs, with 25 % of § 108 moved to § 107.
    await page.getByLabel('Periode').selectOption({ label: '2 år' });
    await page.getByLabel('Antal kørsler').fill('100');
    await page.getByLabel('Flere § 107 og færre § 108').check();
    await page.getByRole('button', { name: 'Beregn' }).click();
    await page.getByRole('heading', { name: 'Prognose (100 kørsler)' }).waitFor();
    await page.locator('[data-testid="insight-chart"] svg').first().waitFor();
    const totals = page.getByRole('table', { name: 'Scenarierne efter 2 år' });
    await totals.getByRole('rowheader', { name: 'Som nu' }).waitFor();
    await totals.getByRole('rowheader', { name: '25 % fra § 108 til § 107' }).waitFor();
    expect(await page.getByRole('table', { name: /Måned for måned/ }).getByRole('row').count()).toBe(25);
    await expectAccessible(page, 'Kapacitetsprognose');
    await expectTouchTargets(page, 'Kapacitetsprognose');
    await page.getByRole('heading', { name: 'Prognose (100 kørsler)' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shotAt(page, 'kapacitetsprognose-desktop', 1280);
    await shotAt(page, 'kapacitetsprognose-tablet', 800);
    await page.setViewportSize({ width: 1280, height: 900 });

    // A long run is a job: its progress shows, then the result.
    await page.getByLabel('Antal kørsler').fill('600');
    await page.getByRole('button', { name: 'Beregn' }).click();
    await page.getByRole('heading', { name: 'Prognose (600 kørsler)' }).waitFor({ timeout: 60_000 });

    // Planned places: add 4 on a facility, see them, remove them again.
    const planned = page.getByRole('region', { name: 'Planlagte nye pladser' });
    await planned.getByLabel('Tilbud', { exact: true }).selectOption({ index: 1 });
    await planned.getByLabel('Pladser', { exact: true }).fill('4');
    await planned.getByLabel('Åbner').fill(`${new Date().getFullYear() + 2}-03-01`);
    await planned.getByLabel('Note').fill('E2E-plan');
    await planned.getByRole('button', { name: 'Tilføj', exact: true }).click();
    const row = planned.getByRole('row').filter({ hasText: 'E2E-plan' });
    await row.waitFor();
    await row.getByRole('button', { name: /Fjern de 4 planlagte pladser/ }).click();
    await row.waitFor({ state: 'detached' });

    // The ladder's flow: the center over five years.
    await page.getByRole('link', { name: 'Indsatstrappens flow' }).click();
    await page.getByRole('heading', { name: 'Indsatstrappens flow', level: 2 }).or(page.getByLabel('Del af organisationen')).first().waitFor();
    const year = new Date().getFullYear();
    await page.getByLabel('Fra dato').fill(`${year - 5}-01-01`);
    await page.getByLabel('Til dato').fill(`${year - 1}-12-31`);
    await page.getByLabel('Basisår').fill(String(year - 5));
    await page.getByRole('button', { name: 'Vis flow' }).click();
    await page.getByRole('table', { name: 'Bevægelser mellem trinene i perioden, flest først' }).waitFor();
    await page.locator('[data-testid="insight-chart"] svg').first().waitFor();
    await page.getByRole('heading', { name: `Nøgletal mod basisåret ${year - 5}` }).waitFor();
    await expectAccessible(page, 'Indsatstrappens flow');
    await expectTouchTargets(page, 'Indsatstrappens flow');
    await shotAt(page, 'indsatstrappens-flow-desktop', 1280);
    await page.getByRole('heading', { name: 'Bevægelser mellem trinene' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shotAt(page, 'indsatstrappens-flow-sankey-desktop', 1280);
    await shotAt(page, 'indsatstrappens-flow-tablet', 800);
    await page.getByRole('heading', { name: 'Bevægelser mellem trinene' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shotAt(page, 'indsatstrappens-flow-sankey-tablet', 800);

    // A period that ends before it starts: the server's message at the field.
    await page.getByLabel('Til dato').fill(`${year - 6}-12-31`);
    await page.getByRole('button', { name: 'Vis flow' }).click();
    await page.getByText('Perioden skal slutte efter den starter.').first().waitFor();
    await context.close();
  }, 180_000);
});
