import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { abilities } from '../../access/index.js';
import { sendExport, type ExportDefinition } from '../../exports/index.js';
import { PDF } from '../../exports/pdf.js';
import { fileResponse } from '../../../contracts/common.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import { requireCitizen } from '../../access/gate.js';
import { getCitizenDetail } from '../citizens/queries.js';
import { presentCitizen } from '../citizens/presenter.js';
import { listGoals } from './queries.js';
import { presentGoal } from './presenter.js';
import { renderPlanPdf, type PlanPdfInput } from './plan-pdf.js';
import { UnderConsentQuery } from '../../../contracts/key-info.js';
import { underConsent } from '../key-info/consent-use.js';

/** The plan as a file to hand over or print: whoever may read the plan, as the plan reads. */
export const planPdf: ExportDefinition<{ citizenId: string; consentId?: string }, PlanPdfInput> = {
  entity: 'plan_pdf',
  read: async (tx, ctx, { citizenId, consentId }) => {
    const facts = await requireCitizen(tx, ctx, citizenId, 'readPlan');
    // Made to hand over under a consent: it must cover the plan, and the audit row names it.
    const consent = await underConsent(tx, facts, consentId, 'plan');
    const may = abilities(ctx.actor, 'citizen', facts);
    const today = todayInCopenhagen();
    const citizen = presentCitizen((await getCitizenDetail(tx, facts))!, may, today);
    const goals = (await listGoals(tx, ctx, facts)).map((g) => presentGoal(g, may, today));
    const p = citizen.placement;
    const data = {
      citizenName: citizen.name,
      birthDate: citizen.birthDate,
      placement: p ? `${p.facilityName ?? ''}, ${p.unitName ?? ''}${p.placeName ? `, ${p.placeName}` : ''} (${p.legalBasis})` : null,
      printedBy: ctx.actor.displayName,
      printedOn: today,
      goals,
    };
    return { data, entityId: facts.id, citizenIds: [facts.id], ...(consent && { detail: { ...consent } }) };
  },
  render: async (data) => ({ fileName: `borgerens-plan-${data.printedOn}.pdf`, contentType: PDF, body: await renderPlanPdf(data) }),
};

const pdfDoc = {
  summary: "The citizen's plan as a PDF",
  description: "Every goal in the citizen's own words with its steps, to hand over or print. Whoever may read the plan (`readPlan`). Audited as an `export` of `plan_pdf`. `consentId`: made to hand over under that consent of the citizen's (standing today, covering `plan`; else 400), named in the audit row.",
};

export const planExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/citizens/:citizenId/plan.pdf', { schema: { ...pdfDoc, params: CitizenParams, querystring: UnderConsentQuery, response: { 200: fileResponse(PDF, 'The plan as a PDF file (borgerens-plan-<date>.pdf).') }, tags: ['plans'] } }, (req, reply) =>
    sendExport(req, reply, planPdf, { citizenId: req.params.citizenId, consentId: req.query.consentId }),
  );
};
