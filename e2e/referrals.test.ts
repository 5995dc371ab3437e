/**
 * Referrals in Chromium: the case worker (sagsbehandler) finds the waiting list in Henvisninger,
 * refers one of their citizens to a stay — refused first without the action plan, then sent with
 * the plan, target groups, a flag and an FFB assessment whose roll-up the form shows — reads the
 * referral page with its history, and attaches a document. axe-core checks each page; screenshots
 * at desktop and tablet width.
 */
import { describe, it } from 'vitest';
import { expectAccessible, loginUi, newContext, shotAt, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();

describe('a referral to a stay', () => {
  it('the case worker sees the waiting list, refers a citizen with the action plan and an assessment, and attaches a document', async () => {
    const context = await newContext(env.browser, 1280, 1000, false);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'sagsbehandler');
    await page.getByRole('link', { name: 'Henvisninger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Henvisninger' }).waitFor();
    await page.getByRole('table').getByText('På venteliste').first().waitFor();
    await expectAccessible(page, 'Henvisninger');
    await shotAt(page, 'henvisninger-desktop', 1280);

    await page.getByRole('link', { name: 'Ny henvisning', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny henvisning' }).waitFor();
    const citizen = page.getByLabel('Borger', { exact: true });
    await citizen.selectOption({ index: 1 });
    await page.getByLabel('Paragraf der søges ophold efter').selectOption('§107');
    await page.getByLabel('Primær målgruppe').selectOption({ label: 'Socialpsykiatri' });
    // Without the action plan: the server's messages at the fields.
    await page.getByRole('button', { name: 'Send henvisning' }).click();
    await page.getByText('Skriv formålet med indsatsen (§ 141).').first().waitFor();
    await expectAccessible(page, 'Ny henvisning: fejl');
    await page.getByLabel('Formål med indsatsen').fill('At borgeren får ro og kan flytte i egen bolig med bostøtte på sigt.');
    await page.getByLabel('Nødvendig indsats').fill('Midlertidigt botilbud med døgndækning og recovery-orienteret støtte.');
    await page.getByLabel('Forventet varighed').fill('Ca. 18 måneder');
    await page.getByLabel('Bolig', { exact: true }).fill('Bor i dag på herberg.');
    await page.getByLabel('Rusmiddelbrug').first().check();
    await page.getByRole('button', { name: 'Tilføj tilstand' }).click();
    await page.getByLabel('Tilstand').selectOption({ index: 1 });
    await page.getByLabel('Funktionsevne').selectOption({ index: 3 });
    await page.getByRole('table', { name: 'Samlet pr. livsområde' }).getByText(/^2 – /).waitFor();
    await shotAt(page, 'henvisning-ny-tablet', 800);
    await page.getByRole('button', { name: 'Send henvisning' }).click();

    await page.getByRole('heading', { level: 1, name: /^Henvisning: / }).waitFor();
    await page.getByRole('heading', { name: 'Forløb' }).waitFor();
    await page.getByRole('cell', { name: 'Henvisning modtaget' }).waitFor();
    await page.getByLabel('Vedhæft dokument').setInputFiles({ name: 'notat.txt', mimeType: 'text/plain', buffer: Buffer.from('Notat fra netværksmødet.') });
    await page.getByText('notat.txt er vedhæftet.').waitFor();
    await page.getByRole('link', { name: 'notat.txt' }).waitFor();
    await expectAccessible(page, 'Henvisning');
    await shotAt(page, 'henvisning-tablet', 800);
    await shotAt(page, 'henvisning-desktop', 1280);
    await context.close();
  });
});
