import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../access/index.js';
import { requireCitizen } from '../../access/gate.js';
import { auditedRoute } from '../../citizen-route.js';
import { badRequest, notFound } from '../../errors.js';
import { ReportViolenceBody, ViolenceList, ViolenceParams, ViolenceResponse, WorkAccidentBody } from '../../../contracts/incidents.js';
import { leaderPaths } from './access.js';
import { admitIncident, assertNotFuture, seesAll, stale } from './guard.js';
import { getUnit } from './queries.js';
import { citizenFacts, incidentFacts, presentViolence } from './presenter.js';
import { getViolence, insertViolence, isStaffOfUnit, listViolence, recordWorkAccident, type ViolenceRow } from './violence.queries.js';

const tags = ['incidents'];
const WHAT = 'Registreringen';
const invalid = (fields: Record<string, string>) => badRequest('Ugyldige oplysninger.', fields);
const namedCitizens = (r: ViolenceRow) => [r.exposed_citizen, r.acting_citizen].flatMap((c) => (c ? [c.id] : []));

/**
 * Violence and threats (vold og trusler) against staff or residents: registered by the unit's staff,
 * read by the reporter and the unit's leaders, who record the work-accident report (due 14 days
 * after the day, for a staff member). A registration naming a resident is read through the citizen gate.
 */
export const violenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/violence-incidents', { schema: { body: ReportViolenceBody, response: { 201: ViolenceResponse }, tags } }, (req, reply) => {
    reply.status(201);
    return auditedRoute(req, { action: 'create', entity: 'violence_incident' }, async (tx, ctx, note) => {
      const input = req.body;
      assertNotFuture(input.date);
      const unit = await getUnit(tx, ctx, input.unitId);
      if (!unit) throw notFound('Afdelingen');
      authorize(ctx.actor, 'report', 'incident_unit', { municipalityId: ctx.actor.municipalityId, unitId: unit.id, path: unit.path });
      for (const [field, id] of [['exposedCitizenId', input.exposedCitizenId], ['actingCitizenId', input.actingCitizenId]] as const) {
        if (!id) continue;
        const citizen = await requireCitizen(tx, ctx, id, 'read');
        if (!citizen.unitIds.includes(unit.id)) throw invalid({ [field]: 'Vælg en beboer, afdelingen yder en indsats i dag.' });
        note.citizenIds.push(citizen.id);
      }
      if (input.exposedUserId && !(await isStaffOfUnit(tx, ctx, unit.path, input.exposedUserId))) {
        throw invalid({ exposedUserId: 'Vælg en medarbejder på afdelingen.' });
      }
      const id = await insertViolence(tx, ctx, input);
      Object.assign(note, { entityId: id, detail: { kind: input.kind } });
      return { data: presentViolence(ctx.actor, (await getViolence(tx, ctx, id))!) };
    });
  });

  app.get('/violence-incidents', { schema: { response: { 200: ViolenceList }, tags } }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'violence_list', onlyWhenNamed: true }, async (tx, ctx, note) => {
      const rows = (await listViolence(tx, ctx, leaderPaths(ctx.actor)))
        .filter((r) => seesAll(ctx, [citizenFacts(r.exposed_citizen), citizenFacts(r.acting_citizen)]));
      note.citizenIds = rows.flatMap(namedCitizens);
      return { data: rows.map((r) => presentViolence(ctx.actor, r)) };
    }),
  );

  app.patch('/violence-incidents/:incidentId/work-accident', {
    schema: { params: ViolenceParams, body: WorkAccidentBody, response: { 200: ViolenceResponse }, tags },
  }, (req) =>
    auditedRoute(req, { action: 'update', entity: 'violence_incident' }, async (tx, ctx, note) => {
      const row = await getViolence(tx, ctx, req.params.incidentId);
      const citizens = await admitIncident(tx, ctx, row, row ? namedCitizens(row) : [], WHAT);
      Object.assign(note, { entityId: row!.id, citizenIds: citizens.map((c) => c.id), detail: { workAccidentReportedOn: req.body.reportedOn } });
      authorize(ctx.actor, 'followUp', 'incident', incidentFacts(row!));
      if (!row!.work_accident_due) throw invalid({ reportedOn: 'Kun en medarbejders hændelse anmeldes som arbejdsskade.' });
      assertNotFuture(req.body.reportedOn, undefined, 'reportedOn');
      if (req.body.reportedOn < row!.occurred_on) throw invalid({ reportedOn: 'Anmeldelsen kan ikke ligge før hændelsen.' });
      if (row!.version !== req.body.version || (await recordWorkAccident(tx, ctx, row!.id, req.body.version, req.body.reportedOn)) === 'stale') throw stale();
      return { data: presentViolence(ctx.actor, (await getViolence(tx, ctx, row!.id))!) };
    }),
  );
};
