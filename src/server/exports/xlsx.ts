export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SheetColumn<R> {
  header: string;
  width: number;
  /** A care date ('YYYY-MM-DD') is written as a date cell, shown DD-MM-ÅÅÅÅ. */
  value(row: R): string | number | boolean | null;
  date?: boolean;
}

/** A care date as the date cell Excel shows for it (midnight UTC: Excel dates have no zone). */
const dateCell = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * One sheet with a bold header row that stays in view and a filter on it, as an .xlsx file. The
 * sheet name is what the user sees on its tab (Danish).
 */
export async function renderSheet<R>(sheetName: string, columns: Array<SheetColumn<R>>, rows: R[]): Promise<Buffer> {
  // Loaded on first use: it is a large module, and the server's start should not wait for it.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Mestring';
  book.created = new Date();
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.date ? { numFmt: 'dd-mm-yyyy' } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => {
      const v = c.value(row);
      return c.date && typeof v === 'string' ? dateCell(v) : v;
    }));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
