/**
 * Support in one's own home in Chromium: a home-support worker (bostotte, Team psykiatri of
 * Bostøtten Nord) logs in, opens a citizen living at home from Mine borgere, plans a visit and
 * records it (a field error first), writes a journal note, and looks at the team's visit overview.
 * axe-core checks every page and dialog; screenshots at desktop and tablet width go to e2e/screenshots.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectTouchTargets, loginUi, newContext, shotAt, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();

describe('a home-support worker visits a citizen living at home', () => {
  it('opens the citizen from Mine borgere, plans and records a visit, writes a note, sees the team overview', async () => {
    const context = await newContext(env.browser, 1280, 900);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'bostotte');

    // Mine borgere: the team's citizens, each shown with the team, none with a place.
    const cards = page.locator('.citizen-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThanOrEqual(8);
    await cards.first().getByText('Team psykiatri, Bostøtten Nord').waitFor();
    await shotAt(page, 'bostotte-mine-borgere-desktop', 1280);

    const link = cards.first().getByRole('heading').getByRole('link');
    const name = (await link.textContent())!.trim();
    await link.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('Bor i eget hjem · Team psykiatri, Bostøtten Nord').waitFor();

    // Besøg: plan one today, then record it.
    const tabs = page.getByRole('navigation', { name: `Faneblade for ${name}` });
    await tabs.getByRole('link', { name: 'Besøg', exact: true }).click();
    await page.getByRole('heading', { name: 'Besøg', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Planlæg besøg' }).click();
    const plan = page.getByRole('dialog', { name: 'Planlæg besøg' });
    await plan.waitFor();
    await plan.getByLabel('Starttidspunkt').fill('07:15');
    await plan.getByLabel('Formål').fill('Morgenrutine og medicin');
    await expectAccessible(page, 'Planlæg besøg');
    await plan.getByRole('button', { name: 'Planlæg', exact: true }).click();
    await plan.waitFor({ state: 'detached' });
    await page.getByText(/Besøget er planlagt .* kl\. 07:15\./).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Morgenrutine og medicin' }).first();
    await row.getByText('Planlagt').waitFor();
    await shotAt(page, 'besog-fane-desktop', 1280);

    await row.getByRole('button', { name: /^Registrér/ }).click();
    const record = page.getByRole('dialog', { name: 'Registrér besøg' });
    await record.waitFor();
    // An end before the start: the server's message at the field.
    await record.getByLabel('Start', { exact: true }).fill('08:00');
    await record.getByLabel('Slut', { exact: true }).fill('07:30');
    await record.getByRole('button', { name: 'Gem', exact: true }).click();
    await record.getByText('Besøget skal slutte efter det begyndte.').first().waitFor();
    expect(await record.getByLabel('Slut', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'Registrér besøg: fejl');
    await record.getByLabel('Slut', { exact: true }).fill('08:40');
    await record.getByLabel('Kort bemærkning').fill('Medicin taget, morgenmad spist.');
    await shotAt(page, 'besog-registrer-tablet', 768);
    await record.getByRole('button', { name: 'Gem', exact: true }).click();
    await record.waitFor({ state: 'detached' });
    await page.getByText('Besøget er registreret som gennemført.').waitFor();
    await row.getByText('Gennemført').waitFor();
    await row.getByText('08:00–08:40 (40 min.)').waitFor();
    await expectAccessible(page, 'Besøg');
    await expectTouchTargets(page, 'Besøg');
    await shotAt(page, 'besog-fane-tablet', 768);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The visit in the journal: a note, same record.
    await tabs.getByRole('link', { name: 'Journal', exact: true }).click();
    const note = `Besøg i hjemmet kl. 8. ${name.split(' ')[0]} havde selv lavet morgenmad.`;
    await page.getByLabel('Notat', { exact: true }).fill(note);
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Notatet er gemt kl.' }).waitFor();
    await page.getByRole('list', { name: 'Notater' }).getByText(note).first().waitFor();
    await expectAccessible(page, 'Journal (bostøtte)');

    // The coordinator's overview of the team: the citizen visited today.
    await tabs.getByRole('link', { name: 'Besøg', exact: true }).click();
    await page.getByRole('link', { name: 'Besøgsoversigt for Team psykiatri' }).click();
    await page.getByRole('heading', { level: 1, name: 'Besøg – Team psykiatri' }).waitFor();
    const citizenRow = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await citizenRow.getByText('(i dag)').waitFor();
    await expectAccessible(page, 'Besøgsoversigt');
    await shotAt(page, 'besog-team-desktop', 1280);
    await shotAt(page, 'besog-team-tablet', 768);
    await context.close();
  });
});
