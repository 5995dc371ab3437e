import { pdfDate, renderPdf } from '../../exports/pdf.js';
import type { StatusReportData, StatusReportGoal } from './status-report.js';

const STATUS: Record<StatusReportGoal['status'], string> = { active: 'Aktivt', paused: 'Sat på pause', achieved: 'Opnået', dropped: 'Opgivet' };
const EVALUATION: Record<NonNullable<StatusReportGoal['subGoals'][number]['evaluation']>, string> = { achieved: 'opnået', partly: 'delvist opnået', not_achieved: 'ikke opnået' };
const PROGRESS: Record<StatusReportGoal['followUps'][number]['progress'], string> = { improved: 'Fremgang', unchanged: 'Uændret', declined: 'Tilbagegang' };

/** The status report as an A4 PDF: header, each goal with its follow-ups in the period, and the signature line. */
export function renderStatusReportPdf(data: StatusReportData): Promise<Buffer> {
  return renderPdf({ title: 'Statusrapport' }, (doc) => drawStatusReport(doc, data));
}

function drawStatusReport(doc: PDFKit.PDFDocument, d: StatusReportData) {
  const fact = (label: string, value: string) => doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
  doc.font('Helvetica-Bold').fontSize(20).text('Statusrapport');
  doc.moveDown(0.3).fontSize(11);
  fact('Borger', d.citizenName);
  fact('CPR-nummer', d.cpr);
  fact('Periode', `${pdfDate(d.from)} til ${pdfDate(d.to)}`);
  fact('Tilbud', [d.facility, d.unit].filter(Boolean).join(', ') || '—');
  fact('Udarbejdet af', `${d.author}, ${d.authorRole}, ${pdfDate(d.madeOn)}`);

  if (d.goals.length === 0) doc.moveDown().fontSize(12).text('Borgeren havde ingen mål i perioden.');
  for (const g of d.goals) {
    doc.moveDown(1.2).font('Helvetica-Bold').fontSize(14).text(`“${g.title}”`);
    doc.font('Helvetica').fontSize(10).fillColor('#555').text(`${STATUS[g.status]}${g.statusReason ? ` — ${g.statusReason}` : ''}`).fillColor('black');
    doc.fontSize(11).moveDown(0.3);
    if (g.whatMatters) fact('Det er vigtigt for mig', g.whatMatters);
    fact('Livsområde (FFB)', g.area);
    if (g.extensions.condition) fact('Tilstand (FFB)', g.extensions.condition);
    fact('Måltype', g.goalType);
    fact('Målniveau', g.targetLevel);
    fact('Niveau nu', g.currentLevel ?? 'Ikke vurderet');
    if (g.extensions.latestAssessment) fact('Seneste vurdering', g.extensions.latestAssessment);
    if (g.extensions.serviceStatus) fact('Status på indsats', g.extensions.serviceStatus);

    doc.moveDown(0.3).font('Helvetica-Bold').text('Opfølgninger i perioden').font('Helvetica');
    if (g.followUps.length === 0) doc.text('Ingen.', { indent: 10 });
    for (const f of g.followUps) {
      doc.font('Helvetica-Bold').text(
        `${pdfDate(f.date)} — ${PROGRESS[f.progress]}${f.level ? `, niveau: ${f.level}` : ''}, ${f.continues ? 'målet fortsætter' : 'målet afsluttes'} (${f.author})`,
        { indent: 10 },
      );
      doc.font('Helvetica').text(f.note, { indent: 10 });
    }
    if (g.subGoals.length > 0) {
      doc.moveDown(0.3).font('Helvetica-Bold').text('Delmål').font('Helvetica');
      for (const s of g.subGoals) {
        const due = s.due_date ? `, senest ${pdfDate(s.due_date)}` : '';
        doc.text(`•  ${s.text}${due}${s.evaluation ? ` — ${EVALUATION[s.evaluation]}` : s.done ? ' (udført)' : ''}`, { indent: 10 });
        if (s.success_criterion) doc.fillColor('#555').text(`Succeskriterium: ${s.success_criterion}`, { indent: 22 }).fillColor('black');
      }
    }
    doc.moveDown(0.3).font('Helvetica-Oblique').text(`Sammenfatning: ${g.summary}`).font('Helvetica');
  }

  doc.moveDown(2).fontSize(11);
  fact('Underskrevet af', `${d.author}, ${d.authorRole}`);
  doc.moveDown(1.5).text('_______________________________            Dato: ________________');
}
