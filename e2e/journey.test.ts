/**
 * The main user journey in Chromium, on `npm start`'s own server and demo data: staff log in →
 * open a citizen → add a goal → write a note linked to it → record a follow-up; the facility
 * leader then finds the goal among follow-ups and sees the staff member in the access log.
 * axe-core checks every page visited; screenshots go to e2e/screenshots for the README.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible, loginUi, newContext, shot, useDemoInBrowser } from './support.js';
import { todayInCopenhagen } from '../src/domain/dates.js';
import { format, addDays, parseISO } from 'date-fns';

const env = useDemoInBrowser();
const goalTitle = `Jeg vil selv lave min morgenmad ${Date.now().toString(36)}`;
const inAWeek = format(addDays(parseISO(todayInCopenhagen()), 7), 'yyyy-MM-dd');

describe('staff document a goal and its follow-up; the leader sees it', () => {
  let citizenName = '';

  it('staff: Mine borgere → citizen → new goal → linked note → follow-up', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder');
    await page.getByRole('button', { name: 'Skriv notat' }).first().waitFor();
    await expectAccessible(page, 'Mine borgere');
    await shot(page, 'mine-borgere-desktop');

    const firstCitizen = page.getByRole('main').getByRole('link').first();
    citizenName = (await firstCitizen.textContent())!.trim();
    await firstCitizen.click();
    await page.getByRole('heading', { level: 1, name: citizenName }).waitFor();
    await expectAccessible(page, 'Borger: overblik');
    await shot(page, 'borger-overblik-desktop');

    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('link', { name: 'Nyt mål' }).or(page.getByRole('button', { name: 'Nyt mål' })).first().click();
    await page.getByLabel('Målet med borgerens egne ord').fill(goalTitle);
    await page.getByLabel('Det er vigtigt for mig').fill('At klare mig selv om morgenen, så jeg kan nå bussen til værkstedet.');
    await page.getByLabel('Livsområde (FFB)').selectOption({ label: 'Egenomsorg' });
    await page.getByRole('radio', { name: 'Udvikle funktionsevne' }).check();
    await page.getByLabel('Målniveau').selectOption({ index: 1 });
    await expectAccessible(page, 'Nyt mål');
    await page.getByRole('button', { name: 'Opret mål' }).click();
    await page.getByRole('heading', { name: goalTitle }).waitFor();

    // The note, linked to the goal, from the journal tab.
    await page.getByRole('link', { name: 'Journal', exact: true }).click();
    const note = `Øvede at smøre rugbrød selv i dag. ${goalTitle}`;
    await page.getByLabel('Notat', { exact: true }).fill(note);
    await page.getByRole('checkbox', { name: goalTitle }).check();
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.getByText(note).first().waitFor();
    await expectAccessible(page, 'Journal');
    await shot(page, 'journal-desktop');

    // The follow-up, from the goal's page, due again within a week.
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('link', { name: goalTitle }).first().click();
    await page.getByRole('heading', { name: goalTitle }).waitFor();
    await expect(page.getByText(note).first()).toBeDefined();
    await page.getByRole('button', { name: 'Registrér opfølgning' }).click();
    await page.getByLabel('Fremgang').check();
    await page.getByLabel('Notat om opfølgningen').fill('Smører selv rugbrød tre dage om ugen. Vi fortsætter.');
    await page.getByLabel('Næste opfølgning').last().fill(inAWeek);
    await page.getByRole('button', { name: 'Gem opfølgning' }).click();
    await page.getByText('Opfølgningen er gemt.').waitFor();
    await page.getByText('Smører selv rugbrød tre dage om ugen').first().waitFor();
    await expectAccessible(page, 'Mål med opfølgning');
    await shot(page, 'maal-desktop');
    await context.close();
  });

  it('leader: the goal is among follow-ups due, and the access log shows who opened the record', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'leder');
    await page.getByRole('link', { name: 'Opfølgninger' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Opfølgninger' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: goalTitle });
    await row.waitFor();
    await expect(await row.textContent()).toContain(citizenName);
    await expectAccessible(page, 'Opfølgninger');
    await shot(page, 'opfolgninger-desktop');

    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: goalTitle }).waitFor();
    await page.getByRole('link', { name: 'Adgangslog' }).click();
    const staffRow = page.getByRole('row').filter({ hasText: 'Mette Jensen' }).first();
    await staffRow.waitFor();
    await expectAccessible(page, 'Adgangslog');
    await shot(page, 'adgangslog-desktop');
    await context.close();
  });

  it('the pages fit a tablet', async () => {
    const context = await newContext(env.browser, 768, 1024);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder');
    await page.getByRole('button', { name: 'Skriv notat' }).first().waitFor();
    await shot(page, 'mine-borgere-tablet');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

