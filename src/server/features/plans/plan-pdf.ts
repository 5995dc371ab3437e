import { pdfDate, renderPdf } from '../../exports/pdf.js';
import type { presentGoal } from './presenter.js';

type Goal = ReturnType<typeof presentGoal>;

export interface PlanPdfInput {
  citizenName: string;
  birthDate: string;
  placement: string | null;
  printedBy: string;
  printedOn: string;
  goals: Goal[];
}

const STATUS: Record<Goal['status'], string> = { active: 'Aktivt', paused: 'Sat på pause', achieved: 'Opnået', dropped: 'Opgivet' };

/**
 * The citizen's plan as a PDF to hand over or print: each goal in the citizen's own words, what
 * matters to them, life area, type, target level, sub-goals, actions, who is responsible and when
 * it is followed up.
 */
export function renderPlanPdf(input: PlanPdfInput): Promise<Buffer> {
  return renderPdf({ title: 'Borgerens plan' }, (doc) => drawPlan(doc, input));
}

function drawPlan(doc: PDFKit.PDFDocument, input: PlanPdfInput) {
  doc.font('Helvetica-Bold').fontSize(20).text('Borgerens plan');
  doc.moveDown(0.3).font('Helvetica').fontSize(12).text(`${input.citizenName}, født ${pdfDate(input.birthDate)}`);
  if (input.placement) doc.text(input.placement);
  doc.fontSize(9).fillColor('#555').text(`Udskrevet ${pdfDate(input.printedOn)} af ${input.printedBy}`).fillColor('black');

  const order: Goal['status'][] = ['active', 'paused', 'achieved', 'dropped'];
  const goals = [...input.goals].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  if (goals.length === 0) doc.moveDown().fontSize(12).text('Der er ingen mål i planen endnu.');
  for (const g of goals) {
    doc.moveDown(1.2).font('Helvetica-Bold').fontSize(14).text(`“${g.title}”`);
    doc.font('Helvetica').fontSize(10).fillColor('#555').text(`${STATUS[g.status]}${g.statusReason ? ` — ${g.statusReason}` : ''}`).fillColor('black');
    doc.fontSize(11);
    if (g.whatMatters) doc.moveDown(0.3).font('Helvetica-Bold').text('Det er vigtigt for mig: ', { continued: true }).font('Helvetica').text(g.whatMatters);
    const facts: Array<[string, string]> = [
      ['Livsområde', g.ffbArea.display],
      ['Tilstand', g.ffbCondition?.display ?? 'Ikke valgt endnu'],
      ['Indsats', g.service ? `${g.service.kindName}${g.service.current ? '' : ' (afsluttet)'}` : '—'],
      ['Måltype', g.goalType.display],
      ['Målniveau', g.targetLevel.display],
      ['Niveau nu', g.currentLevel?.display ?? 'Ikke vurderet'],
      ['Ansvarlig', g.responsible.name ?? g.responsible.external ?? '—'],
      ['Startdato', pdfDate(g.startDate)],
      ['Næste opfølgning', pdfDate(g.nextFollowUpDate)],
    ];
    doc.moveDown(0.3);
    for (const [label, value] of facts) doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
    const list = (heading: string, items: string[]) => {
      if (items.length === 0) return;
      doc.moveDown(0.3).font('Helvetica-Bold').text(heading).font('Helvetica');
      for (const item of items) doc.text(`•  ${item}`, { indent: 10 });
    };
    const EVALUATION = { achieved: 'opnået', partly: 'delvist opnået', not_achieved: 'ikke opnået' } as const;
    list(
      'Delmål',
      g.subGoals.map(
        (s) =>
          `${s.text}${s.dueDate ? ` — senest ${pdfDate(s.dueDate)}` : ''}${s.successCriterion ? `. Succeskriterium: ${s.successCriterion}` : ''}` +
          `${s.evaluation ? ` (${EVALUATION[s.evaluation.result]} ${pdfDate(s.evaluation.date)})` : ''}`,
      ),
    );
    list('Handlinger', g.actions.map((a) => `${a.text}${a.responsible ? ` — ${a.responsible}` : ''}${a.done ? ' (udført)' : ''}`));
  }
}
