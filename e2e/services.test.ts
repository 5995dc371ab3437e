/**
 * A stay ends and the next begins, in Chromium: Bostedet Lærkehøj's leader ends a citizen's § 108
 * stay, saying why and where the citizen went (first refused without them); the receiving
 * facility's leader (Botilbuddet Strandly, created by the admin in the set-up) starts the new
 * § 107 stay with its grant — acting and paying municipality Gentofte, a daily rate — and opens
 * the record, which shows the stay and the ended one's reason.
 * axe-core checks the dialog and the record; screenshots go to e2e/screenshots.
 */
import { describe, expect, it } from 'vitest';
import { apiLogin } from './api-client.js';
import { DEMO_PASSWORD, expectAccessible, loginUi, newContext, shot, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();
const RECEIVING = 'Botilbuddet Strandly';
const RECEIVER = { username: 'leder.strandly', password: 'strandly-leder-2026' };
const ADMIN_SET = 'engangs-kode-2026';


describe('a stay ends with where the citizen went, and the receiving facility starts the next', () => {
  let citizenId = '';
  let citizenName = '';
  let citizenCpr = '';

  it('the leader of Bostedet Lærkehøj ends a stay: reason and destination required, then saved', async () => {
    const context = await newContext(env.browser, 1024, 768, true);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'leder');
    const first = page.getByRole('main').locator('.citizen-list').getByRole('link').first();
    citizenName = (await first.textContent())!.trim();
    await first.click();
    await page.getByRole('heading', { level: 1, name: citizenName }).waitFor();
    citizenId = new URL(page.url()).pathname.split('/').filter(Boolean).pop()!;
    // The receiving facility will know the citizen by their CPR number (as from the case worker's referral).
    citizenCpr = ((await (await apiLogin(env.server.url, 'leder', DEMO_PASSWORD)).post(`/api/citizens/${citizenId}/cpr`, {})).json as { cpr: string }).cpr;

    await page.getByRole('button', { name: /^Flyt ud/ }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Årsag').waitFor();
    await dialog.getByRole('button', { name: 'Afslut' }).click();
    await dialog.getByText('Angiv hvorfor indsatsen slutter.').first().waitFor();
    await expectAccessible(page, 'Flyt ud: fejl');

    await dialog.getByLabel('Årsag').selectOption({ label: 'Behov for en anden indsats' });
    await dialog.getByRole('button', { name: 'Afslut' }).click();
    await dialog.getByText('Angiv hvor borgeren flytter hen, når et ophold slutter.').first().waitFor();
    await dialog.getByLabel('Hvor flytter borgeren hen?').selectOption({ label: 'Andet tilbud i kommunen' });
    await shot(page, 'services-move-out-tablet');
    await dialog.getByRole('button', { name: 'Afslut' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Moved out today: the citizen is no longer this leader's, so the record closes for them.
    await context.close();
  });

  it('the receiving facility’s leader starts the new stay and sees it on the record', async () => {
    // Set-up: the admin gives Botilbuddet Strandly a named leader.
    const admin = await apiLogin(env.server.url, 'admin', DEMO_PASSWORD);
    const units = (await admin.get('/api/org-units')).json.data as Array<{ id: string; name: string; kind: string }>;
    const strandly = units.find((u) => u.kind === 'facility' && u.name === RECEIVING)!;
    const created = await admin.post('/api/users', {
      displayName: 'Yasmin Haddad', username: RECEIVER.username, password: ADMIN_SET,
      roles: [{ role: 'facility_leader', orgUnitId: strandly.id }],
    });
    expect(created.status).toBe(201);
    // The admin's password is one-time: the leader chooses her own first.
    const firstLogin = await apiLogin(env.server.url, RECEIVER.username, ADMIN_SET);
    expect((await firstLogin.post('/api/auth/password', { currentPassword: ADMIN_SET, newPassword: RECEIVER.password })).status).toBe(200);

    // She registers the citizen by CPR number into a vacant place of Strandly's: the number is known,
    // and nobody has the citizen in care, so she is offered to move the known citizen in instead.
    const context = await newContext(env.browser, 1024, 768, true);
    const page = await context.newPage();
    await loginUi(page, env.server.url, RECEIVER.username, RECEIVER.password);
    await page.goto(`${env.server.url}/borgere/ny`);
    await page.getByLabel('CPR-nummer').fill(citizenCpr);
    const [firstName, ...rest] = citizenName.split(' ');
    await page.getByLabel('Fornavn').fill(firstName);
    await page.getByLabel('Efternavn').fill(rest.join(' '));
    await page.locator('#nc-groups').getByRole('checkbox').first().check();
    await page.locator('#nc-facility').selectOption({ label: RECEIVING });
    const place = page.locator('#nc-place');
    await place.locator('option:not([value=""])').first().waitFor({ state: 'attached' });
    await place.selectOption({ index: 1 });
    await page.locator('#nc-kind').selectOption('temporary_residence');
    await page.getByRole('button', { name: 'Registrér borger' }).click();
    await page.getByText('Borgeren er allerede kendt i kommunen').waitFor();
    await expectAccessible(page, 'Kendt borger');
    await shot(page, 'services-known-citizen-tablet');
    await page.getByRole('button', { name: 'Flyt den kendte borger ind' }).click();
    await page.getByRole('heading', { level: 1, name: citizenName }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/borgere/${citizenId}`);
    const panel = page.getByRole('main');
    await panel.getByText('Midlertidigt botilbud').first().waitFor();
    await panel.getByText(RECEIVING).first().waitFor();
    await expectAccessible(page, 'Borger efter indflytning');
    await shot(page, 'services-new-stay-tablet');
    await context.close();
  });
});
