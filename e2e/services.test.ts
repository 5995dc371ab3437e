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

const todayIso = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

describe('a stay ends with where the citizen went, and the receiving facility starts the next', () => {
  let citizenId = '';
  let citizenName = '';

  it('the leader of Bostedet Lærkehøj ends a stay: reason and destination required, then saved', async () => {
    const context = await newContext(env.browser, 1024, 768, true);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'leder');
    const first = page.getByRole('main').locator('.citizen-list').getByRole('link').first();
    citizenName = (await first.textContent())!.trim();
    await first.click();
    await page.getByRole('heading', { level: 1, name: citizenName }).waitFor();
    citizenId = new URL(page.url()).pathname.split('/').filter(Boolean).pop()!;

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
    const first = await apiLogin(env.server.url, RECEIVER.username, ADMIN_SET);
    expect((await first.post('/api/auth/password', { currentPassword: ADMIN_SET, newPassword: RECEIVER.password })).status).toBe(200);

    // The new stay starts today on a vacant place of Strandly's, bought by Gentofte.
    const receiver = await apiLogin(env.server.url, RECEIVER.username, RECEIVER.password);
    const facility = (await receiver.get(`/api/facilities/${strandly.id}`)).json.data as {
      units: Array<{ places: Array<{ id: string; active: boolean; occupied: boolean }> }>;
    };
    const vacant = facility.units.flatMap((u) => u.places).find((p) => p.active && !p.occupied)!;
    const moveIn = await receiver.post(`/api/citizens/${citizenId}/interventions`, {
      kindCode: 'temporary_residence', placeId: vacant.id, startDate: todayIso(),
      actingMunicipalityCode: '157', payingMunicipalityCode: '157', rate: { amountDkk: 3150, unit: 'day' },
    });
    expect(moveIn.status, JSON.stringify(moveIn.json)).toBe(201);
    expect(moveIn.json.data).toMatchObject({ legalBasis: '§107', step: 6, actingMunicipality: { name: 'Gentofte Kommune' } });

    const context = await newContext(env.browser, 1024, 768, true);
    const page = await context.newPage();
    await loginUi(page, env.server.url, RECEIVER.username, RECEIVER.password);
    await page.goto(`${env.server.url}/borgere/${citizenId}`);
    await page.getByRole('heading', { level: 1, name: citizenName }).waitFor();
    const panel = page.getByRole('main');
    await panel.getByText('Midlertidigt botilbud').first().waitFor();
    await panel.getByText(/handlekommune: Gentofte Kommune/).waitFor();
    await panel.getByText(/3\.150 kr\.\/døgn/).waitFor();
    await expectAccessible(page, 'Borger efter indflytning');
    await shot(page, 'services-new-stay-tablet');
    await context.close();
  });
});
