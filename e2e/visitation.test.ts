/**
 * Visitation end to end in Chromium (issue 14): the case worker refers a citizen to a long-term stay
 * with the § 141 action plan, sees the places ranked with reasons, offers Bostedet Lærkehøj in the
 * matching committee; its leader accepts; the committee places the citizen in a free place. The
 * facility's occupancy goes up by one and the citizen's ladder shows the stay. axe-core on each page;
 * screenshots at desktop and tablet width.
 */
import { describe, expect, it } from 'vitest';
import { apiLogin } from './api-client.js';
import { expectAccessible, loginUi, newContext, shotAt, useDemoInBrowser } from './support.js';
import { DEMO_PASSWORD } from '../src/server/db/demo/spec.js';

const env = useDemoInBrowser();
const FACILITY = 'Bostedet Lærkehøj';

describe('visitation: from referral to a place', () => {
  it('refer → ranked places with reasons → offer → the facility accepts → place → occupancy and ladder change', async () => {
    const caseWorkerApi = await apiLogin(env.server.url, 'sagsbehandler', DEMO_PASSWORD);
    // Occupancy as the facility's leader reads it (the facilities overview's figures).
    const leaderApi = await apiLogin(env.server.url, 'leder', DEMO_PASSWORD);
    const occupiedAt = async () => ((await leaderApi.get('/api/facilities')).json.data as { name: string; occupied: number }[]).find((f) => f.name === FACILITY)!.occupied;
    const occupiedBefore = await occupiedAt();

    const context = await newContext(env.browser, 1280, 1000, false);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'sagsbehandler');
    await page.getByRole('link', { name: 'Henvisninger' }).click();
    await page.getByRole('link', { name: 'Ny henvisning', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny henvisning' }).waitFor();
    // A citizen without a referral under way: the last one offered.
    const citizen = page.getByLabel('Borger', { exact: true });
    const options = await citizen.locator('option').count();
    await citizen.selectOption({ index: options - 1 });
    // The option reads 'Name (66 år)'.
    const citizenName = (await citizen.locator('option:checked').textContent())!.replace(/\s*\(\d+ år\)\s*$/, '').trim();
    await page.getByLabel('Paragraf der søges ophold efter').selectOption('§108');
    await page.getByLabel('Primær målgruppe').selectOption({ label: 'Socialpsykiatri' });
    await page.getByLabel('Formål med indsatsen').fill('At borgeren får et trygt hjem med støtte døgnet rundt og kan deltage i fællesskabet.');
    await page.getByLabel('Nødvendig indsats').fill('Længerevarende botilbud med socialpædagogisk støtte og recovery-orienteret praksis.');
    await page.getByLabel('Forventet varighed').fill('Længerevarende, revurderes efter 2 år');
    await page.getByLabel('Bolig', { exact: true }).fill('Bor i dag midlertidigt hos familie.');
    await page.getByRole('button', { name: 'Send henvisning' }).click();
    await page.getByRole('heading', { level: 1, name: /^Henvisning: / }).waitFor();
    const referralUrl = page.url();

    // Matching: ranked places, each with why; the weights version it used.
    await page.getByRole('link', { name: 'Se matchning af tilbud' }).click();
    await page.getByRole('heading', { level: 1, name: /^Matchning for / }).waitFor();
    await page.getByRole('button', { name: /Beregn matchning|Beregn igen/ }).click();
    await page.getByRole('heading', { name: /mulige? plads/ }).waitFor();
    const candidate = page.getByRole('listitem').filter({ hasText: FACILITY }).first();
    await candidate.waitFor();
    await candidate.getByText('Hvorfor?').click();
    await candidate.getByRole('table').getByText(/Ledig nu|Forventes ledig|Ingen ledig plads/).first().waitFor();
    await expectAccessible(page, 'Matchning');
    await shotAt(page, 'visitation-matchning-desktop', 1280);
    await shotAt(page, 'visitation-matchning-tablet', 800);

    // The committee offers Lærkehøj.
    await page.goto(referralUrl);
    await page.getByRole('link', { name: 'Åbn i matchingudvalget' }).click();
    const steps = page.getByRole('group', { name: 'Næste skridt' });
    await steps.getByRole('button', { name: 'Tilbyd et tilbud' }).click();
    const dialog = page.getByRole('dialog');
    const facilitySelect = dialog.getByLabel('Tilbud', { exact: true });
    const facilityOption = facilitySelect.locator('option').filter({ hasText: FACILITY });
    await facilitySelect.selectOption((await facilityOption.getAttribute('value'))!);
    await dialog.getByRole('button', { name: 'Tilbyd et tilbud' }).click();
    await page.getByText(`Tilbudt: ${FACILITY}`).waitFor();
    const committeeUrl = page.url();
    await context.close();

    // The facility's leader reads the referral and accepts.
    const leaderContext = await newContext(env.browser, 800, 1100, false);
    const leaderPage = await leaderContext.newPage();
    await loginUi(leaderPage, env.server.url, 'leder');
    await leaderPage.getByRole('link', { name: 'Henvisninger til tilbuddet' }).click();
    await leaderPage.getByRole('link', { name: citizenName }).first().click();
    await leaderPage.getByRole('heading', { name: 'Handleplan (§ 141)' }).first().waitFor();
    await leaderPage.getByRole('group', { name: 'Næste skridt' }).getByRole('button', { name: 'Accepter', exact: true }).click();
    await leaderPage.getByRole('dialog').getByRole('button', { name: 'Accepter', exact: true }).click();
    await leaderPage.getByText('Accepteret af tilbuddet').first().waitFor();
    await expectAccessible(leaderPage, 'Henvisning hos tilbuddet');
    await shotAt(leaderPage, 'visitation-tilbud-accepterer-tablet', 800);
    await leaderContext.close();

    // The committee places the citizen in a free place of Lærkehøj.
    const committeeContext = await newContext(env.browser, 1280, 1000, false);
    const committeePage = await committeeContext.newPage();
    await loginUi(committeePage, env.server.url, 'sagsbehandler');
    await committeePage.goto(committeeUrl);
    await committeePage.getByRole('group', { name: 'Næste skridt' }).getByRole('button', { name: 'Anvis plads' }).click();
    const placeDialog = committeePage.getByRole('dialog');
    await placeDialog.getByLabel('Plads', { exact: true }).selectOption({ index: 1 });
    await placeDialog.getByRole('button', { name: 'Anvis plads' }).click();
    await committeePage.getByText('Anvist plads').first().waitFor();
    await expectAccessible(committeePage, 'Matchingudvalget: anvist plads');
    await shotAt(committeePage, 'visitation-anvist-desktop', 1280);

    // Occupancy counts the place; the citizen's ladder shows the long-term stay.
    expect(await occupiedAt()).toBe(occupiedBefore! + 1);
    const referralId = new URL(committeeUrl).pathname.split('/').pop()!;
    const referral = (await caseWorkerApi.get(`/api/referrals/${referralId}`)).json.data as { citizen: { id: string } };
    const record = (await caseWorkerApi.get(`/api/citizens/${referral.citizen.id}`)).json.data as { ladder: { currentStep: number | null } };
    expect(record.ladder.currentStep).toBe(7);
    await committeePage.goto(`${env.server.url}/borgere/${referral.citizen.id}`);
    await committeePage.getByText(FACILITY).first().waitFor();
    await committeeContext.close();
  });
});
