export const PDF = 'application/pdf';

/**
 * An A4 PDF drawn by `draw` (pdfkit), as bytes. Standard PDF fonts cover Danish letters (WinAnsi).
 */
export async function renderPdf(info: { title: string }, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  // Loaded on first use, like exceljs: the server's start should not wait for it.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: info.title, Author: 'Mestring' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

/** A date (YYYY-MM-DD) as the PDFs print it: dd-mm-yyyy; a dash for none. */
export const pdfDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('-') : '—');
