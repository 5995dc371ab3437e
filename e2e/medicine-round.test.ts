/**
 * The medicine round on a tablet: a staff member of Afdeling Bøgen (medarbejder) opens Medicinrunde
 * in the slot running now, registers one dose as given and one as refused (the reason asked for
 * first), gives PN until Mestring refuses a dose over the maximum, records one already given on
 * paper with a reason (flagged), and records a PN dose's effect. axe-core checks each page and dialog;
 * screenshots at tablet and desktop width go to e2e/screenshots.
 *
 * The demo leaves the slot running now to be done (and the last 90 minutes), and two residents of
 * Afdeling Bøgen take doses every six hours (00, 06, 12, 18), so every slot, the night's too, has
 * open doses whenever the test runs.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible, expectTouchTargets, loginUi, newContext, shotAt, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();

const openDoses = (page: Page) => page.locator('.round-dose').filter({ has: page.getByRole('button', { name: 'Givet', exact: true }) });

/** Gives one PN dose of `block`'s line; true if it was given, false if Mestring refused it (the dialog stays open). */
async function givePnOnce(page: Page, block: Locator, reason: string): Promise<boolean> {
  await block.getByRole('button', { name: 'Giv PN' }).click();
  const dialog = page.getByRole('dialog', { name: /^Giv PN/ });
  await dialog.waitFor();
  await dialog.getByLabel('Hvorfor gives PN?').fill(reason);
  await dialog.getByRole('button', { name: 'Registrér PN' }).click();
  // Whichever comes first; the other wait is left to time out quietly.
  return Promise.race([
    dialog.waitFor({ state: 'detached' }).then(() => true, () => false),
    dialog.getByText(/overskrider maksimum/).first().waitFor().then(() => false, () => true),
  ]);
}

describe('a medicine round on a tablet', () => {
  it('registers given and refused doses, gives PN up to the maximum and past it only as already given, records the effect', async () => {
    const context = await newContext(env.browser, 768, 1024, true);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder');

    await page.getByRole('link', { name: 'Medicinrunde' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Medicinrunde – Afdeling Bøgen' }).waitFor();
    await page.locator('.round-citizen').first().waitFor();
    expect(await openDoses(page).count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page, 'Medicinrunde');
    await expectTouchTargets(page, 'Medicinrunde');
    await shotAt(page, 'medicinrunde-tablet', 768);

    // Givet: one tap, then the row says who registered it.
    const first = openDoses(page).first();
    const what = (await first.locator('.round-dose-what strong').first().textContent())!;
    const time = (await first.locator('.round-dose-time').textContent())!;
    await first.getByRole('button', { name: 'Givet', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Dosen er registreret som givet' }).waitFor();
    const done = page.locator('.round-dose').filter({ hasText: what }).filter({ hasText: time }).first();
    await done.getByText('af Mette Jensen').waitFor();

    // Afvist: the reason first.
    await openDoses(page).first().getByRole('button', { name: 'Afvist' }).click();
    const refuse = page.getByRole('dialog', { name: 'Borgeren afviste medicinen' });
    await refuse.waitFor();
    await refuse.getByRole('button', { name: 'Registrér' }).click();
    await refuse.getByText('Skriv årsagen (mindst 3 tegn).').first().waitFor();
    await expectAccessible(page, 'Afvist: fejl');
    await refuse.getByLabel('Årsag').fill('Ville ikke tage den, prøver igen efter morgenmaden');
    await shotAt(page, 'medicinrunde-afvist-tablet', 768);
    await refuse.getByRole('button', { name: 'Registrér' }).click();
    await refuse.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Dosen er registreret som afvist' }).waitFor();
    await page.locator('.round-registered--refused').filter({ hasText: 'Ville ikke tage den' }).first().waitFor();

    // PN: the line with the smallest maximum; a reason is required, then doses until the maximum stops one.
    const blocks = page.locator('.round-pn');
    const texts = await blocks.allTextContents();
    const maxOf = (t: string) => Number(/højst ([\d,]+) stk/.exec(t)?.[1].replace(',', '.') ?? 99);
    const pick = texts.map((t, i) => [maxOf(t), i] as const).sort((a, b) => a[0] - b[0])[0][1];
    const name = /PN: ([^–]+) –/.exec(texts[pick])![1].trim();
    const block = page.locator('.round-pn').filter({ hasText: `PN: ${name}` }).first();
    await block.getByRole('button', { name: 'Giv PN' }).click();
    const pn = page.getByRole('dialog', { name: /^Giv PN/ });
    await pn.getByRole('button', { name: 'Registrér PN' }).click();
    await pn.getByText('Skriv hvorfor der gives PN (mindst 3 tegn).').first().waitFor();
    await expectAccessible(page, 'Giv PN: fejl');
    await pn.getByRole('button', { name: 'Annullér' }).click();
    let given = 0;
    while (await givePnOnce(page, block, 'Urolig og bange efter mareridt')) {
      given++;
      expect(given).toBeLessThanOrEqual(8);
    }
    await pn.getByText(/der kan højst gives 0 stk nu/).first().waitFor();
    await shotAt(page, 'medicinrunde-pn-over-max-tablet', 768);
    await expectAccessible(page, 'Giv PN: over maksimum');

    // Already given on paper during downtime: recorded with a reason, flagged.
    await pn.getByLabel(/Dosen er allerede givet/).check();
    await pn.getByLabel('Begrundelse, hvis maksimum er overskredet').fill('Givet på papir under netværksnedbrud kl. 6');
    await pn.getByRole('button', { name: 'Registrér PN' }).click();
    await pn.waitFor({ state: 'detached' });
    await block.getByText('Over maksimum').first().waitFor();

    // The effect of a PN dose: "Mangler effekt" until it is recorded.
    // One of the doses given above (the list also holds older doses still missing theirs, which leave
    // the window once their effect is recorded).
    const missing = block.locator('li').filter({ hasText: 'Mangler effekt' }).filter({ hasText: 'Urolig og bange efter mareridt' });
    const before = await missing.count();
    expect(before).toBeGreaterThanOrEqual(1);
    await missing.first().getByRole('button', { name: 'Registrér effekt' }).click();
    const effect = page.getByRole('dialog', { name: 'Effekt af PN' });
    await effect.getByLabel('Hvilken effekt så du?').fill('Faldt til ro efter en kop te og 20 minutter');
    await expectAccessible(page, 'Effekt af PN');
    await effect.getByRole('button', { name: 'Gem effekt' }).click();
    await effect.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Effekten er registreret.' }).waitFor();
    await block.getByText('Effekt: Faldt til ro efter en kop te og 20 minutter').waitFor();
    expect(await missing.count()).toBe(before - 1);
    await expectAccessible(page, 'Medicinrunde efter PN');
    await expectTouchTargets(page, 'Medicinrunde efter PN');
    await shotAt(page, 'medicinrunde-pn-tablet', 768);
    await shotAt(page, 'medicinrunde-desktop', 1280);
    await context.close();
  });
});
