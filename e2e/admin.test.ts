/**
 * Administration in Chromium: the admin adds a place to a unit of Bostedet Lærkehøj (a field
 * error first) and deactivates it, adds a unit to the facility, creates a staff user on that unit
 * and deactivates them; the facility leader then sees the changes in the facility's figures.
 * axe-core checks every page and dialog; screenshots go to e2e/screenshots.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, expectAccessible, loginUi, newContext, shot, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();

const FACILITY = 'Bostedet Lærkehøj';
const UNIT = 'Afdeling Bøgen';
const PLACE = 'Lejlighed 99';
const NEW_UNIT = 'Afdeling Test';
const USER = { name: 'Test Testesen', username: 'test.testesen', password: 'lang-nok-42', own: 'mit-eget-nye-kodeord-7' };

/** Bøgen's active places as the admin last saw them; the leader's figures must say the same. */
let activePlaces = -1;

const todayInCopenhagen = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/** One admin session for the admin's steps (they build on each other): logged in once, at Administration › Organisation. */
let adminContext: BrowserContext | undefined;
let adminPage: Page | undefined;
async function openAdmin(): Promise<Page> {
  if (!adminPage) {
    adminContext = await newContext(env.browser);
    adminPage = await adminContext.newPage();
    await loginUi(adminPage, env.server.url, 'admin', DEMO_PASSWORD, 'Tilbud');
  }
  const page = adminPage;
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
  return page;
}

/** A unit in the tree; its link reads "<name> <kind>". */
const treeLink = (page: Page, name: string, kind: 'Tilbud' | 'Afdeling') =>
  page.getByRole('navigation', { name: 'Organisationen' }).getByRole('link', { name: `${name} ${kind}`, exact: true });

/** Opens a unit from the tree and returns its panel. */
async function openUnit(page: Page, name: string, kind: 'Tilbud' | 'Afdeling') {
  await treeLink(page, name, kind).click();
  const panel = page.getByRole('region', { name, exact: true });
  await panel.getByRole('heading', { level: 2, name }).waitFor();
  return panel;
}

/** The number in "Pladser (14 aktive)". */
async function activeCount(page: Page): Promise<number> {
  const text = await page.getByRole('heading', { level: 3, name: /^Pladser \(/ }).textContent();
  return Number(/\((\d+) aktiv/.exec(text ?? '')![1]);
}

describe('the admin keeps the organisation and its users; the leader sees the result', () => {
  it('admin: add a place to a unit (a field error first), then deactivate it', async () => {
    const page = await openAdmin();
    await treeLink(page, UNIT, 'Afdeling').waitFor();
    await expectAccessible(page, 'Administration: organisation');

    await openUnit(page, FACILITY, 'Tilbud');
    const panel = await openUnit(page, UNIT, 'Afdeling');
    // Choosing in the tree moves focus to the panel, so a screen reader hears which unit opened.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(UNIT);
    expect(await treeLink(page, UNIT, 'Afdeling').getAttribute('aria-current')).toBe('true');
    await panel.getByText(`Afdeling · under ${FACILITY}`).waitFor();
    await panel.getByRole('table', { name: /^Pladser \(/ }).waitFor();
    const before = await activeCount(page);
    expect(before).toBeGreaterThan(0);

    await panel.getByRole('button', { name: 'Tilføj plads' }).click();
    const dialog = page.getByRole('dialog', { name: `Ny plads på ${UNIT}` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Aktiv fra').inputValue()).toBe(todayInCopenhagen());
    await dialog.getByLabel('Lovgrundlag').selectOption({ label: '§107 – Midlertidigt botilbud' });
    const groups = dialog.getByRole('group', { name: 'Målgrupper' });
    await groups.getByRole('checkbox', { name: 'Autisme' }).check();

    // No name: the server's Danish message at the field and in the summary, which leads to the field.
    await dialog.getByRole('button', { name: 'Tilføj plads' }).click();
    const summary = dialog.getByRole('alert').filter({ hasText: 'Ret følgende:' });
    await summary.getByRole('link', { name: 'Pladsens navn: Skal udfyldes.' }).waitFor();
    const name = dialog.getByLabel('Pladsens navn');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('Fejl: Skal udfyldes.').waitFor();
    await expectAccessible(page, 'Ny plads: fejl');
    await summary.getByRole('link').click();
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);

    // The same dialog on a portrait tablet: fits without sideways scrolling.
    await page.setViewportSize({ width: 768, height: 1024 });
    await shot(page, 'admin-place-form-tablet');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1366, height: 768 });

    await name.fill(PLACE);
    await dialog.getByRole('button', { name: 'Tilføj plads' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByText(`Pladsen ${PLACE} er oprettet.`).waitFor();
    const row = panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: PLACE, exact: true }) });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['§107', 'Ledig']));
    expect(await row.getByRole('cell').nth(1).textContent()).toContain('Autisme');
    await expect.poll(() => activeCount(page)).toBe(before + 1);

    await row.getByRole('button', { name: `Deaktivér ${PLACE}` }).click();
    const confirm = page.getByRole('dialog', { name: `Deaktivér ${PLACE}?` });
    await confirm.getByText('Fra i dag tæller pladsen ikke med i belægningen').waitFor();
    await expectAccessible(page, 'Deaktivér plads');
    await confirm.getByRole('button', { name: 'Deaktivér', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await panel.getByText(`Pladsen ${PLACE} er deaktiveret.`).waitFor();
    await row.getByText(/^Deaktiveret /).waitFor();
    await row.getByRole('button', { name: `Aktivér igen ${PLACE}` }).waitFor();
    await expect.poll(() => activeCount(page)).toBe(before);
    activePlaces = before;
    await expectAccessible(page, 'Administration: afdeling med deaktiveret plads');

    // Back later (the address keeps the unit): the page opens at the top, and the tree shows the unit in the window.
    await page.reload();
    await panel.getByRole('table', { name: /^Pladser \(/ }).waitFor();
    const inWindow = () => treeLink(page, UNIT, 'Afdeling').evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight);
    await expect.poll(inWindow).toBe(true);
    await page.mouse.move(0, 0);
    await shot(page, 'admin-organisation-desktop');
  });

  it('admin: add a unit to the facility; it opens and shows in the tree under the facility', async () => {
    const page = await openAdmin();
    const panel = await openUnit(page, FACILITY, 'Tilbud');
    await panel.getByRole('heading', { level: 3, name: `Opret under ${FACILITY}` }).waitFor();
    await panel.getByLabel('Navn på ny afdeling').fill(NEW_UNIT);
    await panel.getByRole('button', { name: 'Opret afdeling' }).click();

    const created = page.getByRole('region', { name: NEW_UNIT, exact: true });
    await created.getByText(`Afdeling · under ${FACILITY}`).waitFor();
    await created.getByText('Afdelingen har ingen pladser.').waitFor();
    expect(await treeLink(page, NEW_UNIT, 'Afdeling').getAttribute('aria-current')).toBe('true');
    // In the tree it sits among the facility's units, before the next facility.
    const names = await page.getByRole('navigation', { name: 'Organisationen' }).getByRole('link').allTextContents();
    const at = (text: string) => names.findIndex((n) => n.startsWith(text));
    expect(at(NEW_UNIT)).toBeGreaterThan(at(FACILITY));
    expect(names.slice(at(FACILITY) + 1, at(NEW_UNIT)).every((n) => n.endsWith('Afdeling'))).toBe(true);
    await expectAccessible(page, 'Administration: ny afdeling');
  });

  it('admin: create a staff user on the new unit, open them again, deactivate them', async () => {
    const page = await openAdmin();
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Brugere' }).click();
    const table = page.getByRole('table', { name: 'Brugere med brugernavn, roller og status' });
    await table.waitFor();
    await expectAccessible(page, 'Administration: brugere');

    await page.getByRole('button', { name: 'Opret bruger' }).click();
    const dialog = page.getByRole('dialog', { name: 'Opret bruger' });
    // The person's name first: the field the dialog starts in.
    const displayName = dialog.getByLabel('Navn', { exact: true });
    await expect.poll(() => displayName.evaluate((el) => el === document.activeElement)).toBe(true);
    await displayName.fill(USER.name);
    await dialog.getByLabel('Brugernavn').fill(USER.username);
    await dialog.getByLabel('Første adgangskode').fill('for-kort');
    expect(await dialog.getByLabel('Rolle 1', { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0].text)).toBe('Medarbejder');
    await dialog.getByLabel('Enhed for rolle 1').selectOption({ label: `${FACILITY} › ${NEW_UNIT}` });
    await dialog.getByRole('button', { name: 'Opret bruger' }).click();
    await dialog.getByRole('link', { name: 'Første adgangskode: Adgangskoden skal have mindst 10 tegn.' }).waitFor();
    await expectAccessible(page, 'Opret bruger: fejl');

    await dialog.getByLabel('Første adgangskode').fill(USER.password);
    await dialog.getByRole('button', { name: 'Opret bruger' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(`${USER.name} er oprettet med brugernavnet ${USER.username}.`).waitFor();
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: USER.name }) });
    expect(await row.textContent()).toContain(`Medarbejder – ${FACILITY} › ${NEW_UNIT}`);
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Aktiv');
    await page.getByLabel('Søg på navn, brugernavn eller enhed').fill(NEW_UNIT);
    await page.getByRole('status').getByText('1 bruger', { exact: true }).waitFor();
    await shot(page, 'admin-users-desktop');

    // The password the admin gave is one-time: the colleague's first login shows only the password
    // change, with why; a guessable choice is refused with the reason; then Mestring opens.
    const first = await newContext(env.browser);
    const theirs = await first.newPage();
    await loginUi(theirs, env.server.url, USER.username, USER.password, 'Skift adgangskode');
    await theirs.getByText('Vælg din egen adgangskode').waitFor();
    await theirs.goto(`${env.server.url}/`);
    await theirs.getByRole('heading', { level: 1, name: 'Skift adgangskode' }).waitFor();
    await theirs.getByLabel('Nuværende adgangskode').fill(USER.password);
    await theirs.getByLabel('Ny adgangskode', { exact: true }).fill('1234567890');
    await theirs.getByLabel('Gentag ny adgangskode').fill('1234567890');
    await theirs.getByRole('button', { name: 'Skift adgangskode' }).click();
    await theirs.getByRole('link', { name: /^Ny adgangskode: Adgangskoden er for let at gætte/ }).waitFor();
    await expectAccessible(theirs, 'Engangsadgangskode: skift');
    await shot(theirs, 'one-time-password-desktop');
    await theirs.getByLabel('Ny adgangskode', { exact: true }).fill(USER.own);
    await theirs.getByLabel('Gentag ny adgangskode').fill(USER.own);
    await theirs.getByRole('button', { name: 'Skift adgangskode' }).click();
    await theirs.getByRole('link', { name: 'Fortsæt til Mestring' }).click();
    await theirs.getByRole('heading', { level: 1, name: 'Mine borgere' }).waitFor();
    // Their own log marks what this session, begun with the admin's password, did in their name.
    await theirs.getByRole('link', { name: 'Skift adgangskode' }).click();
    const ownLog = theirs.getByRole('table', { name: 'Det seneste, der er gjort i dit navn' });
    await ownLog.getByText('Adgangskode sat af administrator').first().waitFor();
    await expectAccessible(theirs, 'Brug af din konto');
    await first.close();
    // Their change is a new version of the user: the admin's list loads it anew.
    await page.reload();
    await table.waitFor();
    await page.getByLabel('Søg på navn, brugernavn eller enhed').fill(NEW_UNIT);

    // Opened again, the form shows what was saved.
    await row.getByRole('button', { name: `Redigér ${USER.name}` }).click();
    const edit = page.getByRole('dialog', { name: `Redigér ${USER.name}` });
    expect(await edit.getByLabel('Navn', { exact: true }).inputValue()).toBe(USER.name);
    // The unit list loads after the dialog opens: the chosen unit shows once it is there.
    await expect.poll(() => edit.getByLabel('Enhed for rolle 1').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe(`${FACILITY} › ${NEW_UNIT}`);
    await expectAccessible(page, 'Redigér bruger');
    await edit.getByRole('button', { name: 'Annullér' }).click();
    await edit.waitFor({ state: 'detached' });

    await row.getByRole('button', { name: `Deaktivér ${USER.name}` }).click();
    const confirm = page.getByRole('dialog', { name: `Deaktivér ${USER.name}?` });
    await confirm.getByRole('button', { name: 'Deaktivér', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByText(`${USER.name} er deaktiveret.`).waitFor();
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Deaktiveret');
    await row.getByRole('button', { name: `Aktivér igen ${USER.name}` }).waitFor();
    await page.getByLabel('Vis').selectOption({ label: 'Aktive brugere' });
    await page.getByText('Ingen brugere passer på søgningen.').waitFor();
    await expectAccessible(page, 'Brugere: deaktiveret bruger');
    await adminContext!.close();

    // The deactivated user cannot log in.
    const later = await newContext(env.browser);
    const login = await later.newPage();
    await login.goto(`${env.server.url}/login`);
    await login.getByLabel('Brugernavn').fill(USER.username);
    await login.getByLabel('Adgangskode').fill(USER.own);
    await login.getByRole('button', { name: 'Log ind' }).click();
    await login.getByRole('alert').waitFor();
    expect(new URL(login.url()).pathname).toBe('/login');
    await later.close();
  });

  it('leader: the facility’s figures follow the admin’s changes', async () => {
    expect(activePlaces).toBeGreaterThan(0);
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'leder');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Tilbud', exact: true }).click();
    await page.getByRole('link', { name: FACILITY }).first().click();
    await page.getByRole('heading', { level: 1, name: FACILITY }).waitFor();

    // The deactivated place is listed as such but not counted; the new unit has no places yet.
    const overview = page.getByRole('table', { name: 'Afdelingernes pladser og belægning' });
    const placesOf = (unit: string) =>
      overview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: unit }) }).getByRole('cell').first().textContent();
    expect(await placesOf(UNIT)).toBe(String(activePlaces));
    expect(await placesOf(NEW_UNIT)).toBe('0');
    const unitPlaces = page.getByRole('region', { name: UNIT, exact: true });
    await unitPlaces.getByText(`${activePlaces} pladser ·`).waitFor();
    const row = unitPlaces.getByRole('row').filter({ has: page.getByRole('rowheader', { name: PLACE, exact: true }) });
    expect(await row.getByRole('cell').allTextContents()).toContain('Deaktiveret');
    expect(await page.getByText(/^Ledige? plads/).locator('..').textContent()).not.toContain(PLACE);
    await page.getByRole('region', { name: NEW_UNIT, exact: true }).getByText('Afdelingen har ingen pladser.').waitFor();
    // The admin's new colleague got a role that reads the facility's citizens: the leader sees who, what and by whom.
    const grants = page.getByRole('region', { name: 'Tildelte roller' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: USER.name }) });
    expect(await grants.getByRole('cell').allTextContents()).toEqual([expect.any(String), 'Medarbejder', NEW_UNIT, expect.stringMatching(/.+/)]);
    await expectAccessible(page, 'Tilbud efter administratorens ændringer');
    await context.close();
  });
});
