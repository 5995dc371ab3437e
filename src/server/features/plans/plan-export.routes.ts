import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { abilities } from '../../access/index.js';
import { audit } from '../../audit/index.js';
import { withTenant } from '../../context.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { CitizenParams } from '../citizens/schema.js';
import { requireCitizen } from '../citizens/guard.js';
import { getCitizenDetail } from '../citizens/queries.js';
import { presentCitizen } from '../citizens/presenter.js';
import { listGoals } from './queries.js';
import { presentGoal } from './presenter.js';
import { renderPlanPdf } from './plan-pdf.js';

/** The plan as a file to hand over or print; an export of citizen data, so it is audited as one. */
export const planExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/citizens/:citizenId/plan.pdf', { schema: { params: CitizenParams, tags: ['plans'] } }, async (req, reply) => {
    const input = await withTenant(req, async (tx, ctx) => {
      const facts = await requireCitizen(tx, ctx, req.params.citizenId, 'readPlan');
      const may = abilities(ctx.actor, 'citizen', facts);
      const today = todayInCopenhagen();
      const citizen = presentCitizen((await getCitizenDetail(tx, facts.id))!, may, today);
      const goals = (await listGoals(tx, ctx, facts.id)).map((g) => presentGoal(g, may, today));
      await audit(tx, ctx, { action: 'export', entity: 'plan_pdf', entityId: facts.id, citizenIds: [facts.id] });
      const p = citizen.placement;
      return {
        citizenName: citizen.name,
        birthDate: citizen.birthDate,
        placement: p ? `${p.facilityName ?? ''}, ${p.unitName ?? ''}${p.placeName ? `, ${p.placeName}` : ''} (${p.legalBasis})` : null,
        printedBy: ctx.actor.displayName,
        printedOn: today,
        goals,
      };
    });
    const pdf = await renderPlanPdf(input);
    // No name in the file name: downloads folders are not access-controlled.
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="borgerens-plan-${input.printedOn}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
};
