/**
 * The main user journey in Chromium, on `npm start`'s own server and demo data: staff log in →
 * open a citizen → add a goal (taps counted) → write a note linked to it → record a follow-up; the
 * facility leader then finds the goal among follow-ups with who is responsible, and sees the staff
 * member in the access log; the center manager starts on the facilities overview.
 * axe-core checks every page visited; screenshots go to e2e/screenshots for the README.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, expectAccessible, expectTouchTargets, loginUi, newContext, shot, shotAt, useDemoInBrowser } from './support.js';
import { todayInCopenhagen } from '../src/domain/dates.js';
import { format, addDays, parseISO } from 'date-fns';

const env = useDemoInBrowser();

/** A fresh browser context (desktop 1280 wide unless told), signed in as `username` on the start page. */
async function signedIn(username: string, width = 1280, height = 800, touch = false) {
  const context = await newContext(env.browser, width, height, touch);
  const page = await context.newPage();
  await loginUi(page, env.server.url, username);
  return { context, page };
}
const goalTitle = `Jeg vil selv lave min morgenmad ${Date.now().toString(36)}`;
const inAWeek = format(addDays(parseISO(todayInCopenhagen()), 7), 'yyyy-MM-dd');

/**
 * Counts what the user does with their fingers from now on: every real click or tap, and every
 * choice in a drop-down (Playwright's selectOption fires no click). Typing is not counted.
 */
async function countTaps(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { taps: number };
    w.taps = 0;
    document.addEventListener('click', (e) => e.isTrusted && w.taps++, true);
    document.addEventListener('change', (e) => (e.target as Element).tagName === 'SELECT' && w.taps++, true);
  });
  return () => page.evaluate(() => (window as unknown as { taps: number }).taps);
}

/**
 * "Skriv notat" on the first card of Mine borgere: the confirmation appears on that card, focused,
 * with the note as its latest; the list does not move and the confirmation stays.
 */
async function quickNoteOnFirstCard(page: Page, screenshot: string) {
  const card = page.locator('.citizen-card').first();
  const top = (await card.boundingBox())!.y;
  const text = `Hurtigt notat ${Date.now().toString(36)}`;
  await card.getByRole('button', { name: 'Skriv notat' }).click();
  await page.getByRole('dialog').getByLabel('Notat', { exact: true }).fill(text);
  await page.getByRole('dialog').getByRole('button', { name: 'Gem', exact: true }).click();
  const confirmation = card.getByRole('status');
  await confirmation.getByText('Notatet er gemt kl.').waitFor();
  expect(await confirmation.evaluate((el) => el === document.activeElement)).toBe(true);
  await card.getByText(text).waitFor();
  expect((await card.boundingBox())!.y).toBe(top);
  await page.waitForTimeout(6500);
  expect(await confirmation.isVisible()).toBe(true);
  expect((await card.boundingBox())!.y).toBe(top);
  await expectAccessible(page, 'Mine borgere efter notat');
  await shot(page, screenshot);
}

/** Opens a page from the main menu and waits for its heading (the same words). */
async function openFromMenu(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('staff document a goal and its follow-up; the leader sees it', () => {
  let citizenName = '';

  it('staff: Mine borgere → citizen → new goal → linked note → follow-up', async () => {
    const { context, page } = await signedIn('medarbejder');
    await page.getByRole('button', { name: 'Skriv notat' }).first().waitFor();
    await expectAccessible(page, 'Mine borgere');
    await shot(page, 'mine-borgere-desktop');
    await quickNoteOnFirstCard(page, 'mine-borgere-note-saved-desktop');

    const firstCitizen = page.getByRole('main').locator('.citizen-list').getByRole('link').first();
    citizenName = (await firstCitizen.textContent())!.trim();
    await firstCitizen.click();
    await page.getByRole('heading', { level: 1, name: citizenName }).waitFor();
    await expectAccessible(page, 'Borger: overblik');
    await shot(page, 'borger-overblik-desktop');

    // From the plan tab to a saved goal: at most 5 taps besides the typing. Goal type, responsible,
    // start and next follow-up come filled in; making breakfast is a practical task in FFB.
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('link', { name: 'Nyt mål' }).waitFor();
    const taps = await countTaps(page);
    await page.getByRole('link', { name: 'Nyt mål' }).click();
    await page.getByLabel('Målet med borgerens egne ord').fill(goalTitle);
    await page.getByLabel('Det er vigtigt for mig').fill('At klare mig selv om morgenen, så jeg kan nå bussen til værkstedet.');
    await page.getByLabel('Tilstand (FFB)').selectOption({ label: 'Lave mad' }); // cooking: Praktiske opgaver → Lave mad
    await page.getByLabel('Målniveau').selectOption({ index: 1 });
    expect(await page.getByRole('radio', { name: 'Udvikle funktionsevne' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Næste opfølgning').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expectAccessible(page, 'Nyt mål');
    await page.getByRole('radio', { name: 'Udvikle funktionsevne' }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shotAt(page, 'nyt-maal-desktop', 1280);
    await page.getByRole('button', { name: 'Opret mål' }).click();
    await page.getByRole('heading', { name: goalTitle }).waitFor();
    // Open the form, the life area, the target level, save: the counter sees those four; 5 at most.
    const counted = await taps();
    expect(counted).toBeGreaterThanOrEqual(4);
    expect(counted).toBeLessThanOrEqual(5);

    // The note, linked to the goal, from the journal tab.
    await page.getByRole('link', { name: 'Journal', exact: true }).click();
    const note = `Øvede at smøre rugbrød selv i dag. ${goalTitle}`;
    await page.getByLabel('Notat', { exact: true }).fill(note);
    await page.getByRole('checkbox', { name: goalTitle }).check();
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    // The confirmation is where the user looks (on the form, focused) and the note at the top of the list.
    const confirmation = page.getByRole('status').filter({ hasText: 'Notatet er gemt kl.' });
    await confirmation.waitFor();
    expect(await confirmation.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('list', { name: 'Notater' }).getByText(note).first().waitFor();
    await expectAccessible(page, 'Journal');
    await shot(page, 'journal-desktop');

    // The follow-up, from the goal's page, due again within a week.
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('link', { name: goalTitle }).first().click();
    await page.getByRole('heading', { name: goalTitle }).waitFor();
    await expect(page.getByText(note).first()).toBeDefined();
    await page.getByRole('button', { name: 'Registrér opfølgning' }).click();
    await page.getByLabel('Notat om opfølgningen').fill('Smører selv rugbrød tre dage om ugen. Vi fortsætter.');
    await page.getByRole('button', { name: 'Gem opfølgning' }).click();
    // Nothing chosen: the error says so in words, not as a validator's list of codes.
    const summary = page.locator('.alert-error').first();
    await summary.waitFor();
    const errors = (await summary.textContent()) ?? '';
    expect(errors).toContain('Vælg, hvordan det er gået');
    expect(errors).not.toMatch(/["|]|forventede|improved/);
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
    const { context, page } = await signedIn('leder');
    await openFromMenu(page, 'Opfølgninger');
    const row = page.getByRole('row').filter({ hasText: goalTitle });
    await row.waitFor();
    await expect(await row.textContent()).toContain(citizenName);
    // The staff member who added the goal is responsible for it by default.
    await expect(await row.textContent()).toContain('Mette Jensen');
    await expectAccessible(page, 'Opfølgninger');
    await shotAt(page, 'opfolgninger-desktop', 1280);
    await shotAt(page, 'opfolgninger-tablet', 768);

    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: goalTitle }).waitFor();
    await page.getByRole('link', { name: 'Adgangslog' }).click();
    const staffRow = page.getByRole('row').filter({ hasText: 'Mette Jensen' }).first();
    await staffRow.waitFor();
    await expectAccessible(page, 'Adgangslog');
    await shot(page, 'adgangslog-desktop');

    // The facility page counts each unit's places (the singular "1 ledig" is UnitPlaces.test.tsx's).
    await openFromMenu(page, 'Tilbud');
    await page.getByRole('main').getByRole('link').first().click();
    const unitLine = page.getByText(/^\d+ pladser · \d+ optaget · \d+ ledige?$/).first();
    await unitLine.waitFor();
    await unitLine.scrollIntoViewIfNeeded();
    expect(await page.getByText(/\b1 ledige\b|\b1 pladser\b/).count()).toBe(0);
    await expectAccessible(page, 'Tilbud');
    await shot(page, 'tilbud-desktop');
    await context.close();
  });

  it('center manager: starts on the facilities overview, with figures and no citizen named', async () => {
    const context = await newContext(env.browser, 1280, 800);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'chef', DEMO_PASSWORD, 'Tilbud');
    const table = page.getByRole('table');
    await table.getByRole('columnheader', { name: 'Opfølgninger over tid' }).waitFor();
    await table.getByRole('columnheader', { name: 'Dækninger nu' }).waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(2);
    expect(await page.getByRole('main').textContent()).not.toContain(citizenName);
    await expect(page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Mine borgere' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'Centerchefens overblik');
    await shot(page, 'overblik-chef-desktop');
    await shotAt(page, 'overblik-chef-tablet', 768);
    // The whole table on a tablet, the running covers' column too: no sideways scroll, of the page or the table.
    const overflow = await page.evaluate(() => {
      const box = document.querySelector('.table-scroll')!;
      return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, box.scrollWidth - box.clientWidth);
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('the pages fit a tablet', async () => {
    const context = await newContext(env.browser, 768, 1024);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder');
    await page.getByRole('button', { name: 'Skriv notat' }).first().waitFor();
    await shot(page, 'mine-borgere-tablet');
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.getByRole('main').getByRole('link', { name: citizenName }).first().click();
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('link', { name: 'Nyt mål' }).click();
    await page.getByRole('radio', { name: 'Udvikle funktionsevne', checked: true }).waitFor();
    await shot(page, 'nyt-maal-tablet');
    expect(await overflow()).toBeLessThanOrEqual(0);
    // One screen: what is left to fill in, and the button that saves, without scrolling.
    for (const control of [page.getByLabel('Tilstand (FFB)'), page.getByLabel('Målniveau'), page.getByRole('button', { name: 'Opret mål' })]) {
      const box = (await control.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(1024);
    }
    await context.close();
  });

  it('staff: the handover offers 24, 48 and 72 hours and has notes from the last hours; a paused goal says so', async () => {
    const { context, page } = await signedIn('medarbejder');
    await openFromMenu(page, 'Vagtoverlevering');
    // The demo's journal runs up to now: a fresh demo's handover is never empty.
    await page.locator('.handover-group').first().waitFor();
    const day = await page.locator('.note').count();
    await page.getByText('72 timer', { exact: true }).click();
    await page.getByText('Notater fra de sidste 72 timer').waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('.note').length > n, day);
    await expectAccessible(page, 'Vagtoverlevering');
    await shot(page, 'vagtoverlevering-desktop');

    await page.goto(`${env.server.url}/`);
    await page.getByRole('main').getByRole('link', { name: citizenName }).click();
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('link', { name: goalTitle }).first().click();
    await page.getByRole('button', { name: 'Sæt på pause' }).click();
    await page.getByLabel('Begrundelse').fill('Ferie hos familien i tre uger.');
    await page.getByRole('dialog').getByRole('button', { name: 'Sæt på pause' }).click();
    await page.getByRole('heading', { name: goalTitle }).getByText('Sat på pause').waitFor();
    expect(await page.getByRole('heading', { name: goalTitle }).textContent()).not.toContain('Aktivt');
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    const card = page.locator('.goal-card').filter({ hasText: goalTitle });
    await card.getByText('Sat på pause').first().waitFor();
    await card.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'Plan med mål på pause');
    await shot(page, 'plan-desktop');
    await context.close();
  });

  it('the pages fit a tablet, with finger-sized targets and the red action apart', async () => {
    const { context, page } = await signedIn('medarbejder', 768, 1024, true);
    const fits = async (name: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      await expectTouchTargets(page, name);
      await shot(page, `${name}-tablet`);
    };
    await page.getByRole('button', { name: 'Skriv notat' }).first().waitFor();
    await fits('mine-borgere');
    await quickNoteOnFirstCard(page, 'mine-borgere-note-saved-tablet');

    await page.getByRole('main').getByRole('link', { name: citizenName }).click();
    await page.getByRole('link', { name: 'Journal', exact: true }).click();
    const correct = page.getByRole('button', { name: 'Ret', exact: true }).first();
    await correct.waitFor();
    const note = page.locator('.note').filter({ has: correct }).first();
    const retBox = (await correct.boundingBox())!;
    const redBox = (await note.getByRole('button', { name: 'Markér som fejlregistreret' }).boundingBox())!;
    // Apart: not within a finger's reach of Ret.
    const gap = Math.max(redBox.x - (retBox.x + retBox.width), redBox.y - (retBox.y + retBox.height));
    expect(gap).toBeGreaterThanOrEqual(44);
    await fits('journal');

    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.locator('.goal-card').first().waitFor();
    await fits('plan');
    await page.getByRole('link', { name: goalTitle }).first().click();
    await page.getByRole('heading', { name: goalTitle }).waitFor();
    await fits('maal');

    await page.getByRole('link', { name: 'Vagtoverlevering' }).first().click();
    await page.locator('.handover-group').first().waitFor();
    await fits('vagtoverlevering');
    await context.close();
  });
});

