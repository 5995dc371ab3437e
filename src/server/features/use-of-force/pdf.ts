import { renderPdf } from '../../exports/pdf.js';
import type { Report } from '../../../contracts/use-of-force.js';

const HOW: Record<Report['relativesInformed'][number]['how'], string> = { phone: 'telefon', meeting: 'møde', letter: 'brev', email: 'e-mail' };
const danishTime = (iso: string) =>
  new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
const danishDay = (day: string) => new Intl.DateTimeFormat('da-DK', { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${day}T00:00:00Z`));

export interface ReportPdfInput {
  report: Report;
  cprMasked: string;
  printedBy: string;
  printedAt: string;
}

/** The report as an A4 PDF: the official form title, the facts, the answers in the version's order, the leader's statement and whom it went to. */
export function renderReportPdf({ report: r, cprMasked, printedBy, printedAt }: ReportPdfInput): Promise<Buffer> {
  return renderPdf({ title: 'Indberetning af magtanvendelse' }, (doc) => {
    const fact = (label: string, value: string) => doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
    doc.font('Helvetica-Bold').fontSize(18).text('Indberetning af magtanvendelse');
    doc.moveDown(0.3).font('Helvetica').fontSize(10).text(`${r.form.title} (version ${r.form.version})`);
    doc.moveDown(0.6).fontSize(11);
    fact('Borger', `${r.citizen.name} (${cprMasked})`);
    fact('Afdeling', r.unit.name);
    fact('Tidspunkt', danishTime(r.occurredAt));
    fact('Indgreb', r.measures.map((m) => `${m.name} (${m.section})`).join('; '));
    fact('Registreret af', `${r.reportedBy.name}, ${danishTime(r.reportedAt)}`);
    doc.moveDown(0.6);
    for (const a of r.answers) {
      doc.font('Helvetica-Bold').text(a.label).font('Helvetica').text(a.value === null ? '—' : String(a.value), { indent: 10 });
      doc.moveDown(0.3);
    }
    doc.moveDown(0.4).font('Helvetica-Bold').fontSize(13).text('Lederens udtalelse').fontSize(11).font('Helvetica');
    doc.text(r.leaderStatement ?? 'Endnu ikke afgivet.');
    if (r.forwardedAt) fact('Videresendt', `${danishTime(r.forwardedAt)} af ${r.forwardedBy ?? ''} til ${r.forwardedTo.join(' og ')}`);
    if (r.relativesInformed.length) {
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(13).text('Pårørende orienteret').fontSize(11).font('Helvetica');
      for (const x of r.relativesInformed) doc.text(`${danishDay(x.informedOn)}: ${x.whom} pr. ${HOW[x.how]} (${x.informedBy})${x.note ? ` — ${x.note}` : ''}`);
    }
    doc.moveDown(1).fontSize(9).fillColor('#555').text(`Udskrevet ${danishTime(printedAt)} af ${printedBy}.`).fillColor('black');
  });
}
