/**
 * Eksport in Chromium: staff ask for Mine borgere as an Excel sheet, follow its progress in the
 * status line, and download the file the background job made — a real workbook with their
 * citizens in it. axe-core checks the page while the export is under way and when it is ready.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { expectAccessible, loginUi, newContext, shot, useDemoInBrowser } from './support.js';

const env = useDemoInBrowser();

describe('staff export Mine borgere as a spreadsheet', () => {
  it('staff: ask for the sheet, see it prepared, download it and find their citizens in it', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await loginUi(page, env.server.url, 'medarbejder');
    const firstCard = page.getByRole('main').getByRole('listitem').first().getByRole('link').first();
    const firstName = (await firstCard.textContent())!.trim();

    await page.getByRole('button', { name: 'Hent listen som Excel-ark' }).click();
    const status = page.getByRole('status').filter({ hasText: /Forbereder eksport|Filen er klar/ });
    await status.waitFor();
    await expectAccessible(page, 'Mine borgere: eksport undervejs');

    const link = page.getByRole('link', { name: 'Hent filen' });
    await link.waitFor({ timeout: 30_000 });
    await page.getByText('Filen er klar.').waitFor();
    await expectAccessible(page, 'Mine borgere: eksport klar');
    await shot(page, 'eksport-klar-desktop');
    await page.setViewportSize({ width: 768, height: 1024 });
    await shot(page, 'eksport-klar-tablet');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const names = book.worksheets[0].getColumn(1).values.map(String);
    expect(names).toContain(firstName);
    await context.close();
  });
});
