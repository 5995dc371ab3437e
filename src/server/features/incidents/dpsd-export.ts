import type { ExportDefinition } from '../../exports/index.js';
import { PDF, pdfDate, renderPdf } from '../../exports/pdf.js';
import { forbidden } from '../../errors.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import type { DpsdExport } from '../../../contracts/incidents.js';
import { dpsdFields } from './dpsd.js';
import { admitIncident } from './guard.js';
import { getAdverseEvent } from './queries.js';
import { presentAdverseEvent } from './presenter.js';

interface DpsdFile {
  report: DpsdExport;
  date: string;
}

/**
 * One adverse event's DPSD fields in the national form's order, to enter there (the national
 * database takes no import). Whoever reads the whole report (its health details too) makes it;
 * the citizen is not in it: the national report is anonymised.
 */
const readDpsd: ExportDefinition<{ eventId: string }, DpsdFile>['read'] = async (tx, ctx, { eventId }) => {
  const row = await getAdverseEvent(tx, ctx, eventId);
  const citizens = await admitIncident(tx, ctx, row, [row?.citizen_id], 'Hændelsen');
  const event = presentAdverseEvent(ctx.actor, row!);
  if (!event.abilities.export) throw forbidden('Du kan ikke eksportere hændelsens helbredsoplysninger.');
  const r = row!;
  const report = dpsdFields({
    title: r.title, description: r.description, consequenceNote: r.consequence_note, prevention: r.prevention, comments: r.comments,
    date: r.date, time: r.time, place: [r.facility_name, r.unit_name, r.location].filter(Boolean).join(', '),
    involvedLocations: r.involved_locations, actualConsequence: r.actual_consequence, possibleConsequence: r.possible_consequence,
    severity: r.severity, eventType: r.event_type, medicine: r.medicine,
  });
  return { data: { report, date: r.date }, entityId: r.id, citizenIds: citizens.map((c) => c.id) };
};

export const dpsdJson: ExportDefinition<{ eventId: string }, DpsdFile> = {
  entity: 'adverse_event_dpsd_json',
  read: readDpsd,
  render: async ({ report, date }) => ({
    fileName: `utilsigtet-haendelse-${date}.json`, contentType: 'application/json', body: Buffer.from(JSON.stringify(report, null, 2)),
  }),
};

export const dpsdPdf: ExportDefinition<{ eventId: string }, DpsdFile> = {
  entity: 'adverse_event_dpsd_pdf',
  read: readDpsd,
  render: async ({ report, date }) => ({
    fileName: `utilsigtet-haendelse-${date}.pdf`, contentType: PDF,
    body: await renderPdf({ title: 'Utilsigtet hændelse' }, (doc) => {
      doc.font('Helvetica-Bold').fontSize(18).text('Utilsigtet hændelse');
      doc.font('Helvetica').fontSize(10).fillColor('#555').text(`${report.form}. Felterne i formularens rækkefølge. Udskrevet ${pdfDate(todayInCopenhagen())}.`).fillColor('black');
      for (const f of report.fields) {
        doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11).text(f.field);
        if (f.prompt) doc.font('Helvetica-Oblique').fontSize(10).text(f.prompt);
        doc.font('Helvetica').fontSize(11).text(f.value || '—');
      }
    }),
  }),
};
